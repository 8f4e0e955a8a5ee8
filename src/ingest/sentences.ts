/**
 * Sentence splitting with exact offsets into the body. Paragraph breaks
 * always end a sentence; inside a paragraph a sentence ends at . ! or ?
 * (with any closing quotes or brackets) before white space and a capital,
 * digit or opening quote, except after abbreviations and initials.
 */
import type { Sentence } from './types.ts';

/** Abbreviations after which a period does not end a sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon',
  'pres', 'amb', 'engr', 'eng', 'arch', 'atty', 'sec', 'supt', 'insp', 'cdr', 'msgr', 'fr', 'lic', 'ing', 'barr', 'brig', 'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'no', 'nos', 'approx', 'est', 'dept', 'univ', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd',
]);

/**
 * Words that start a new sentence after a dotted acronym: "… in the U.S. The
 * talks …" ends a sentence, "the U.S. President" does not.
 */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'its', 'there', 'after', 'before', 'while', 'when', 'however', 'meanwhile', 'earlier', 'later',
]);

/** Splits a body into sentences; `body.slice(s.start, s.end) === s.text` for every sentence. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const m of body.matchAll(paragraph)) {
    const offset = m.index ?? 0;
    for (const [start, end] of sentenceRanges(m[0])) {
      sentences.push({ text: body.slice(offset + start, offset + end), start: offset + start, end: offset + end });
    }
  }
  return sentences;
}

/** [start, end) ranges of the sentences of one paragraph, trimmed of white space. */
function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const boundary = /[.!?…]+["'”’»)\]]*(?=\s+)/g;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!endsSentence(text, m.index ?? 0, end)) continue;
    pushTrimmed(ranges, text, start, end);
    start = end;
  }
  pushTrimmed(ranges, text, start, text.length);
  return ranges;
}

function pushTrimmed(ranges: [number, number][], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) ranges.push([start, end]);
}

/** Decides whether the punctuation at [punct, end) closes a sentence. */
function endsSentence(text: string, punct: number, end: number): boolean {
  const rest = text.slice(end);
  const next = /^\s+(["“‘'(\[]?)(\S+)/u.exec(rest);
  if (!next) return true;
  const nextWord = next[2]!;
  // A sentence starts with a capital, a digit or a quote; "e.g. some" or "said. and" does not.
  if (!/^[\p{Lu}\d]/u.test(nextWord) && !next[1]) return false;
  if (text[punct] !== '.') return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(0, punct))?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials: "J. Smith", "Sergei V. Lavrov".
  if (/^\p{Lu}$/u.test(before)) return false;
  // Dotted acronyms ("U.S.", "U.N."): a sentence ends only if a usual sentence opener follows.
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) {
    return SENTENCE_STARTERS.has(nextWord.replace(/[^\p{L}]/gu, '').toLowerCase());
  }
  return true;
}
