import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { z } from 'zod';
import { RejectedDocument } from './validate.ts';
import type { ArticleMeta, RawDocument } from './types.ts';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/**
 * A sidecar's `publishedAt`: a calendar day, or an ISO 8601 date-time as sites
 * and feeds publish them ("2024-10-07T22:12:00+05:30"). Only the day is kept,
 * read at the timestamp's own offset: that is the publisher's date, the one
 * its "on Thursday" and "this month" count from.
 */
const PUBLISHED_AT = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const metaSchema = z
  .object({
    title: z.string().min(1).nullish(),
    url: z.string().url().nullish(),
    publisher: z.string().min(1).nullish(),
    agency: z.string().min(1).nullish(),
    publishedAt: z
      .string()
      .regex(PUBLISHED_AT, 'must be YYYY-MM-DD or an ISO 8601 date-time such as 2024-10-07T22:12:00+05:30')
      .transform((value) => value.slice(0, 10))
      .nullish(),
  })
  .strip();

/** Expands files and folders into the article files they hold, sorted by path. */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true });
      files.push(...entries.filter((e) => ARTICLE_EXTENSIONS.includes(extname(e))).map((e) => join(path, e)));
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)].sort();
}

/**
 * Reads an article file and its sidecar `NAME.meta.json`, if any.
 * @throws RejectedDocument when the sidecar is not valid JSON or has a bad field.
 */
export async function readArticleFile(file: string, base = process.cwd()): Promise<RawDocument> {
  const origin = relative(base, file) || file;
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { origin, text, meta: await readSidecar(file, origin) };
}

async function readSidecar(file: string, origin: string): Promise<ArticleMeta> {
  const sidecar = file.slice(0, file.length - extname(file).length) + '.meta.json';
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new RejectedDocument(origin, 'BAD_METADATA', `sidecar ${sidecar} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RejectedDocument(origin, 'BAD_METADATA', `sidecar ${sidecar} is invalid: ${problems}`);
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v != null)) as ArticleMeta;
}
