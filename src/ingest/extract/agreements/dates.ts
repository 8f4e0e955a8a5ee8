/**
 * When a document was signed: the date nearest its verb, spans for totals over years, and dates told against the publication day.
 */
import type { PartialDate } from '../../types.ts';
import { monthsLater, type DateMention } from '../dates.ts';
import { REPORTING_VERBS } from './phrases.ts';
import type { Signing } from './signing.ts';

/** A reporting verb right before a date: "officials said on Wednesday", "the ministry announced Tuesday". */
const REPORTED_BEFORE = new RegExp(`\\b${REPORTING_VERBS}(?:\\s+on)?\\s+$`, 'i');

/** A verb of what became of a document after its signing, right before a date: "took effect in April 2020", "entered into force on 1 May", "was ratified in 2019". */
const AFTER_SIGNING_BEFORE = /\b(?:(?:took|takes|take|taking|went|goes|go|going)\s+(?:into\s+)?effect|(?:entered|enters|enter|entering|came|comes|come|coming)\s+into\s+force|(?:was|were|been)\s+ratified|ratified|expired?|expires)\s+(?:on\s+|in\s+)?$/i;

/**
 * The date of a signing: nearest the verb inside its own stretch of the
 * sentence. A multi-year span wins for a total of many documents; one
 * document is never dated by a span ("troops there since 1960 under an
 * agreement signed in 1961").
 */
export function dateOf(dates: DateMention[], verb: Signing, from: number, to: number, plural: boolean, asides: [number, number][] = [], text = ''): { date?: PartialDate; span?: { fromYear: number; toYear: number } } {
  // A date inside a relative clause that does not hold the verb is that clause's ("Ghana, which established ties in 1960, signed …").
  const aside = (d: DateMention) => asides.some(([a, b]) => d.index > a && d.index < b && !(verb.at > a && verb.at < b));
  // "to double capacity by 2030": a target date, never when a document was signed.
  // "has signed a contract …, officials said on Wednesday": the day of a reporting verb is when it was said, not when it was signed.
  // "the Trade Agreement, which took effect in April 2020": the day it came into force, not the day it was signed.
  const otherEvent = (d: DateMention) => REPORTED_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index)) || AFTER_SIGNING_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index));
  const inside = dates.filter((d) => d.index >= from && d.index < to && (plural || !d.span) && !/^(?:by|until|through)\b/i.test(d.text.trim()) && !aside(d) && !otherEvent(d));
  const distance = (d: DateMention) => Math.abs(d.index - verb.at);
  const near = inside.filter((d) => d.date).sort((a, b) => distance(a) - distance(b))[0];
  const span = inside.find((d) => d.span);
  // "signed 20 agreements on Thursday, at the first summit since 2015": the day nearer the verb dates the signing.
  if (span && (!near || distance(span) < distance(near))) return { span: span.span! };
  return near?.date ? { date: near.date } : {};
}

/** Days before publication that still count as the days of the story ("on Monday", "last week"). */
const STORY_DAYS = 10;

/** True when a partial date can name a day within the story's last days (up to publication), so a signing dated so is news, not history. */
export function ofTheStory(date: PartialDate, publishedAt: string | undefined): boolean {
  if (!publishedAt) return date.precision === 'DAY';
  const published = Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  const last = Date.UTC(date.year, date.month === undefined ? 11 : date.month - 1, date.day ?? (date.month === undefined ? 31 : new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()));
  return last >= published - STORY_DAYS * 86400000;
}

/** True when every day a partial date can name lies after the ISO publication day. */
export function laterThanPublication(date: PartialDate, publishedAt: string | undefined): boolean {
  if (!publishedAt) return false;
  const first = `${String(date.year).padStart(4, '0')}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
  return first > publishedAt;
}

/**
 * "In February 2024, the ministers signed a framework agreement. A month
 * later, the two countries signed …": the months or years counted from the
 * date told before (see `monthsLater`), also back with "before", where no
 * date the sentence already gives covers the words.
 */
export function monthsAround(sentence: string, previous: string | undefined, own: DateMention[], publishedAt: string | undefined): DateMention[] {
  return monthsLater(sentence, previous, publishedAt, own, true).filter((c) => !own.some((d) => d.index <= c.index && d.index + d.text.length > c.index));
}
