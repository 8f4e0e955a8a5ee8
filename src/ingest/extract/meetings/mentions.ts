/**
 * The meeting mentions of one sentence: the first meeting it tells, with its
 * status, kind, date, place and participants, then any others.
 */
import type { ExtractedPerson, MeetingKind } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import { referencesIn, type Reference } from '../coref.ts';
import type { CountryMention } from '../countries.ts';
import { clauseAt } from '../dates.ts';
import { placeOf } from '../meetingPlaces.ts';
import type { PersonMention } from '../people.ts';
import { isAnaphoric } from './anaphora.ts';
import { notOnlyAside, withoutOtherMeetings } from './asides.ts';
import { afterPublication, dateNear, longBeforePublication } from './date.ts';
import { kindClause, kindOf, MEDIUM_UNKNOWN } from './kind.ts';
import type { MeetingMention } from './mention.ts';
import { attendeesInClause } from './companions.ts';
import { namedAfterBetween, namedWithin, notInLaterClause, notInOtherCoordinate } from './otherClauses.ts';
import { participantsOf } from './participants.ts';
import { placeBeforeWhere } from './place.ts';
import { meetingRegion, within } from './region.ts';
import { furtherMeetings } from './severalMeetings.ts';
import { notOnlySender, notOnlySource } from './sources.ts';
import { CANCELLED, statusOf, toldAsEarlier } from './status.ts';
import { triggersIn, type Trigger } from './triggers.ts';

/** The parts of a meeting mention every way of finding one shares. */
export function baseMention(ctx: ArticleContext, sentence: ReadSentence, at: number, kind: MeetingKind, countries: CountryMention[]): MeetingMention {
  let status = statusOf(sentence.text, at);
  const region = meetingRegion(sentence.text, at, status);
  const view = within(sentence, region);
  const inRegion = countries.filter((c) => c.sentence !== sentence.index || (c.start >= region.from && c.end <= region.to));
  const place = kind === 'IN_PERSON' ? placeBeforeWhere(view, inRegion, at) ?? placeOf(withoutOtherMeetings(view, at), inRegion, at) : {};
  let date = dateNear(ctx, view, at, status);
  // "A summit … was called off in December": with no date of its own, the meeting falls on the month or day it was called off in.
  const cancel = status === 'CANCELLED' ? CANCELLED.exec(sentence.text) : null;
  if (!date && cancel && cancel.index > at && /^\s+(?:in|on)\s/i.test(sentence.text.slice(cancel.index + cancel[0].length))) {
    const from = cancel.index + cancel[0].length;
    const next = /[,;]|\s(?:when|after|because|as|amid|but)\s/i.exec(sentence.text.slice(from));
    date = dateNear(ctx, within(sentence, { from, to: next ? from + next.index : sentence.text.length }), from, status);
  }
  // A meeting dated after the day of publication has not been held yet, whatever the verb of its clause.
  if (status === 'HELD' && date && afterPublication(date, ctx.publishedAt)) status = 'PLANNED';
  return {
    sentence: sentence.index,
    at,
    kind,
    status,
    earlier: toldAsEarlier(clauseAt(sentence.text, at)) || (date !== undefined && longBeforePublication(date, ctx.publishedAt)),
    participants: [],
    anaphoric: false,
    pair: false,
    kindImplied: false,
    signingOnly: false,
    date,
    ...place,
    sources: [sentence.span],
  };
}

/** Meeting mentions of one sentence: the first meeting it tells, then any others (see `furtherMeetings`). */
export function mentionsIn(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention[] {
  // Resolving references is the costly part of reading a sentence: done once here for every trigger of it.
  const references = referencesIn(ctx, sentence, people, mentions, countries);
  const triggers = triggersIn(sentence, mentions, references);
  const first = mentionIn(ctx, sentence, triggers, references, countries, people, mentions);
  if (!first) return [];
  if (first.anaphoric) {
    // "The talks took place a day after Orbán met Putin in Beijing": the sentence may tell another meeting after pointing back.
    const later = mentionIn(ctx, sentence, triggers.filter((t) => t.at > first.at), references, countries, people, mentions);
    // The place and date the sentence gives are the later meeting's: "The day before the summit, X received him in Lisbon".
    // So may "the two leaders" of a later clause: "The visit was the first since the session which the two leaders co-chaired in 2022".
    if (later && !later.anaphoric && (later.participants.length >= 2 || later.pair)) return [{ ...first, city: undefined, venue: undefined, countryCode: undefined, date: undefined }, later];
  }
  return [first, ...furtherMeetings(ctx, sentence, first, triggers, countries, people, mentions)];
}

/** The first meeting a sentence tells. */
function mentionIn(ctx: ArticleContext, sentence: ReadSentence, triggers: Trigger[], references: Reference[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention | undefined {
  for (const { text: trigger, at } of triggers) {
    const kind = kindOf(trigger, kindClause(sentence.text, at));
    const mention = baseMention(ctx, sentence, at, kind, countries);
    mention.anaphoric = isAnaphoric(sentence.text, at, trigger);
    mention.kindImplied = kind === 'IN_PERSON' && MEDIUM_UNKNOWN.test(trigger);
    // "…, in which A and B also took part": the attendees a clause names join the meeting once its holders are known.
    const attendees = attendeesInClause(sentence, at, mentions);
    const holders = attendees.length > 0 ? mentions.filter((m) => !attendees.includes(m)) : mentions;
    participantsOf(ctx, sentence, mention, references, countries, people, holders);
    if (attendees.length > 0) mention.attendees = [...new Set(attendees.map((m) => m.person))];
    if (mention.status === 'CANCELLED') mention.participants = namedWithin(sentence, meetingRegion(sentence.text, at, 'CANCELLED'), mention.participants, mentions);
    mention.participants = notOnlySource(sentence, at, mention.participants, mentions);
    mention.participants = notOnlySender(sentence, mention.participants, mentions, references);
    mention.participants = notOnlyAside(sentence, at, mention.participants, mentions);
    mention.participants = namedAfterBetween(sentence, at, trigger, mention.participants, mentions);
    mention.participants = notInLaterClause(sentence, at, mention.participants, mentions);
    mention.participants = notInOtherCoordinate(sentence, at, mention.participants, mentions, triggers, references, people);
    // "held talks with then Prime Minister Lee": a counterpart in an office since left tells an earlier occasion.
    if (mentions.some((m) => m.sentence === sentence.index && m.start > at && mention.participants.includes(m.person) && /\bthen[\s-]+(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u.test(sentence.text.slice(Math.max(0, m.start - 50), m.start)))) mention.earlier = true;
    return mention;
  }
  return undefined;
}
