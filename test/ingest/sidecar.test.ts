/**
 * The sidecar `NAME.meta.json` beside an article file: its publication date
 * may be a day or a timestamp as sites publish it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/ingest/read.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sidecar-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes an article and its sidecar, and reads them back. */
async function readWith(name: string, meta: Record<string, unknown>) {
  const file = join(dir, `${name}.txt`);
  await writeFile(file, 'Body text.');
  await writeFile(join(dir, `${name}.meta.json`), JSON.stringify(meta));
  return readArticleFile(file, dir);
}

describe('a sidecar publication date', () => {
  it('may be a calendar day', async () => {
    expect((await readWith('day', { publishedAt: '2024-10-07' })).meta.publishedAt).toBe('2024-10-07');
  });

  it('may be an ISO 8601 timestamp, of which the day at its own offset is kept', async () => {
    expect((await readWith('offset', { publishedAt: '2024-10-07T22:12:00+05:30' })).meta.publishedAt).toBe('2024-10-07');
    expect((await readWith('utc', { publishedAt: '2025-02-05T23:10:00Z' })).meta.publishedAt).toBe('2025-02-05');
    expect((await readWith('millis', { publishedAt: '2024-01-25T17:05:00.123-05:00' })).meta.publishedAt).toBe('2024-01-25');
  });

  it('is refused, naming the file and the field, when it is neither', async () => {
    await expect(readWith('bad', { publishedAt: '7 October 2024' })).rejects.toThrow(/bad\.meta\.json is invalid: publishedAt: must be YYYY-MM-DD or an ISO 8601 date-time/);
  });
});
