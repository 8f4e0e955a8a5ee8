import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readArticleFile } from '../ingest/read.ts';
import type { RawDocument } from '../ingest/types.ts';
import { checkAnnotation } from './annotation.ts';
import type { GoldAnnotation } from './score.ts';

/** A document of the gold set with its hand-written annotation. */
export interface GoldDocument {
  label: string;
  raw: RawDocument;
  gold: GoldAnnotation;
}

/**
 * Reads the gold set: `dir/NAME.txt` (+ `NAME.meta.json`) with `NAME.expected.json`,
 * and `dir/seed/NAME.expected.json` annotating `seedDir/NAME.txt`.
 * @throws AnnotationError when an annotation breaks the guidelines, naming the file.
 */
export async function readGoldSet(dir = 'test/gold', seedDir = 'seed/documents'): Promise<GoldDocument[]> {
  const docs: GoldDocument[] = [];
  const seedGold = join(dir, 'seed');
  if (existsSync(seedGold)) {
    for (const file of (await readdir(seedGold)).filter((f) => f.endsWith('.expected.json')).sort()) {
      const name = basename(file, '.expected.json');
      docs.push(await goldDocument(`seed/${name}`, join(seedDir, `${name}.txt`), join(seedGold, file)));
    }
  }
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.expected.json')).sort()) {
    const name = basename(file, '.expected.json');
    const text = [join(dir, `${name}.txt`), join(dir, `${name}.md`)].find((p) => existsSync(p));
    if (text) docs.push(await goldDocument(name, text, join(dir, file)));
  }
  return docs;
}

/** One article with its annotation, which must keep the guidelines (annotation.ts) and parse as JSON. */
async function goldDocument(label: string, textPath: string, goldPath: string): Promise<GoldDocument> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(goldPath, 'utf8'));
  } catch (e) {
    throw new Error(`${goldPath} is not valid JSON: ${(e as Error).message}`);
  }
  return { label, raw: await readArticleFile(textPath), gold: checkAnnotation(goldPath, value) };
}

/** A range of article numbers, both ends included. */
export interface ArticleRange {
  from: number;
  to: number;
}

/**
 * Reads "165-172" or "165" as a range of article numbers.
 * @throws Error naming the text when it is not written that way.
 */
export function parseArticleRange(text: string): ArticleRange {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m || Number(m[2] ?? m[1]) < Number(m[1])) throw new Error(`--articles ${JSON.stringify(text)}: write a number or a range such as 165-172`);
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}

/**
 * The documents whose article number (the digits before the first "-" of the
 * label) lies in `range`; the seed documents have no number and are left out.
 * Lets one half of a set be scored on its own.
 */
export function selectArticles(docs: readonly GoldDocument[], range: ArticleRange): GoldDocument[] {
  return docs.filter((d) => {
    const n = /^(\d+)-/.exec(d.label)?.[1];
    return n !== undefined && Number(n) >= range.from && Number(n) <= range.to;
  });
}
