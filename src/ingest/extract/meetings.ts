/**
 * Meetings stage: sentences that state a meeting (met, held talks, will meet,
 * received, hosted, visited, a visit by … to …, a phone or video call, a joint
 * signing), with status from tense and cancel words, the place (venue, city,
 * country) and the people who take part. Mentions of the same meeting in one
 * article ("the talks", "Wednesday's meeting") are merged into one.
 */
import { findSeatOfGovernment, countryOfCity } from '../../countries/catalog.ts';
import { datesCompatible, finerDate } from '../dates.ts';
import type { ExtractedMeeting, ExtractedPerson, MeetingKind, MeetingStatus, PartialDate, SourceSpan } from '../types.ts';
import { warn, type ArticleContext, type ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { findDates, tenseOf } from './dates.ts';
import type { PersonMention } from './people.ts';

/** A meeting as one sentence states it. */
interface MeetingMention {
  sentence: number;
  /** Offset of the trigger word in the sentence. */
  at: number;
  kind: MeetingKind;
  status: MeetingStatus;
  participants: number[];
  /** "the talks", "Wednesday's meeting": refers back to a meeting already told. */
  anaphoric: boolean;
  date?: PartialDate;
  city?: string;
  venue?: string;
  countryCode?: string;
  sources: SourceSpan[];
}

/** Words that state a meeting. Plural nouns ("visits", "meetings", "conversations") are generic and left out. */
const TRIGGER =
  /\b(?:met|meet|meets|meeting|talks|summit|visit|visited|visiting|received|receives|hosted|hosts|hosting|welcomed|sat down with|shook hands|(?:tele)?phone (?:call|conversation)|spoke (?:by|on the) (?:tele)?phone|phoned|video ?(?:call|conference|link)|videoconference)\b/gi;

/** Verbs whose object must be a person for a meeting: "received Maduro", not "received support". */
const NEEDS_PERSON_OBJECT = /^(?:received|receives|welcomed|hosted|hosts|hosting)$/i;

const CANCELLED = /\b(?:called off|cancell?ed|cancell?ing|postponed|scrapped|put off|shelved)\b/i;

/** Verbs by which one person addresses another face to face: "X told Y that …". */
const INTERACTION = /^(?:told|assured|thanked|greeted|welcomed|informed|briefed|congratulated|embraced)$/i;

/** Meeting kind from the words of the sentence near the trigger. */
function kindOf(trigger: string, sentence: string): MeetingKind {
  if (/video/i.test(trigger) || /\bvideo ?(?:call|conference|link)\b|\bvideoconference\b|\bvirtual(?:ly)? (?:meeting|talks|summit)\b/i.test(sentence)) return 'VIDEO_CALL';
  if (/phone/i.test(trigger) || /\b(?:tele)?phone (?:call|conversation|talks)\b|\bby (?:tele)?phone\b|\bphoned\b/i.test(sentence)) return 'PHONE_CALL';
  return 'IN_PERSON';
}

function statusOf(sentence: string): MeetingStatus {
  if (CANCELLED.test(sentence)) return 'CANCELLED';
  if (tenseOf(sentence) === 'FUTURE' || /\b(?:plans? to|planned|scheduled|upcoming|is expected to|are expected to)\b/i.test(sentence)) return 'PLANNED';
  return 'HELD';
}

/** A noun trigger that points back: "the talks", "this meeting", "Wednesday's meeting", without "with"/"between"/"by" after. */
function isAnaphoric(sentence: string, at: number, trigger: string): boolean {
  if (!/^(?:meeting|talks|summit|visit)$/i.test(trigger)) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + trigger.length, at + trigger.length + 12);
  if (/^\s+(?:with|between|by)\b/i.test(after)) return false;
  return /\b(?:the|this|that|these|their)\s+(?:\w+\s+)?$/i.test(before) || /(?:'s|’s)\s+$/.test(before);
}

/** The place of a sentence: a seat of government after at/in, a city or a country after in/to/at. */
function placeOf(sentence: ReadSentence, countries: CountryMention[]): Pick<MeetingMention, 'city' | 'venue' | 'countryCode'> {
  const place: Pick<MeetingMention, 'city' | 'venue' | 'countryCode'> = {};
  for (const m of countries.filter((c) => c.sentence === sentence.index)) {
    const before = sentence.text.slice(Math.max(0, m.start - 16), m.start);
    if (!/\b(?:in|at|to|inside|visited|visit|visiting|arrived in|hosted in)\s+(?:the\s+)?$/i.test(before)) continue;
    if (m.kind === 'seat') {
      const seat = findSeatOfGovernment(m.text);
      place.venue ??= m.text;
      place.city ??= seat?.city;
      place.countryCode ??= m.code;
    } else if (m.kind === 'capital') {
      place.city ??= m.text;
      place.countryCode ??= m.code;
    } else if (m.kind === 'name' || m.kind === 'alias') {
      place.countryCode ??= m.code;
    }
  }
  if (!place.city) {
    const city = /\b(?:in|at|to)\s+((?:\p{Lu}[\p{L}.'-]+)(?:\s+\p{Lu}[\p{L}.'-]+){0,2})/gu;
    for (const m of sentence.text.matchAll(city)) {
      const code = countryOfCity(m[1]!);
      if (code) {
        place.city = m[1]!;
        place.countryCode ??= code;
        break;
      }
    }
  }
  if (place.city && place.countryCode === undefined) place.countryCode = countryOfCity(place.city);
  return place;
}

/** The date of a sentence nearest to the trigger; unresolved relative dates become warnings. */
function dateNear(ctx: ArticleContext, sentence: ReadSentence, at: number): PartialDate | undefined {
  const dates = findDates(sentence.text, ctx.publishedAt);
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  const usable = dates.filter((d) => d.date);
  usable.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  return usable[0]?.date;
}

/** People of a sentence who act in it: not quoted, not only owners of a thing ("Putin's support"). */
function actorsIn(sentence: ReadSentence, mentions: PersonMention[]): number[] {
  const out: number[] = [];
  for (const m of mentions.filter((x) => x.sentence === sentence.index && !x.quoted)) {
    const after = sentence.text.slice(m.end, m.end + 24);
    const before = sentence.text.slice(Math.max(0, m.start - 16), m.start);
    if (/^(?:'s|’s)\s+(?!(?:visit|meeting|talks|trip)\b)/.test(after)) continue;
    if (/\baccording to\s+$/i.test(before)) continue;
    if (!out.includes(m.person)) out.push(m.person);
  }
  return out;
}

/** Meeting mentions of one sentence (at most one: a sentence reports one meeting). */
function mentionIn(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], mentions: PersonMention[]): MeetingMention | undefined {
  const actors = actorsIn(sentence, mentions);
  for (const m of sentence.text.matchAll(TRIGGER)) {
    const trigger = m[0];
    const at = m.index ?? 0;
    if (NEEDS_PERSON_OBJECT.test(trigger)) {
      const objectStart = at + trigger.length;
      const hasPerson = mentions.some((p) => p.sentence === sentence.index && p.start >= objectStart && p.start <= objectStart + 40 && !/^(?:'s|’s)/.test(sentence.text.slice(p.end)));
      if (!hasPerson) continue;
    }
    const anaphoric = isAnaphoric(sentence.text, at, trigger);
    return {
      sentence: sentence.index,
      at,
      kind: kindOf(trigger, sentence.text),
      status: statusOf(sentence.text),
      participants: anaphoric ? [] : actors,
      anaphoric,
      date: dateNear(ctx, sentence, at),
      ...placeOf(sentence, countries),
      sources: [sentence.span],
    };
  }
  return undefined;
}

/**
 * A signing by people of two countries is a meeting: "Putin and his Venezuelan
 * counterpart Maduro on Wednesday signed a treaty in Moscow".
 */
function jointSigning(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): MeetingMention | undefined {
  const verb = /\bsign(?:ed|s)?\b/i.exec(sentence.text);
  if (!verb) return undefined;
  const signers = actorsIn(sentence, mentions).filter((p) => mentions.some((m) => m.person === p && m.sentence === sentence.index && m.start < verb.index));
  const nations = new Set(signers.map((p) => people[p]!.countryCode).filter(Boolean));
  if (signers.length < 2 || nations.size < 2) return undefined;
  return {
    sentence: sentence.index,
    at: verb.index,
    kind: 'IN_PERSON',
    status: statusOf(sentence.text),
    participants: signers,
    anaphoric: false,
    date: dateNear(ctx, sentence, verb.index),
    ...placeOf(sentence, countries),
    sources: [sentence.span],
  };
}

/**
 * Fills a meeting told without names ("a visit by a senior Kremlin official to
 * Caracas") from the next sentence when two people of different countries
 * address each other there ("Deputy Prime Minister X told Vice President Y …").
 */
function fillFromInteraction(ctx: ArticleContext, m: MeetingMention, mentions: PersonMention[], people: ExtractedPerson[]): void {
  if (m.participants.length > 0 || m.anaphoric) return;
  for (const index of [m.sentence, m.sentence + 1]) {
    const s = ctx.sentences[index];
    if (!s) continue;
    const actors = actorsIn(s, mentions);
    if (actors.length < 2) continue;
    const [a, b] = actors as [number, number];
    const ca = people[a]!.countryCode;
    const cb = people[b]!.countryCode;
    const first = mentions.find((x) => x.sentence === index && x.person === a)!;
    const second = mentions.find((x) => x.sentence === index && x.person === b)!;
    const between = s.tokens.filter((t) => t.start >= first.end && t.end <= second.start);
    if (ca && cb && ca !== cb && between.some((t) => INTERACTION.test(t.text))) {
      m.participants = [a, b];
      if (index !== m.sentence) m.sources.push(s.span);
      return;
    }
  }
}

function compatible(a: MeetingMention, b: MeetingMention): boolean {
  if (a.kind !== b.kind) return false;
  if (a.date && b.date && !datesCompatible(a.date, b.date)) return false;
  if (a.city && b.city && a.city !== b.city) return false;
  if (a.countryCode && b.countryCode && a.countryCode !== b.countryCode) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return b.anaphoric || a.anaphoric;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  if (shared.length === 0) return false;
  // Two different pairs sharing one person ("X met Y", "X met Z") are two meetings.
  const aInB = a.participants.every((p) => b.participants.includes(p));
  const bInA = b.participants.every((p) => a.participants.includes(p));
  return aInB || bInA;
}

function merge(into: MeetingMention, m: MeetingMention): void {
  for (const p of m.participants) if (!into.participants.includes(p)) into.participants.push(p);
  if (m.date) into.date = into.date ? finerDate(into.date, m.date) : m.date;
  into.city ??= m.city;
  into.venue ??= m.venue;
  into.countryCode ??= m.countryCode;
  if (m.status === 'CANCELLED') into.status = 'CANCELLED';
  for (const s of m.sources) if (!into.sources.some((x) => x.position === s.position)) into.sources.push(s);
}

/** The meetings of an article, with the sentence indexes each was told in (for linking agreements). */
export interface MeetingsResult {
  meetings: ExtractedMeeting[];
  sentencesOf: number[][];
}

/** Extracts the meetings of an article. */
export function extractMeetings(ctx: ArticleContext, countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingsResult {
  const found: MeetingMention[] = [];
  for (const s of ctx.sentences) {
    const m = jointSigning(ctx, s, countries, mentions, people) ?? mentionIn(ctx, s, countries, mentions);
    if (!m) continue;
    fillFromInteraction(ctx, m, mentions, people);
    found.push(m);
  }
  const clusters: MeetingMention[] = [];
  // Mentions with people first, so "the talks" finds the meeting it points back to wherever it stands.
  for (const m of [...found].sort((a, b) => Number(a.participants.length === 0) - Number(b.participants.length === 0))) {
    const target = clusters.find((c) => compatible(c, m));
    if (target) merge(target, m);
    else if (m.participants.length > 0) clusters.push({ ...m, sources: [...m.sources], participants: [...m.participants] });
  }
  clusters.sort((a, b) => a.sentence - b.sentence);
  return {
    meetings: clusters.map((c) => toMeeting(c, people)),
    sentencesOf: clusters.map((c) => c.sources.map((s) => ctx.sentences.findIndex((x) => x.start === s.position))),
  };
}

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
