/**
 * The date and place a meeting takes from other sentences of the story when
 * its own gives none: the lead, the occasion just told, the first meeting of
 * its sentence, the meeting an "also" follows.
 */
import { datesCompatible } from '../../dates.ts';
import type { PartialDate } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { daysFromPublication, placeOf } from '../meetingPlaces.ts';
import { findDates, parseIsoDay } from '../dates.ts';
import { dateNear } from './date.ts';
import type { MeetingMention } from './mention.ts';
import { statusesCompatible } from './status.ts';

/**
 * "though no date for that meeting has been announced", "No date has been
 * set": a sentence that says its meeting has no date yet (not "no new date",
 * which leaves the first one standing).
 */
const NO_DATE = /\bno (?:specific |firm |exact |fixed )?dates?\b(?:(?!\bnew\b)[^.;])*?\b(?:set|announced|given|fixed|agreed|decided|released|confirmed)\b/i;

/** True when a meeting's sentence says it has no date yet: it takes none from other sentences. */
function toldUndated(ctx: ArticleContext, m: MeetingMention): boolean {
  return NO_DATE.test(ctx.sentences[m.sentence]!.text);
}

/** "earlier this month", "earlier in the week": a time told as before the story's news. */
const EARLIER_THIS = /\bearlier (?:this|in the) (?:week|month|year)\b/i;

/**
 * "Spain and Morocco signed 20 agreements on Thursday in Rabat … Sánchez and
 * Akhannouch held talks before the ministers signed": a wire story's lead
 * sentence tells when and where its news happened, so a held meeting told in
 * the next two sentences with no date or place of its own takes the lead's
 * day (a day of the week of publication) and city.
 */
export function whenAndWhereFromLead(ctx: ArticleContext, countries: CountryMention[], meetings: MeetingMention[]): void {
  const lead = leadSentence(ctx);
  if (!lead) return;
  const leadDate = dateNear(ctx, lead, 0, 'HELD');
  const dated = leadDate && daysFromPublication(leadDate, ctx.publishedAt) <= 7 ? leadDate : undefined;
  const leadPlace = placeOf(lead, countries, 0);
  for (const m of meetings) {
    if (m.sentence < lead.index + 1 || m.sentence > lead.index + 2 || m.status !== 'HELD') continue;
    // "It is X's second visit to Nouakchott this year" gave only a year: the lead's day in it is finer.
    // "… during a video conference earlier this month" says it is not the lead's day, though the month is the same.
    const refinable = (d: PartialDate) => d.precision !== 'DAY' && datesCompatible(d, dated!) && !EARLIER_THIS.test(ctx.sentences[m.sentence]!.text);
    if (dated && (!m.date || refinable(m.date))) m.date = dated;
    if (m.kind === 'IN_PERSON' && !m.city && !m.countryCode && !m.venue && leadPlace.city) {
      m.city = leadPlace.city;
      m.countryCode = leadPlace.countryCode;
    }
  }
}

/**
 * "Vladimir Putin held talks with X at the State Palace in Ulaanbaatar. The
 * President of Russia is in Mongolia on an official visit …": an official
 * readout tells the day's talks with no date at all. A held meeting of the
 * lead sentence, in a story whose first three sentences give no date, is of
 * the day of publication.
 */
export function undatedLeadIsToday(ctx: ArticleContext, meetings: MeetingMention[]): void {
  const pub = parseIsoDay(ctx.publishedAt);
  if (!pub || ctx.sentences.slice(0, 3).some((s) => findDates(s.text, ctx.publishedAt).length > 0)) return;
  const lead = meetings.find((m) => m.sentence === 0);
  if (lead && !lead.date && lead.status === 'HELD' && !lead.earlier) lead.date = { ...pub, precision: 'DAY' };
}

/**
 * "Piantedosi held separate talks with his Tunisian counterpart": talks held
 * separately from the meeting just told (within three sentences), with no
 * date or place of their own, were held on its day and in its city. Told
 * further on, they are separate from the story's own meeting (the first held
 * one of these days, within two days of publication).
 */
export function separateTalksOnTheOccasion(ctx: ArticleContext, meetings: MeetingMention[]): void {
  for (const m of meetings) {
    if (m.date || m.status !== 'HELD' || m.kind !== 'IN_PERSON') continue;
    const text = ctx.sentences[m.sentence]!.text;
    // "held separate talks", "separately met", or "met separately at the Foreign Office".
    if (!/\bseparate(?:ly)?\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.at - 24), m.at)) && !/^\p{L}+\s+separately\b/iu.test(text.slice(m.at))) continue;
    // The meeting told last before, by the last sentence that tells it ("Saied then received the Italian premier …").
    const lastTold = (x: MeetingMention) => Math.max(...x.sources.map((src) => ctx.sentences.findIndex((c) => c.start === src.position)).filter((i) => i < m.sentence), -1);
    const occasion = meetings
      .filter((x) => x !== m && x.status === 'HELD' && x.kind === 'IN_PERSON' && x.date && !x.earlier && lastTold(x) >= 0 && m.sentence - lastTold(x) <= 3)
      .sort((a, b) => lastTold(a) - lastTold(b))
      .pop() ?? storyMeeting(ctx, meetings, m);
    if (!occasion) continue;
    m.date = occasion.date;
    if (!m.city && !m.venue && (!m.countryCode || m.countryCode === occasion.countryCode)) {
      m.city = occasion.city;
      m.countryCode = occasion.countryCode;
    }
  }
}

/** The story's own meeting told before `m`: the first held in-person one dated within two days of publication. */
function storyMeeting(ctx: ArticleContext, meetings: MeetingMention[], m: MeetingMention): MeetingMention | undefined {
  return meetings.find((x) => x !== m && x.sentence < m.sentence && x.status === 'HELD' && x.kind === 'IN_PERSON' && x.date && !x.earlier && daysFromPublication(x.date, ctx.publishedAt) <= 2);
}

/**
 * The sentence that opens the story: the first one, or, where site lines
 * and a photo caption came first ("euronews.", "Published on 23/04/2023"),
 * the first of the opening sentences that tells a day of these days ("sealed
 * 13 agreements on Saturday").
 */
function leadSentence(ctx: ArticleContext): ReadSentence | undefined {
  const first = ctx.sentences[0];
  const ofTheseDays = (s: ReadSentence) => {
    const d = dateNear(ctx, s, 0, 'HELD');
    return d !== undefined && daysFromPublication(d, ctx.publishedAt) <= 7;
  };
  if (!first || ofTheseDays(first)) return first;
  return ctx.sentences.slice(1, 6).find((s) => s.text.split(/\s+/).length >= 12 && !/\b(?:published|updated|copyright)\b/i.test(s.text) && ofTheseDays(s)) ?? first;
}

/** A later meeting of a sentence with no date of its own (see `furtherMeetings`) takes the date the sentence's first meeting ended up with. */
export function dateSiblings(meetings: MeetingMention[]): void {
  for (const m of meetings.filter((x) => x.sibling && !x.date)) {
    const first = meetings.find((x) => !x.sibling && x.date && x.sources.some((s) => s.position === m.sources[0]?.position) && statusesCompatible(x.status, m.status));
    if (first) m.date = first.date;
  }
}

/**
 * "Tinubu also spoke by phone with Macron": a meeting told with "also" and
 * no date of its own happened on the occasion told just before (within two
 * sentences) by one of the same people, and takes its date.
 */
export function dateFromAlso(ctx: ArticleContext, found: MeetingMention[]): void {
  found.forEach((m, i) => {
    if (m.date || m.anaphoric || toldUndated(ctx, m)) return;
    const text = ctx.sentences[m.sentence]!.text;
    if (!/\balso\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.at - 24), m.at))) return;
    const before = found
      .slice(0, i)
      .reverse()
      .find((x) => x.date && m.sentence - x.sentence <= 2 && x.status === m.status && x.participants.some((p) => m.participants.includes(p)));
    if (before) m.date = before.date;
  });
}

/** "On the same trip", "during that visit": the occasion of a meeting told just before. */
const SAME_TRIP = /\b(?:on|during)\s+(?:the\s+same|that|this|the\s+same\s+(?:\w+\s+)?)\s*(?:trip|visit|tour|journey|stop)\b/i;

/**
 * "In February, on his first European tour, X met Y in Rome. On the same trip
 * he was received by Pope Z": a meeting told on the same trip as the meeting
 * just before (within two sentences, sharing one of its people), with no date
 * of its own, falls in that meeting's month or day.
 */
export function dateFromSameTrip(ctx: ArticleContext, found: MeetingMention[]): void {
  found.forEach((m, i) => {
    if (m.date || m.anaphoric) return;
    const text = ctx.sentences[m.sentence]!.text;
    const trip = SAME_TRIP.exec(text);
    if (!trip || trip.index > m.at) return;
    const before = found
      .slice(0, i)
      .reverse()
      .find((x) => x.date && x.sentence < m.sentence && m.sentence - x.sentence <= 2 && x.participants.some((p) => m.participants.includes(p)));
    if (before) m.date = before.date;
  });
}
