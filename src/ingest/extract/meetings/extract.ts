/**
 * Meetings stage: sentences that state a meeting (met, held talks, will meet,
 * received, hosted, visited, a visit by … to …, a phone or video call, a joint
 * signing), with status from tense and cancel words, the place (venue, city,
 * country) and the people who take part. Mentions of the same meeting in one
 * article ("the talks", "Wednesday's meeting") are merged into one.
 */
import type { ExtractedMeeting, ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { placeFromArrival, placeFromHere, placeFromSameTrip, placeLeadFromDateline } from '../meetingPlaces.ts';
import type { PersonMention } from '../people.ts';
import { addAttendees, addCompanions } from './companions.ts';
import { dateFromAlso, dateFromSameTrip, dateSiblings, separateTalksOnTheOccasion, undatedLeadIsToday, whenAndWhereFromLead } from './fromOtherSentences.ts';
import { clusterFor, merge } from './gather.ts';
import { fillFromInteraction } from './interaction.ts';
import type { MeetingMention } from './mention.ts';
import { mentionsIn } from './mentions.ts';
import { fillPairs } from './pairs.ts';
import { jointSigning } from './signings.ts';

/** The meetings of an article, with the sentence indexes each was told in (for linking agreements). */
export interface MeetingsResult {
  meetings: ExtractedMeeting[];
  sentencesOf: number[][];
}

/** Extracts the meetings of an article. Only meetings between two or more named people are kept. */
export function extractMeetings(ctx: ArticleContext, countries: CountryMention[], people: ExtractedPerson[], allMentions: PersonMention[]): MeetingsResult {
  const mentions = withoutPronounSurnames(ctx, allMentions);
  const found: MeetingMention[] = [];
  for (const s of ctx.sentences) {
    const signing = jointSigning(ctx, s, countries, mentions, people);
    // "X and Y would come to Washington to meet him and sign a final accord": a meeting word told before the
    // signing tells the meeting, and the signing is only part of it.
    const told = signing ? mentionsIn(ctx, s, countries, people, mentions).filter((m) => m.at < signing.at && !m.anaphoric && m.participants.length >= 2) : [];
    for (const m of signing && told.length === 0 ? [signing] : signing ? told : mentionsIn(ctx, s, countries, people, mentions)) {
      fillFromInteraction(ctx, m, mentions, people);
      found.push(m);
    }
  }
  fillPairs(ctx, found, mentions, people);
  for (const m of found) if (m.attendees && m.participants.length >= 2) m.participants = [...new Set([...m.participants, ...m.attendees])];
  dateFromAlso(ctx, found);
  dateFromSameTrip(ctx, found);
  const clusters: MeetingMention[] = [];
  // Mentions with people first, so "the talks" finds the meeting it points back to wherever it stands;
  // joint signings last, as they only add to a meeting told otherwise.
  const order = (m: MeetingMention) => (m.signingOnly ? 2 : m.participants.length === 0 ? 1 : 0);
  for (const m of [...found].sort((a, b) => order(a) - order(b))) {
    const target = clusterFor(clusters, m);
    // "Earlier this month he visited Bamako": one person's trip, told with no counterpart, is another event.
    if (target && m.participants.length === 1 && !m.anaphoric && !m.pair && m.sentence !== target.sentence && m.city !== undefined && m.city !== target.city) continue;
    if (target) merge(target, m);
    else if (m.participants.length > 0 && !m.signingOnly) clusters.push({ ...m, sources: [...m.sources], participants: [...m.participants], members: [{ sentence: m.sentence, at: m.at, sibling: Boolean(m.sibling) }] });
  }
  const kept = clusters.filter((c) => c.participants.length >= 2).sort((a, b) => a.sentence - b.sentence);
  addCompanions(ctx, kept, countries, people, mentions);
  addAttendees(ctx, kept, mentions);
  dateSiblings(kept);
  placeFromHere(ctx, kept);
  whenAndWhereFromLead(ctx, countries, kept);
  undatedLeadIsToday(ctx, kept);
  separateTalksOnTheOccasion(ctx, kept);
  placeFromSameTrip(ctx, kept);
  placeFromArrival(ctx, kept, mentions);
  placeLeadFromDateline(ctx, kept);
  return {
    meetings: kept.map((c) => toMeeting(c, people)),
    sentencesOf: kept.map((c) => c.sources.map((s) => ctx.sentences.findIndex((x) => x.start === s.position))),
  };
}

/**
 * "He met executives … and held talks with Premier Li Qiang": a sentence
 * opening on "He" or "She" opens on the pronoun, even when someone of the story
 * bears it as a surname (He Lifeng); the bare word is no mention of that person.
 */
function withoutPronounSurnames(ctx: ArticleContext, mentions: PersonMention[]): PersonMention[] {
  return mentions.filter((m) => !/^(?:He|She)$/.test(ctx.sentences[m.sentence]?.text.slice(m.start, m.end) ?? ''));
}

/** The meeting as the pipeline stores it: each participant a host or a visitor when the country of an in-person meeting is known. */
function toMeeting(c: MeetingMention, people: ExtractedPerson[]): ExtractedMeeting {
  const meeting: ExtractedMeeting = {
    participants: c.participants.map((p) => {
      const person = people[p]!;
      const role = c.countryCode && person.countryCode && c.kind === 'IN_PERSON' ? (person.countryCode === c.countryCode ? 'HOST' : 'VISITOR') : undefined;
      return role ? { name: person.name, role } : { name: person.name };
    }),
    status: c.status,
    kind: c.kind,
    sources: [...c.sources].sort((a, b) => a.position - b.position),
  };
  if (c.date) meeting.date = c.date;
  if (c.city) meeting.city = c.city;
  if (c.venue) meeting.venue = c.venue;
  if (c.countryCode) meeting.countryCode = c.countryCode;
  return meeting;
}
