/**
 * `npm run ingest` as a person runs it: a real process on a real database,
 * a folder with good and bad files. It reports each file, goes on past the bad
 * ones, sums up, exits 1, and writes nothing of the refused files.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { cloneDatabase, type DisposableDatabase } from '../../src/db/testing.ts';

let db: DisposableDatabase;
let prisma: PrismaClient;
let folder: string;
let run: { code: number | null; out: string };

/** Runs the ingest CLI on `args` against the test database. */
function ingestCli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    proc.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    proc.once('close', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  db = await cloneDatabase(inject('serverUrl'), inject('template'));
  prisma = createPrisma(db.url, { poolSize: 2 });
  folder = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  await copyFile('test/gold/07-australia-indonesia-video-call.txt', join(folder, 'call.txt'));
  await copyFile('test/gold/07-australia-indonesia-video-call.meta.json', join(folder, 'call.meta.json'));
  await writeFile(join(folder, 'empty.txt'), '  \n');
  await writeFile(join(folder, 'undated.txt'), 'Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Tokyo on Friday and the two leaders signed three agreements on defence and trade.');
  run = await ingestCli([folder]);
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('the ingest command', () => {
  it('reports what each good file gave, with its counts', () => {
    expect(run.out).toMatch(/✓ \S*call\.txt: new \(article \d+; \d+ people, \d+ meetings?, \d+ agreements?\)/);
  });

  it('names each refused file and why, and goes on with the others', () => {
    expect(run.out).toMatch(/✗ \S*empty\.txt: empty document/);
    expect(run.out).toMatch(/✗ \S*undated\.txt: no publication date/);
  });

  it('sums up and exits 1 because a file failed', () => {
    expect(run.out).toMatch(/3 files in \d+ ms: 1 new article, 0 enriched, 0 unchanged, 2 failed/);
    expect(run.code).toBe(1);
  });

  it('wrote the good article and nothing of the refused ones', async () => {
    const origins = (await prisma.article.findMany({ select: { sourceFiles: true } })).flatMap((a) => a.sourceFiles);
    expect(origins.some((f) => f.endsWith('call.txt'))).toBe(true);
    expect(origins.some((f) => f.endsWith('empty.txt') || f.endsWith('undated.txt'))).toBe(false);
  });

  it('says UNCHANGED on a second run of the same file and exits 0', async () => {
    const again = await ingestCli([join(folder, 'call.txt')]);
    expect(again.out).toMatch(/call\.txt: known story, unchanged/);
    expect(again.code).toBe(0);
  });
});
