/**
 * Countries stage: every mention of a country by name, demonym, alias,
 * capital or seat of government ("the Kremlin"), with its offset.
 */
import { countryWords, findCountryWord, type CountryWord, type CountryWordKind } from '../../countries/catalog.ts';
import { escapeRegExp } from '../text.ts';
import type { ExtractedCountry } from '../types.ts';
import type { ArticleContext, ReadSentence } from './context.ts';
import { TITLE_HEADS } from './roles.ts';

/** One mention of a country in a sentence. */
export interface CountryMention {
  code: string;
  kind: CountryWordKind;
  sentence: number;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
}

/** Words before a demonym that make it a region, not a country ("Latin American", "North African"). */
const REGION_BEFORE = /(?:Latin|South|North|Central|East|West|Southeast|Pan|Sub-Saharan|Anglo|Afro|Indo|Euro)[\s-]$/;

/**
 * "President Santiago Peña", "Ambassador Victoria Reyes": a capital written
 * right after a title and before another capitalised word is a given name,
 * since English puts a title before a person, never before a place.
 */
function isGivenName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{Ll}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  // "led by Santiago Abascal", "talks with Victoria Reyes", "said Santiago Peña": after the agent's "by", "with" or a verb of saying, a capital before a capitalised word is a person's given name.
  const agent = /\b(?:by|with|said|says)\s+$/.test(text.slice(Math.max(0, start - 10), start));
  const next = /^\s+(\p{Lu}\p{Ll}[\p{L}-]*)/u.exec(text.slice(end));
  if (!next) return false;
  // "talks with Beijing Mayor X": a capital before a title is the office's place, not a given name.
  if (agent && !TITLE_HEADS.has(next[1]!.toLowerCase())) return true;
  return !!before && TITLE_HEADS.has(before[1]!.toLowerCase());
}

/** Each word once, with the country the catalog prefers when several share it ("Indian" is India, not the Indian Ocean territory). */
const wordByText = new Map<string, CountryWord>();
for (const w of countryWords) {
  const kept = wordByText.get(w.text);
  if (!kept || (kept.code !== w.code && findCountryWord(w.text)?.code === w.code)) wordByText.set(w.text, w);
}
const scanner = new RegExp(
  `(?<![\\p{L}\\p{M}\\d.-])(${[...wordByText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\d]|-\\p{L})`,
  'gu',
);

/**
 * "US" for the United States, as most news writes it. Apart from the catalog
 * (whose lookups ignore case, where "us" would be the pronoun), matched in
 * capitals only, and not inside a run of capitals ("CONTACT US", "JOIN US
 * TODAY", a shouted headline), where it is the pronoun.
 */
const US_CAPITALS = /(?<![\p{L}\p{M}\d.-])US(?![\p{L}\p{M}\d]|-\p{Ll})/gu;

/** True when the word before or after `start`–`end` is written in capitals (two letters or more). */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  const capitals = (w: string | undefined) => !!w && w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  return capitals(before) || capitals(after);
}

/** "US" mentions of one sentence (see US_CAPITALS). */
function usMentionsIn(sentence: ReadSentence): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of sentence.text.matchAll(US_CAPITALS)) {
    const start = m.index ?? 0;
    if (inCapitalsRun(sentence.text, start, start + 2)) continue;
    // The same kind as "U.S.", which news writes in the same places ("U.S. officials", "the U.S.").
    out.push({ code: 'US', kind: wordByText.get('U.S.')?.kind ?? 'alias', sentence: sentence.index, start, end: start + 2, text: 'US' });
  }
  return out;
}

/** Country mentions of one sentence, in order. */
export function countryMentionsIn(sentence: ReadSentence): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const m of sentence.text.matchAll(scanner)) {
    const word = wordByText.get(m[1]!);
    const start = m.index ?? 0;
    if (!word) continue;
    if (word.kind === 'capital' && isGivenName(sentence.text, start, start + m[1]!.length)) continue;
    if (word.kind === 'demonym' && REGION_BEFORE.test(sentence.text.slice(Math.max(0, start - 14), start))) continue;
    mentions.push({ code: word.code, kind: word.kind, sentence: sentence.index, start, end: start + m[1]!.length, text: m[1]! });
  }
  const us = usMentionsIn(sentence);
  return us.length ? [...mentions, ...us].sort((a, b) => a.start - b.start) : mentions;
}

/** All country mentions of the article. */
export function findCountryMentions(ctx: ArticleContext): CountryMention[] {
  return ctx.sentences.flatMap(countryMentionsIn);
}

/** Every country the article names, with the sentence of its first mention, in order of appearance. */
export function extractCountries(ctx: ArticleContext, mentions: CountryMention[]): ExtractedCountry[] {
  const seen = new Map<string, ExtractedCountry>();
  for (const m of mentions) {
    if (!seen.has(m.code)) seen.set(m.code, { code: m.code, firstMention: ctx.sentences[m.sentence]!.span });
  }
  return [...seen.values()];
}

/**
 * The article's main countries, most mentioned first (first mention breaks ties):
 * what "the two countries" refers to.
 */
export function mainCountries(mentions: CountryMention[], extra: string[] = []): string[] {
  const count = new Map<string, { n: number; first: number }>();
  mentions.forEach((m, i) => {
    const c = count.get(m.code) ?? { n: 0, first: i };
    c.n++;
    count.set(m.code, c);
  });
  for (const code of extra) {
    const c = count.get(code) ?? { n: 0, first: Number.MAX_SAFE_INTEGER };
    c.n++;
    count.set(code, c);
  }
  return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([code]) => code);
}
