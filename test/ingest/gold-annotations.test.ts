import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnotationError, checkAnnotation } from '../../src/eval/annotation.ts';
import { readGoldSet } from '../../src/eval/goldSet.ts';
import type { GoldAnnotation } from '../../src/eval/score.ts';

const article = 'test/gold/07-australia-indonesia-video-call';
const valid = async () => JSON.parse(await readFile(`${article}.expected.json`, 'utf8')) as GoldAnnotation;

/** The problems `checkAnnotation` names for an annotation changed by `edit`. */
async function problemsAfter(edit: (a: GoldAnnotation) => void): Promise<string[]> {
  const annotation = await valid();
  edit(annotation);
  try {
    checkAnnotation('x.expected.json', annotation);
  } catch (e) {
    if (e instanceof AnnotationError) return e.problems;
    throw e;
  }
  return [];
}

describe('the gold annotations keep the annotation guidelines', () => {
  it('every annotation of the development set does (185 documents with the seed)', async () => {
    const docs = await readGoldSet();
    expect(docs.length).toBeGreaterThanOrEqual(185);
  });

  it('every annotation of the held-out set does, checked without running the extractor', async () => {
    const docs = await readGoldSet('test/holdout');
    expect(docs.length).toBe(16);
  });
});

describe('an annotation that breaks the guidelines is refused, each fault named by its path', () => {
  it('a participant or signatory missing from people', async () => {
    expect(await problemsAfter((a) => a.meetings[0]!.participants.push('Nobody Known'))).toContain('meetings[0].participants[2]: "Nobody Known" is not in people');
    expect(await problemsAfter((a) => (a.agreements[0]!.signatories = ['Nobody Known']))).toContain('agreements[0].signatories[0]: "Nobody Known" is not in people');
  });

  it('a date that is not a real date at its precision', async () => {
    expect(await problemsAfter((a) => (a.meetings[0]!.date = '2023-02-29'))).toEqual(['meetings[0].date: is not a real date written YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(await problemsAfter((a) => (a.meetings[0]!.date = '2023-13'))).toHaveLength(1);
    expect(await problemsAfter((a) => (a.meetings[0]!.date = '2024-02-29'))).toEqual([]);
  });

  it('a country code that does not exist, a status or kind outside the guidelines', async () => {
    expect(await problemsAfter((a) => (a.people[0]!.country = 'XX'))).toEqual(['people[0].country: is not an ISO 3166-1 alpha-2 country code']);
    expect((await problemsAfter((a) => (a.meetings[0]!.status = 'DONE')))[0]).toMatch(/^meetings\[0\]\.status: /);
    expect((await problemsAfter((a) => (a.agreements[0]!.kind = 'DEAL')))[0]).toMatch(/^agreements\[0\]\.kind: /);
  });

  it('a person given twice, or a meeting of one', async () => {
    const { people } = await valid();
    expect(await problemsAfter((a) => a.people.push({ ...people[0]! }))).toEqual([`people[${people.length}].name: ${JSON.stringify(people[0]!.name)} is given twice`]);
    expect((await problemsAfter((a) => (a.meetings[0]!.participants = a.meetings[0]!.participants.slice(0, 1))))[0]).toMatch(/^meetings\[0\]\.participants: /);
  });
});

describe('reading a gold set with a broken annotation', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('fails naming the file and the fault, and says when the file is not JSON', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gold-'));
    await writeFile(join(dir, '01-call.txt'), await readFile(`${article}.txt`));
    const broken = await valid();
    broken.meetings[0]!.date = '2024-04-31';
    await writeFile(join(dir, '01-call.expected.json'), JSON.stringify(broken));
    await expect(readGoldSet(dir)).rejects.toThrow(`${join(dir, '01-call.expected.json')} breaks the annotation guidelines: meetings[0].date:`);
    await writeFile(join(dir, '01-call.expected.json'), '{"people": [');
    await expect(readGoldSet(dir)).rejects.toThrow(`${join(dir, '01-call.expected.json')} is not valid JSON`);
  });
});
