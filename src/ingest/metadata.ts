/**
 * Article metadata: merging the sidecar with what the text shows, and
 * reading publication dates from datelines.
 */
import * as chrono from 'chrono-node';
import type { ArticleMeta } from './types.ts';

/**
 * Merges metadata field by field; the sidecar (or API input) wins, the text
 * only fills gaps. Empty strings count as absent.
 */
export function mergeMeta(sidecar: ArticleMeta, fromText: ArticleMeta): ArticleMeta {
  const merged: ArticleMeta = {};
  const keys: (keyof ArticleMeta)[] = ['title', 'url', 'publisher', 'agency', 'publishedAt'];
  for (const key of keys) {
    const value = nonEmpty(sidecar[key]) ?? nonEmpty(fromText[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** A calendar day as ISO `YYYY-MM-DD`. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a line that is only a date ("November 08, 2024", "8 November 2024",
 * "2024-11-08", "Friday, November 8, 2024 10:15 AM") as an ISO day.
 * Undefined unless the line is a complete date with a year and nothing much else.
 */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 60) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [result] = chrono.parse(text);
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  // Whatever chrono did not read must be small furniture ("Updated:", "Published", a weekday, a time zone).
  const rest = (text.slice(0, result.index) + text.slice(result.index + result.text.length)).replace(/[\s,.:|\-–—]/g, '');
  if (rest.length > 16) return undefined;
  return isoDay(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

/** What a wire-service dateline at the start of a story tells. */
export interface Dateline {
  /** The place in capitals or title case, e.g. "NAIROBI". */
  place: string;
  publishedAt?: string;
  /** A date given without its year ("SEOUL, May 7 (Yonhap) --"): month and day, the year to be read from the story. */
  monthDay?: { month: number; day: number };
  agency?: string;
  /** Length of the dateline prefix, including the dash after it. */
  length: number;
}

/**
 * Reads a dateline prefix such as "NAIROBI, June 3, 2022 (AFP) - " or
 * "MOSCOW (Reuters) — ". A plain "Moscow, Russian President…" has no date or
 * agency and is not a dateline: it is part of the sentence.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  // "Faro (Portugal), Oct 23, 2024 (EFE).- ": a region in brackets may follow the place, and EFE closes with ".-".
  // "STEPHENVILLE, N.L., Aug. 23, 2022 (CP) —": a short region may follow the place.
  const m = /^([A-Z][\p{L}.'\- ]{1,40}?)(?:\s*\([^)]{2,30}\)(?=,))?(?:,\s*[A-Z][\p{L}.]{1,14}(?=,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z])))?,?\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\(([^)]{2,40})\))?\s*\.?[-–—]+\s+/u.exec(paragraph);
  if (!m || (!m[2] && !m[3])) return parseLooseDateline(paragraph);
  const publishedAt = m[2] ? parseDateLine(m[2]) : undefined;
  const monthDay = m[2] && !publishedAt ? parseMonthDay(m[2]) : undefined;
  // "PARIS, Texas - …" is a sentence, not a dateline: a date part must read as a date.
  if (m[2] && !publishedAt && !monthDay) return undefined;
  return { place: m[1]!.trim(), publishedAt, ...(monthDay ? { monthDay } : {}), agency: m[3]?.trim(), length: m[0].length };
}

/**
 * A dateline in shapes the strict reader does not know, told apart from prose
 * by its full date: "ABU DHABI, 14th January, 2025 (WAM) --", or
 * "Tokyo, Jumada II 15, 1438, March 13, 2017, SPA --" (a second calendar's date
 * first, the agency after a comma). Between the place and the dash there must
 * be a date chrono reads with year, month and day, an optional agency (in
 * brackets, or a short capitalised code after the last comma), and nothing
 * else but capitalised words and numbers: a lower-case word means a sentence.
 */
function parseLooseDateline(paragraph: string): Dateline | undefined {
  const m = /^([A-Z][\p{L}.'\- ]{1,40}?),\s+([^\n]{4,90}?)\s*(?:\.-|[-–—]{1,2})\s+/u.exec(paragraph);
  if (!m) return parseDashlessDateline(paragraph);
  let middle = m[2]!;
  let agency: string | undefined;
  const bracketed = /\s*\(([^)]{2,40})\)\s*$/.exec(middle);
  const trailing = bracketed ? null : /,\s*([A-Z][A-Za-z]{1,7})\s*$/.exec(middle);
  const found = bracketed ?? trailing;
  if (found) {
    agency = found[1]!.trim();
    middle = middle.slice(0, found.index);
  }
  const dates = chrono.parse(middle).filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  const date = dates[dates.length - 1];
  if (!date) return undefined;
  const residue = middle.slice(0, date.index) + middle.slice(date.index + date.text.length);
  if (/(?:^|[^\p{L}])\p{Ll}{3,}/u.test(residue)) return undefined;
  const publishedAt = isoDay(date.start.get('year')!, date.start.get('month')!, date.start.get('day')!);
  return { place: m[1]!.trim(), publishedAt, ...(agency ? { agency } : {}), length: m[0].length };
}

/**
 * A dateline closed by its bracketed agency instead of a dash, as some state
 * agencies write it: "Baku, March 14, 2025 (AZERTAC). The president …" or
 * "Abuja, Oct. 2, 2024 (NAN) The minister …", "Lima, Nov. 16 (ANDINA).", or
 * between slashes: "MOSCOW, June 3. /TASS/. The Russian …". Without
 * the dash, all three parts must be there (place, a date — a full one, or a
 * month and day alone —, a capitalised agency in brackets) and a sentence
 * must start right after.
 */
function parseDashlessDateline(paragraph: string): Dateline | undefined {
  // The agency in brackets, or between slashes after a full stop as TASS-style agencies write it ("MOSCOW, June 3. /TASS/.").
  const m = /^([A-Z][\p{L}.'\- ]{1,40}?),\s+([^\n()/]{6,40}?),?\s*(?:\((\p{Lu}[\p{L}\d .&/-]{1,39})\)|\.?\s*\/(\p{Lu}[\p{L}\d .&-]{1,39})\/)\s*[.:]?\s+(?=[\p{Lu}"“‘'])/u.exec(paragraph);
  if (!m) return undefined;
  const agency = (m[3] ?? m[4])!.trim();
  const publishedAt = parseDateLine(m[2]!);
  // "Lima, Nov. 16 (ANDINA). …", "Warsaw, Aug 22 (PTI) India …": a month and day alone, the year the story's.
  const monthDay = publishedAt ? undefined : /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}$|^\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?$/u.test(m[2]!.trim()) ? parseMonthDay(m[2]!) : undefined;
  if ((!publishedAt && !monthDay) || /(?:^|[^\p{L}])\p{Ll}{3,}/u.test(m[2]!.replace(/\b\p{L}{3,9}\.?(?=\s+\d)/gu, ''))) return undefined;
  return { place: m[1]!.trim(), publishedAt, ...(monthDay ? { monthDay } : {}), agency, length: m[0].length };
}

/** "May 7", "7 May", "Sept. 3": a month and day with no year. */
function parseMonthDay(text: string): { month: number; day: number } | undefined {
  const [result] = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (!result || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  return { month: result.start.get('month')!, day: result.start.get('day')! };
}

/**
 * The year of a dateline that gives none ("SEOUL, May 7 (Yonhap) --"): wire
 * stories leave it out because it is the current one, so it is the latest
 * year the story names that is not in the future (years ahead are targets:
 * "by 2030"). Undefined when the story names no year.
 */
export function yearOfUndatedDateline(body: string, now: Date = new Date()): number | undefined {
  const years = [...body.matchAll(/\b(1[89]\d\d|2[01]\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= now.getUTCFullYear());
  return years.length ? Math.max(...years) : undefined;
}
