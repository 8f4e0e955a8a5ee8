/**
 * One meeting verb with counterparts joined by "and", each with its own time:
 * one meeting with each.
 */
import type { ArticleContext, ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { findDates, findDatesWithPrevious, leadOfArticle } from '../dates.ts';
import type { PersonMention } from '../people.ts';
import { previousTelling } from './date.ts';
import type { MeetingMention } from './mention.ts';
import { placeAndDate } from './place.ts';

/** A time of day that follows a coordinated counterpart: "… and Zhang in the afternoon". */
const TIME_OF_DAY = /\b(?:in the (?:morning|afternoon|evening)|later in the day|that (?:morning|afternoon|evening))\b/i;

/**
 * "is to meet Li on Wednesday morning and Zhang in the afternoon", "was to
 * meet Mahuta in Wellington on Friday and Rabuka in Suva on Saturday": one
 * meeting verb with counterparts joined by "and", each followed by its own
 * time, is one meeting with each, dated and placed by its own stretch (a time
 * of day alone keeps the day before it). The first meeting is changed in
 * place; the others are returned. Undefined when the counterparts share one
 * time ("met A and B on Monday").
 */
export function eachWithItsOwnTime(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, subject: number[], own: number[], here: PersonMention[], to: number, countries: CountryMention[]): MeetingMention[] | undefined {
  if (own.length < 2) return undefined;
  const text = sentence.text;
  const starts = own.map((p) => here.find((m) => m.person === p && m.start > first.at)?.start ?? -1);
  if (starts.some((x) => x < 0) || starts.some((x, i) => i > 0 && x < starts[i - 1]!)) return undefined;
  // Each later counterpart's stretch begins at the "and" before it.
  const bounds: number[] = [];
  for (let i = 1; i < starts.length; i++) {
    const and = [...text.slice(starts[i - 1]!, starts[i]).matchAll(/\band\b/g)].pop();
    if (!and) return undefined;
    bounds.push(starts[i - 1]! + (and.index ?? 0));
  }
  const stretches = [first.at, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? to }));
  const timed = stretches.map((r) => findDates(text.slice(r.from, r.to), ctx.publishedAt).some((d) => d.date) || TIME_OF_DAY.test(text.slice(r.from, r.to)));
  if (!timed.every(Boolean)) return undefined;
  // Dates read in the whole sentence, so that its tense ("was to meet … on Saturday") decides which Saturday.
  const dates = findDatesWithPrevious(text, previousTelling(ctx, sentence), ctx.publishedAt, leadOfArticle(ctx)).filter((d) => d.date && d.index > first.at);
  const meetings: MeetingMention[] = [];
  stretches.forEach((r, i) => {
    const m: MeetingMention = { ...first, at: i === 0 ? first.at : starts[i]!, participants: [...subject, own[i]!], sources: [...first.sources], sibling: i > 0 };
    const region = i === 0 ? { from: 0, to: r.to } : r;
    Object.assign(m, placeAndDate(ctx, sentence, m.at, m.kind, region, countries, { ...first, city: undefined, venue: undefined, countryCode: undefined }));
    m.date = dates.find((d) => d.index >= r.from && d.index < r.to && !TIME_OF_DAY.test(d.text))?.date ?? meetings[i - 1]?.date ?? first.date;
    meetings.push(m);
  });
  Object.assign(first, meetings[0]);
  return meetings.slice(1);
}
