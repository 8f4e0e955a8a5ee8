/**
 * Sentences that tell several meetings: a new counterpart after a later
 * meeting word, "met separately with A and B", "with A … and with B", or the
 * same people meeting again on another date.
 */
import { countryOfCity } from '../../../countries/catalog.ts';
import { datesCompatible } from '../../dates.ts';
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import { referencesIn } from '../coref.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import type { MeetingMention } from './mention.ts';
import { OBJECT_TITLE } from './objects.ts';
import { coordinateStarts } from './otherClauses.ts';
import { eachWithItsOwnTime } from './ownTimes.ts';
import { placeAndDate } from './place.ts';
import { heldBefore } from './anaphora.ts';
import { kindClause, kindOf } from './kind.ts';
import { meetsAgain, segmentMention, segmentsAfter } from './segments.ts';
import type { Trigger } from './triggers.ts';

/**
 * The other meetings of a sentence that tells several: a new counterpart
 * after a later meeting word ("met Scholz in Berlin, … after talks with
 * Macron at the Élysée"; "held talks with van Klaveren, and was later
 * received by Boric"), "met separately with A and B" (one meeting each), or
 * the same people meeting again on another date ("met in Vilnius in July,
 * and met again in September in New York"). The first meeting keeps only its
 * own counterparts, date and place.
 */
export function furtherMeetings(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, triggers: Trigger[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention[] {
  if (first.pair && !first.anaphoric && first.status !== 'CANCELLED') return pairMeetsElsewhere(ctx, sentence, first, triggers, countries, mentions);
  if (first.anaphoric || first.pair || first.status === 'CANCELLED' || first.participants.length < 2) return [];
  const text = sentence.text;
  const here = mentions.filter((m) => m.sentence === sentence.index && !m.quoted && first.participants.includes(m.person));
  const firstAt = (p: number) => here.find((m) => m.person === p)?.start;
  const segments = segmentsAfter(text, first, triggers, mentions.filter((m) => m.sentence === sentence.index && !m.quoted));
  const firstSegmentAt = segments[0]?.from ?? text.length;
  let subject = first.participants.filter((p) => (firstAt(p) ?? -1) < first.at);
  const objectsIn = (from: number, to: number) => first.participants.filter((p) => !subject.includes(p) && here.some((m) => m.person === p && m.start >= from && m.start < to));
  const own = objectsIn(first.at, firstSegmentAt);
  if (subject.length === 0) subject = referencesIn(ctx, sentence, people, mentions, countries).map((r) => r.person).filter((p) => !first.participants.includes(p)).slice(0, 1);
  if (subject.length === 0) return [];
  const extra: MeetingMention[] = [];
  // Where the first meeting's own words end: at the first later meeting the sentence tells, not at a mere "summit" inside its phrase.
  let firstTo = text.length;
  if (toldSeparately(text, first.at, here.filter((m) => own.includes(m.person))) && own.length >= 2) {
    for (const o of own.slice(1)) extra.push({ ...first, participants: [...subject, o], sources: [...first.sources], sibling: true });
    first.participants = [...subject, own[0]!];
    return extra;
  }
  const respective = eachRespectively(text, first, subject, here.filter((m) => !subject.includes(m.person) && m.start > first.at));
  if (respective) return respective;
  // "held talks with President A at the castle and with Prime Minister B": a "with" of its own before each counterpart is one meeting with each.
  const counterparts = first.participants.filter((p) => !subject.includes(p));
  const withOwnWith = (p: number) => {
    const m = here.find((x) => x.person === p && x.start > first.at);
    const w = m && [...text.slice(first.at, m.start).matchAll(/\bwith\b/gi)].pop();
    return w !== undefined && OBJECT_TITLE.test(text.slice(first.at + (w.index ?? 0) + 4, m!.start));
  };
  if (subject.length === 1 && counterparts.length >= 2 && counterparts.every(withOwnWith) && /\band\s+(?:also\s+)?with\b/i.test(text.slice(first.at))) {
    for (const o of counterparts.slice(1)) extra.push({ ...first, participants: [...subject, o], sources: [...first.sources], sibling: true });
    first.participants = [...subject, counterparts[0]!];
    return extra;
  }
  const again = metAgainElliptically(ctx, sentence, first, segments, countries);
  if (again) return [again];
  const each = eachWithItsOwnTime(ctx, sentence, first, subject, own, here, firstSegmentAt, countries);
  if (each) return each;
  const clauses = coordinateStarts(text);
  const references = referencesIn(ctx, sentence, people, mentions, countries);
  const withObjects = segments.filter((seg) => objectsIn(seg.from, seg.to).some((p) => !own.includes(p)));
  for (const seg of segments) {
    const objects = objectsIn(seg.from, seg.to).filter((p) => !own.includes(p));
    // "A held talks with B in Delhi in May, and B travelled to Male in August, where he called on C": a coordinated
    // clause with a subject of its own opened before the later meeting word; the later meeting is read from it, and
    // its subject (named there, or the pronoun before the meeting word) is the later meeting's.
    const split = clauses.filter((i) => i > first.at && i < seg.trigger.at).pop();
    if (split !== undefined && seg.back !== undefined && seg.back < split) seg.back = split;
    const ownSubject = split === undefined ? [] : references.filter((r) => r.form === 'pronoun' && r.at >= split && r.at < seg.trigger.at && !objects.includes(r.person)).map((r) => r.person).slice(-1);
    const later = segmentMention(ctx, sentence, seg.back !== undefined ? { ...seg, from: seg.back } : seg, first, countries);
    later.sibling = true;
    const earlierTurn = pronounClauseOccasion(text, seg.trigger.at, first.participants, subject);
    if (earlierTurn && later.date && (!first.date || !datesCompatible(later.date, first.date))) {
      // "was welcomed by Hachani, whom she hosted in Rome in January": the same two people on another occasion.
      later.participants = earlierTurn;
      later.sibling = false;
      later.earlier = later.status === 'HELD';
      extra.push(later);
    } else if (objects.length > 0 && own.length > 0) {
      // "a return visit to Kenya for talks with Kamau": with no counterpart of its own, the first meeting word's counterpart is the later one's.
      // "before the summit that also brought together A, B and C": "also" puts the first meeting's people there too.
      const also = /\balso\b/i.test(text.slice(seg.trigger.at, seg.to));
      later.participants = also ? [...new Set([...first.participants, ...objects])] : [...(ownSubject.length > 0 ? ownSubject : subject), ...objects];
      extra.push(later);
      // "and held separate talks with A and B": one meeting with each.
      if (objects.length >= 2 && (/\bseparate(?:ly)?\b/i.test(text.slice(seg.from, seg.trigger.at)) || toldSeparately(text, seg.trigger.at, here.filter((m) => objects.includes(m.person))))) {
        later.participants = [...subject, objects[0]!];
        for (const o of objects.slice(1)) extra.push({ ...later, participants: [...subject, o], sources: [...later.sources] });
      }
    } else if (objects.length > 0 && own.length === 0 && seg !== withObjects[0] && withObjects.length >= 2) {
      // "paid a state visit to Spain, when he was received by King A at the palace and held talks with B": a visit
      // with no counterpart of its own, then two meeting words each with their own, is one meeting with each.
      later.participants = [...(ownSubject.length > 0 ? ownSubject : subject), ...objects];
      extra.push(later);
    } else if (meetsAgain(text, seg.trigger) && later.date && first.date && !datesCompatible(later.date, first.date)) {
      later.participants = [...first.participants];
      extra.push(later);
    } else continue;
    firstTo = Math.min(firstTo, seg.back ?? seg.from);
  }
  if (extra.length === 0) return [];
  const taken = new Set(extra.flatMap((m) => m.participants.filter((p) => !subject.includes(p))));
  const kept = first.participants.filter((p) => !taken.has(p) && !subject.includes(p));
  first.participants = [...subject, ...(kept.length > 0 ? kept : own)];
  // The first meeting's own stretch decides its place: the place read from the whole sentence may be a later meeting's.
  const unplaced = { ...first, city: undefined, venue: undefined, countryCode: undefined };
  Object.assign(first, placeAndDate(ctx, sentence, first.at, first.kind, { from: 0, to: firstTo }, countries, unplaced));
  return extra;
}

/**
 * "The two presidents spoke by telephone on Thursday and agreed to hold the
 * meeting in Kampala next month instead": the pair of a sentence that goes on
 * to hold a meeting on another date or at another place meets again there.
 * The later meeting names nobody of its own; it is the same pair.
 */
function pairMeetsElsewhere(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, triggers: Trigger[], countries: CountryMention[], mentions: PersonMention[]): MeetingMention[] {
  const named = mentions.filter((m) => m.sentence === sentence.index && !m.quoted);
  const out: MeetingMention[] = [];
  for (const seg of segmentsAfter(sentence.text, first, triggers, named)) {
    // "last met in The Hague in June and spoke by phone earlier this month": a meeting word of another medium is another meeting.
    const otherKind = kindOf(seg.trigger.text, kindClause(sentence.text, seg.trigger.at)) !== first.kind;
    if (!(heldBefore(sentence.text, seg.trigger) || otherKind) || named.some((m) => m.start >= seg.from && m.start < seg.to)) continue;
    // Its date is its own stretch's: the first meeting's day is not the later one's; nor is a call at its place.
    const unplaced = otherKind ? { city: undefined, venue: undefined, countryCode: undefined } : {};
    const later = segmentMention(ctx, sentence, seg, { ...first, date: undefined, ...unplaced }, countries);
    const otherDate = later.date !== undefined && first.date !== undefined && !datesCompatible(later.date, first.date);
    const otherCity = later.city !== undefined && later.city !== first.city;
    if (otherDate || otherCity || (otherKind && later.date !== undefined)) out.push({ ...later, pair: true, sibling: true, participants: [] });
  }
  return out;
}

/**
 * "…, whom she hosted in Rome in January", "…, who had received him in
 * Lagos": a relative clause about one of the meeting's people, told with a
 * pronoun for the sentence's subject, tells the two of them meeting on
 * another occasion. Gives the pair, or undefined when the trigger is in no
 * such clause.
 */
function pronounClauseOccasion(text: string, at: number, participants: number[], subject: number[]): number[] | undefined {
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:who|whom)\b/g)].pop();
  if (!opener || /[,;]/.test(text.slice((opener.index ?? 0) + opener[0].length, at))) return undefined;
  const clause = text.slice(opener.index ?? 0, at + 40);
  if (!/^,\s+whom\s+(?:he|she|they)\b|^,\s+who\b[^,;]*\b(?:him|her|them)\b/i.test(clause)) return undefined;
  const other = participants.filter((p) => !subject.includes(p));
  return subject.length === 1 && other.length === 1 ? [subject[0]!, other[0]!] : undefined;
}

/**
 * "met separately with A and B", "held separate talks with A and B", "met A
 * and B separately", "met A and, separately, B": "separate(ly)" just before the meeting word, right
 * after it, among its counterparts or right after the last of them tells one meeting
 * with each of them.
 */
function toldSeparately(text: string, at: number, objects: PersonMention[]): boolean {
  if (/\bseparate(?:ly)?\b/i.test(text.slice(Math.max(0, at - 20), at + 40))) return true;
  // "met A and, separately, B", "met A, B and C separately".
  const last = Math.max(...objects.map((m) => m.end));
  const lastStart = Math.max(...objects.map((m) => m.start));
  return Number.isFinite(last) && (/^[\s,]*separately\b/i.test(text.slice(last)) || /\bseparately\b/i.test(text.slice(at, lastStart)));
}

/**
 * "first met in October in Ashgabat, and again later that month in Kazan":
 * "and again" with no meeting word of its own tells the same people meeting
 * on another occasion, read from the words after it; the first meeting keeps
 * the words before. Undefined when the two stretches tell no different date
 * or city.
 */
function metAgainElliptically(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, segments: { from: number }[], countries: CountryMention[]): MeetingMention | undefined {
  const again = /,?\s+and\s+again\b/i.exec(sentence.text.slice(first.at));
  if (!again) return undefined;
  const from = first.at + again.index;
  if (segments.some((seg) => seg.from <= from + again[0].length + 40)) return undefined;
  const unplaced = { ...first, city: undefined, venue: undefined, countryCode: undefined, date: undefined };
  const before = placeAndDate(ctx, sentence, first.at, first.kind, { from: 0, to: from }, countries, unplaced);
  const rest = { from: from + again[0].length, to: sentence.text.length };
  const after = placeAndDate(ctx, sentence, first.at, first.kind, rest, countries, { ...unplaced, date: before.date });
  // "and again later that month": the month (or year) of the first meeting.
  const that = /\bthat (month|year)\b/i.exec(sentence.text.slice(rest.from, rest.to));
  if (that && before.date) after.date = /month/i.test(that[1]!) && before.date.month !== undefined ? { year: before.date.year, month: before.date.month, precision: 'MONTH' } : { year: before.date.year, precision: 'YEAR' };
  const otherDate = before.date !== undefined && after.date !== undefined && !datesCompatible(before.date, after.date);
  const otherCity = before.city !== undefined && after.city !== undefined && before.city !== after.city;
  if (!otherDate && !otherCity) return undefined;
  Object.assign(first, before);
  return { ...first, ...after, participants: [...first.participants], sources: [...first.sources], sibling: true };
}

/** A place name of up to three capitalised words: "Bamako", "Kuala Lumpur". */
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;

/** A coordinated list of place names: "Bamako and Ouagadougou", "Hanoi, Vientiane and Phnom Penh". */
const PLACE_LIST = new RegExp(`${PLACE_WORDS}(?:\\s*,\\s*${PLACE_WORDS})*,?\\s+and\\s+${PLACE_WORDS}`, 'gu');

/**
 * "visited Bamako and Ouagadougou on May 30, where he held talks with Goita
 * and Traore respectively": counterparts listed and closed by
 * "respectively" are one meeting each, each at the place of the same rank in
 * a list of as many known cities told before them. Undefined when no
 * "respectively" closes the list of counterparts.
 */
function eachRespectively(text: string, first: MeetingMention, subject: number[], counterparts: PersonMention[]): MeetingMention[] | undefined {
  const listed = [...new Map(counterparts.map((m) => [m.person, m])).values()].sort((a, b) => a.start - b.start);
  if (subject.length === 0 || listed.length < 2) return undefined;
  const last = listed[listed.length - 1]!;
  if (!/^[\s,]*respectively\b/i.test(text.slice(last.end))) return undefined;
  // The counterparts stand in one list: only commas, "and" and titles between them.
  if (listed.slice(1).some((m, i) => !OBJECT_TITLE.test(text.slice(listed[i]!.end, m.start)))) return undefined;
  const cities = citiesListedBefore(text.slice(0, listed[0]!.start), listed.length);
  const meetings = listed.map((m, i): MeetingMention => {
    const place = cities ? { city: cities[i]!.city, countryCode: cities[i]!.countryCode, venue: undefined } : {};
    return { ...first, ...place, participants: [...subject, m.person], sources: [...first.sources], sibling: i > 0 };
  });
  Object.assign(first, meetings[0]);
  return meetings.slice(1);
}

/** The last list of exactly `count` known cities in a text ("Bamako and Ouagadougou"), in order; undefined when there is none. */
function citiesListedBefore(text: string, count: number): { city: string; countryCode: string }[] | undefined {
  const lists = [...text.matchAll(PLACE_LIST)].map((m) =>
    m[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => ({ city: name.trim(), countryCode: countryOfCity(name.trim()) })),
  );
  const known = lists.filter((l) => l.length === count && l.every((c) => c.countryCode !== undefined)).pop();
  return known?.map((c) => ({ city: c.city, countryCode: c.countryCode! }));
}
