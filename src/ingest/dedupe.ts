import { createHash } from 'node:crypto';
import { foldName } from '../people/names.ts';

/**
 * Identity of a story's text: the sha256 of its folded words, so whitespace,
 * punctuation, case and diacritics do not make two copies different.
 */
export function contentHashOf(body: string): string {
  return createHash('sha256').update(foldName(body)).digest('hex');
}

/** Share of 5-word shingles two bodies have in common (Jaccard index, 0..1). */
export function storySimilarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/** Two bodies at least this similar are renderings of one story. */
export const SAME_STORY_SIMILARITY = 0.6;

function shingles(body: string): Set<string> {
  const words = foldName(body).split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}
