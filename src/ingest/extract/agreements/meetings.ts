/**
 * The meeting or occasion a signing belongs to, and the day it lends.
 */
import { datesCompatible } from '../../dates.ts';
import type { ExtractedAgreement, ExtractedMeeting, PartialDate } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import { findDates, leadOfArticle } from '../dates.ts';
import { ofTheStory } from './dates.ts';
import type { AgreementMention, Told } from './types.ts';

/** A signing told as a record over time, not an event of the occasion: "have signed", "had signed", "over the years", "since". */
export const PERFECT_OR_HABIT = /\b(?:have|has|had)\s+(?:\w+\s+)?signed\b|\b(?:over the (?:years|decades)|so far|to date|since|previously|in the past)\b/i;

/** Words that tie a signing to the meeting just told: "then signed", "in the presence of the two leaders". */
const AT_THE_MEETING = /\b(?:then|(?:after|following|at the end of|during) the (?:talks|meeting|session|summit|visit|discussions)|in the presence of|at the ceremony|witnessed)\b/i;

/**
 * Meeting an agreement was signed at: told in a sentence that tells the
 * signing (its first, then any later one: "… held talks before Blinken and
 * Daki signed the pact"), or on the same day.
 */
export function meetingOf(a: AgreementMention, sources: number[], meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  for (const sentence of [a.sentence, ...sources.filter((x) => x !== a.sentence)]) {
    const same = sentencesOf.findIndex((ss, i) => ss.includes(sentence) && (sentence === a.sentence || (meetings[i]!.status === 'HELD' && datesCompatible(meetings[i]!.date ?? a.date, a.date))));
    if (same >= 0) return same;
  }
  if (a.date?.precision !== 'DAY') return undefined;
  const sameDay = meetings.findIndex((m) => m.date?.precision === 'DAY' && m.date.year === a.date!.year && m.date.month === a.date!.month && m.date.day === a.date!.day);
  return sameDay >= 0 ? sameDay : undefined;
}

/**
 * The meeting a signing without a date of its own belongs to: the meeting
 * told in the same sentence, or in the sentence before when the signing is
 * tied to it ("Officials then signed …", "in the presence of the two leaders").
 */
export function meetingBefore(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const named = meetingNamed(ctx, a, meetings, sentencesOf);
  if (named !== undefined) return named;
  const same = sentencesOf.findIndex((ss, i) => ss.includes(a.sentence) && meetings[i]!.status === 'HELD');
  if (same >= 0 && meetings[same]!.date) return same;
  // A meeting of the signing sentence with no day of its own ("Following the meeting, the ministers signed …") may point to the dated talks before.
  const earlier = talksBefore(ctx, a, meetings, sentencesOf);
  return earlier ?? (same >= 0 ? same : undefined);
}

/** The held meeting a signing tied to "the talks" belongs to, told in the sentence before or a few sentences back with its day. */
function talksBefore(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const text = ctx.sentences[a.sentence]!.text;
  // A tie word makes the link; so does a signing told in the simple past right after the talks, news's order for one occasion.
  const tied = AT_THE_MEETING.test(text);
  if (!tied && (a.sentence === 0 || PERFECT_OR_HABIT.test(text))) return undefined;
  const previous = sentencesOf.findIndex((ss, i) => ss.includes(a.sentence - 1) && meetings[i]!.status === 'HELD');
  if ((previous >= 0 && meetings[previous]!.date) || (!tied && previous >= 0)) return previous;
  // "… held talks on August 22. Then a ceremony of signing took place. The treaty was signed by …": an undated signing told in the simple past is of the occasion just told.
  // "Following the session, … witnessed the signing": the talks may have been told a few sentences before, with the day they were held.
  for (let back = a.sentence - 2; back >= Math.max(0, a.sentence - TALKS_WINDOW); back--) {
    const held = sentencesOf.findIndex((ss, i) => ss.includes(back) && meetings[i]!.status === 'HELD' && meetings[i]!.date?.precision === 'DAY');
    if (held >= 0) return held;
  }
  if (previous >= 0) return previous;
  // "The two prime ministers later witnessed the exchange of …", told long after the lead's talks: a signing tied to the occasion belongs to the story's first held meeting of its days.
  const story = meetings.findIndex((m, i) => m.status === 'HELD' && m.date?.precision === 'DAY' && ofTheStory(m.date, ctx.publishedAt) && sentencesOf[i]!.some((x) => x < a.sentence));
  return story >= 0 ? story : undefined;
}

/** A signing set against an event told before: "After the talks", "Following the session", "Before the news conference". */
const TIED_TO_EVENT = /\b(?:after|following|before|during|at the end of|at the close of|on the sidelines of)\s+(?:the|their|this|that)\s+(?:[a-z-]+\s+)?(talks|meeting|session|summit|discussions|news conference|press conference|consultations|dinner|lunch|luncheon|banquet|breakfast)\b/i;

/**
 * The held meeting a signing "after the talks" belongs to: the nearest one
 * before, dated to the day, told with the same noun ("held talks", "an
 * official talks session", "at a news conference with"). The meeting of the
 * signing sentence itself is often the signers' own and dated from elsewhere.
 */
function meetingNamed(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const tie = TIED_TO_EVENT.exec(ctx.sentences[a.sentence]!.text);
  if (!tie) return undefined;
  const noun = new RegExp(`\\b${tie[1]!.replace(/\s+/g, '\\s+')}\\b`, 'i');
  for (let back = a.sentence - 1; back >= 0; back--) {
    if (!noun.test(ctx.sentences[back]!.text)) continue;
    const held = sentencesOf.findIndex((ss, i) => ss.includes(back) && meetings[i]!.status === 'HELD' && meetings[i]!.date?.precision === 'DAY');
    if (held >= 0) return held;
  }
  return undefined;
}

/** How many sentences back a signing tied to "the talks" may find them. */
export const TALKS_WINDOW = 5;

/**
 * The signing an undated one told as part of the same occasion ("Separately,
 * the agency signed …", "They also witnessed the exchange of …") belongs
 * with: the latest one before it, told at most a few sentences earlier, once
 * dated to the day (often through the meeting it was signed at).
 */
export function occasionBefore(done: Told[], m: AgreementMention): ExtractedAgreement | undefined {
  if (!m.sameOccasion) return undefined;
  const before = [...done].reverse().find(({ agreement: a, sentences }) => a.date?.precision === 'DAY' && !a.span && sentences.some((i) => i < m.sentence && i >= m.sentence - TALKS_WINDOW));
  return before?.agreement;
}

/**
 * The day of the story's talks for a signing tied to them ("Following the
 * talks, the two leaders witnessed the exchange of 12 documents") when no
 * meeting was found to lend it: the first day the lead gives, if it is one
 * of the story's days. A record over time ("have signed") takes none.
 */
export function storyDayOfTalks(ctx: ArticleContext, a: AgreementMention): PartialDate | undefined {
  const text = ctx.sentences[a.sentence]!.text;
  if (!tiedToTalks(text)) return undefined;
  const lead = leadOfArticle(ctx);
  const day = lead === undefined ? undefined : findDates(lead, ctx.publishedAt).find((d) => d.date?.precision === 'DAY')?.date;
  return day && ofTheStory(day, ctx.publishedAt) ? day : undefined;
}

/** True when a sentence ties what it tells to the occasion's talks: "Following the session, …", "in the presence of the two leaders". */
export function tiedToTalks(text: string): boolean {
  return (TIED_TO_EVENT.test(text) || AT_THE_MEETING.test(text)) && !PERFECT_OR_HABIT.test(text);
}
