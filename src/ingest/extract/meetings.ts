/**
 * Meetings stage: sentences that state a meeting (met, held talks, will meet,
 * received, hosted, visited, a visit by … to …, a phone or video call, a joint
 * signing), with status from tense and cancel words, the place (venue, city,
 * country) and the people who take part. Mentions of the same meeting in one
 * article ("the talks", "Wednesday's meeting") are merged into one.
 */
import { datesCompatible, finerDate } from '../dates.ts';
import type { ExtractedMeeting, ExtractedPerson, MeetingKind, MeetingStatus, PartialDate, SourceSpan } from '../types.ts';
import { warn, type ArticleContext, type ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { clauseAt, findDates, findDatesWithPrevious, leadOf, parseIsoDay, PAST_VERB, tenseAt, tenseOf } from './dates.ts';
import { isSpeaker, PAIR_REFERENCE as TWO_OF_THEM, referencesIn, type Reference } from './coref.ts';
import { inRanges, quotedRanges } from '../text.ts';
import { daysFromPublication, placeFromArrival, placeFromHere, placeFromSameTrip, placeLeadFromDateline, placeOf } from './meetingPlaces.ts';
import type { PersonMention } from './people.ts';

/** A meeting as one sentence states it. */
export interface MeetingMention {
  sentence: number;
  /** Offset of the trigger word in the sentence. */
  at: number;
  kind: MeetingKind;
  status: MeetingStatus;
  participants: number[];
  /** "the talks", "Wednesday's meeting": refers back to a meeting already told. */
  anaphoric: boolean;
  /** "the two leaders met": the pair of the meeting told last, filled in when meetings are gathered. */
  pair: boolean;
  /** The kind is only implied ("X and Y spoke"): it takes the kind of the meeting it joins. */
  kindImplied: boolean;
  /** Told only as a joint signing: it adds to a meeting told otherwise, never stands alone. */
  signingOnly: boolean;
  /** The mentions gathered into a meeting with people (sentence, offset, whether a later meeting of its sentence), so two meetings one sentence tells apart stay apart. */
  members?: { sentence: number; at: number; sibling: boolean }[];
  /** "received the two ministers": the pair of the meeting told last is the object, beside the people the sentence names. */
  pairObject?: boolean;
  /** A later meeting of a sentence that tells several: it shares the date of the sentence's first meeting when it has none. */
  sibling?: boolean;
  /** Told as before the story's time ("had met", "last met"): an earlier occasion, not the story's meeting. */
  earlier?: boolean;
  date?: PartialDate;
  city?: string;
  venue?: string;
  countryCode?: string;
  /** The city is only the default of a venue's name ("State House" → Nairobi), which the story's own place may overrule. */
  seatOnly?: boolean;
  sources: SourceSpan[];
}

/** Words that state a meeting. Plural nouns ("visits", "meetings", "conversations") are generic and left out. */
const TRIGGER =
  /\b(?:met|meet|meets|meeting|separate meetings|talks|summit|visit|visited|visiting|received|receives|receive|hosted|hosts|hosting|host|welcomed|welcome|(?:paid|pay|pays|paying) (?:a )?(?:courtesy )?call on|call(?:s|ed|ing)? on|sat down with|shook hands|(?:dinner|lunch|luncheon|breakfast|banquet|iftar) with|(?:tele)?phone (?:call|conversation)|(?:spoke|speak|speaks|talked|talk) (?:separately )?(?:by|on the|over the) (?:tele)?phone|(?:spoke|speak|speaks|talked) (?:with|to)|phoned|telephoned|video ?(?:call|conference|link)|videoconference)\b/gi;
/** TRIGGER without the global flag: a stateless `test` (a global regex keeps `lastIndex` between calls). */
const TRIGGER_IN = new RegExp(TRIGGER.source, 'i');

/**
 * "signed by A and B during a virtual summit between Modi and Sheikh
 * Mohamed": a meeting noun with "between" names its participants; the
 * others of the sentence (here the signatories) are not at it.
 */
function namedAfterBetween(sentence: ReadSentence, at: number, trigger: string, participants: number[], mentions: PersonMention[]): number[] {
  const after = sentence.text.slice(at + trigger.length);
  const between = /^\s+between\s+/i.exec(after);
  if (!between) return participants;
  const from = at + trigger.length + between[0].length;
  const end = /[,;:]|\.(?:\s|$)/.exec(sentence.text.slice(from));
  const to = end ? from + end.index : sentence.text.length;
  const named = participants.filter((p) => mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start >= from && m.start < to));
  return named.length >= 2 ? named : participants;
}

/** The relative clauses of a sentence set off by commas: ", who is accompanying Pezeshkian,", ", who was killed in May". */
function asides(text: string): { from: number; to: number }[] {
  // Also a stretch between dashes or in brackets: "where Xi — fresh from a third term last month — welcomed him".
  // And a participle phrase about a person: "Xi, widely expected to succeed Hu this year, travels …".
  // And a past-participle phrase about a thing: "Negotiations on a trade pact, launched in 2022, are continuing"
  // (not one that times an event: "a meeting between X and Y, pencilled in for Wednesday, …").
  return [...text.matchAll(/,\s+(?:who|whom|whose|which)\b[^,;]*|,\s+(?:first\s+|originally\s+|only\s+)?(?:(?!(?:scheduled|planned|pencil+ed|slated|billed|held|postponed|rescheduled|delayed|moved|brought|called)\b)\p{Ll}+ed|begun|built|set up|won|made|taken|written|drawn up)\s+(?:in|on|during|back in|last|since)\s[^,;]*|,\s+(?:(?:widely|long|still|also)\s+)?(?:expected|tipped|seen|poised|likely)\s+to\b[^,;]*(?=,)|\s[—–]\s[^—–]{1,120}\s[—–]\s|\s\([^()]{1,120}\)/gu)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
}

/**
 * An aside right after the meeting's own phrase ("talks at the climate
 * summit, which …") tells of the meeting; one about a person (", who arrived
 * on Monday") tells of that person.
 */
function describesMeeting(text: string, at: number, asideFrom: number): boolean {
  if (/^,\s+(?:who|whom|whose)\b/.test(text.slice(asideFrom))) return false;
  return asideFrom > at && asideFrom - at <= 40 && !/[,;]/.test(text.slice(at, asideFrom));
}

/** The sentence with the asides that tell another meeting blanked ("…, whom she hosted in Rome in January"), so their place is not this one's. */
function withoutOtherMeetings(sentence: ReadSentence, at: number): ReadSentence {
  const other = asides(sentence.text).filter((r) => !(at >= r.from && at < r.to) && TRIGGER_IN.test(sentence.text.slice(r.from, r.to)));
  if (other.length === 0) return sentence;
  const text = sentence.text.replace(/[^]/g, (ch, i: number) => (other.some((r) => i >= r.from && i < r.to) ? ' ' : ch));
  return { ...sentence, text };
}

/**
 * True when offset `i` lies in an aside that does not hold offset `at` (the
 * meeting word) and does not describe it: "the climate summit COP29, which
 * Baku will host in November" dates the summit.
 */
function inAsideAwayFrom(text: string, i: number, at: number): boolean {
  return asides(text).some((r) => i >= r.from && i < r.to && !(at >= r.from && at < r.to) && !describesMeeting(text, at, r.from));
}

/**
 * "Araghchi, who is accompanying Pezeshkian, met his Iraqi counterpart":
 * a person named only inside a relative clause that does not tell the
 * meeting is not at it. People found by reference stay.
 */
function notOnlyAside(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
  const here = mentions.filter((m) => m.sentence === sentence.index);
  return participants.filter((p) => {
    const own = here.filter((m) => m.person === p);
    return own.length === 0 || own.some((m) => !inAsideAwayFrom(sentence.text, m.start, at));
  });
}

/**
 * The participants named on the meeting's side of a cancel verb: "X had been
 * due to hold talks with Y, but the meeting was postponed as protesters led by
 * Z …" is X and Y. People the sentence does not name (found by reference) stay.
 */
function namedWithin(sentence: ReadSentence, region: { from: number; to: number }, participants: number[], mentions: PersonMention[]): number[] {
  const here = mentions.filter((m) => m.sentence === sentence.index);
  return participants.filter((p) => {
    const own = here.filter((m) => m.person === p);
    return own.length === 0 || own.some((m) => m.start < region.to);
  });
}

/**
 * "A and B spoke for two hours, before the foreign ministers, X and Y, signed
 * four agreements": people named only in a later clause with a subject of its
 * own (opened by before/after/while/as/when and a new noun phrase), or with a
 * gerund of another act ("before returning with X and Y"), that tells no
 * meeting are not at this one, when two people are named before it.
 */
function notInLaterClause(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
  const text = sentence.text;
  const opener = /,?\s(?:before|after|while|as|when|whereas|once)\s+(?:\p{Ll}+ing(?=\s+(?:with|to|from)\b)|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:(?:former|late|then)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,5}\p{Lu}[\p{L}-]+(?=\s+(?:was|were|is|are|had|has|\p{Ll}+ed)\b))\s/gu;
  opener.lastIndex = at;
  const m = opener.exec(text);
  if (!m) return participants;
  const from = m.index;
  const end = /[;]|\.(?:\s|$)/.exec(text.slice(from));
  const to = end ? from + end.index : text.length;
  if (TRIGGER_IN.test(text.slice(from, to))) return participants;
  const here = mentions.filter((x) => x.sentence === sentence.index);
  const before = participants.filter((p) => here.some((x) => x.person === p && x.start < from) || !here.some((x) => x.person === p));
  if (before.length < 2) return participants;
  return before;
}

/**
 * The source a sentence cites after its meeting: ", a senior official told
 * Al Jazeera, …" or ", officials in Astana said." at its end. Undefined when
 * it cites none after the trigger.
 */
function sourceAfter(text: string, at: number): { from: number; to: number } | undefined {
  const clause = SOURCE_CLAUSE.exec(text.slice(at));
  if (clause) return { from: at + clause.index, to: at + clause.index + clause[0].length };
  const end = ATTRIBUTION.exec(text);
  return end && end.index > at ? { from: end.index, to: text.length } : undefined;
}

/** People named only in the source a sentence cites (", a senior Somali official told Al Jazeera,") are not at its meeting. */
function notOnlySource(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
  const source = sourceAfter(sentence.text, at);
  if (!source) return participants;
  const here = mentions.filter((m) => m.sentence === sentence.index);
  return participants.filter((p) => {
    const own = here.filter((m) => m.person === p);
    return own.length === 0 || own.some((m) => m.start < source.from || m.start >= source.to);
  });
}

/** "The two leaders", "both sides", and "the pair" as the subject of a meeting verb ("The pair held talks …"). */
const PAIR_REFERENCE = new RegExp(`${TWO_OF_THEM.source}|\\bthe pair (?=(?:\\w+ ){0,2}(?:met|meet|held|hold|spoke|talked)\\b)`, 'i');

/** "X and Y spoke for 40 minutes": a conversation whose medium another sentence tells. */
const PAIR_SPOKE = /\band\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:,[^,.]{1,50},)?\s+(?:(?:last|first|also|later|previously|briefly|again|then|have|has|had)\s+)?(spoke|talked)\b/u;

/** "The two leaders spoke for about an hour": the pair of the meeting told before, in a conversation whose medium that meeting tells. */
const PAIR_REFERENCE_SPOKE = new RegExp(`(?:${PAIR_REFERENCE.source})\\s+(?:(?:also|later|briefly|then|last|first|again)\\s+)?(spoke|talked)\\b(?!\\s+(?:of|about)\\b)`, 'i');

/** "a meeting of G20 foreign ministers", "a summit of leaders": a gathering, not an encounter of named people. */
const MULTILATERAL = /^\s+of\s+(?!the two\b)/i;

/** Triggers that tell a conversation without its medium. */
const MEDIUM_UNKNOWN = /^(?:spoke|speak|speaks|talked|talk)(?: with| to)?$/i;

/** Verbs whose object must be a person for a meeting: "received Maduro", not "received support". */
const NEEDS_PERSON_OBJECT = /^(?:received|receives|receive|welcomed|welcome|hosted|hosts|hosting|host|.*\bcall(?:s|ed|ing)? on)$/i;

/** "called on Iraqi President Rashid at Baghdad Palace" is a visit; "called on Putin to end the war" is a plea. */
const CALL_ON = /\bcall(?:s|ed|ing)? on$/i;

/** "called on the Kenyan President to end": a description of a person, then "to" and a verb. */
const DESCRIBED_PLEA = /^\s+the\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{L}/u;

/** What follows the person of "called on X" when it is a plea: "to end", ", the rebels' leader, to lay down". */
const PLEA_AFTER = /^(?:\s*,[^,.;]{1,60},)?\s+to\s+\p{L}/u;

/**
 * True when "called on" asks someone to act rather than visits them: "to"
 * and a verb follow the person ("called on Putin to end the war"), or come
 * before any person ("called on South Africa to press Mnangagwa").
 */
function pleaAfterCallOn(text: string, objectStart: number, object: PersonMention | undefined): boolean {
  // With no named object the person is a pronoun ("called on him") or a description ("called on the Kenyan President").
  const pronoun = /^\s+(?:him|her|them)\b/i.exec(text.slice(objectStart));
  if (!object && !pronoun) return DESCRIBED_PLEA.test(text.slice(objectStart));
  const end = object ? object.end : objectStart + (pronoun?.[0].length ?? 0);
  if (object && /\bto\s+\p{L}/u.test(text.slice(objectStart, object.start))) return true;
  return PLEA_AFTER.test(text.slice(end));
}

/** "had been due to hold talks": a plan told in the past perfect is one that did not happen. */
const FELL_THROUGH = /\bhad (?:originally |initially |first )?been (?:due|scheduled|expected|set|slated|supposed|planned|penciled|pencilled)(?: in)? (?:to|for)\b/i;

const CANCELLED = /\b(?:called off|cancell?ed|cancell?ing|postponed|scrapped|put off|shelved)\b/i;

/** Verbs by which one person addresses another face to face: "X told Y that …". */
const INTERACTION = /^(?:told|assured|thanked|greeted|welcomed|informed|briefed|congratulated|embraced)$/i;

/** Where one coordinated clause gives way to the next: "…, and they have not spoken by telephone since". */
const COORDINATED = /;|,\s*(?:and|but|while|whereas)\b|\s(?:but|while|whereas)\s/gi;

/**
 * The coordinated clause a trigger stands in, whose words tell the medium:
 * "last met face to face in Mendoza, and have not spoken by telephone since"
 * tells an encounter, not a call.
 */
function kindClause(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(COORDINATED)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) from = i + m[0].length;
    else if (i >= at) {
      to = i;
      break;
    }
  }
  return text.slice(from, to);
}

/** Meeting kind from the words of the sentence near the trigger. */
function kindOf(trigger: string, sentence: string): MeetingKind {
  if (/video/i.test(trigger) || /\bvideo ?(?:call|conference|link)\b|\bvideoconference\b|\bvirtual(?:ly)? (?:meeting|talks|summit)\b/i.test(sentence)) return 'VIDEO_CALL';
  if (/phone/i.test(trigger) || /\b(?:tele)?phone (?:call|conversation|talks)\b|\bby (?:tele)?phone\b|\bphoned\b/i.test(sentence)) return 'PHONE_CALL';
  return 'IN_PERSON';
}

/** An invitation to visit, accepted or extended, is a planned visit: "accepted an invitation from the king to visit Rabat". */
const INVITATION = /\b(?:accepted (?:an |the |a )?(?:(?:\p{Lu}[\p{L}-]*\s+){0,4}[\p{L}-]+(?:'s|’s) )?invitation|invited \S+(?: \S+){0,3}? to (?:visit|come|(?:make|pay) (?:an? |a return )?(?:\w+ )?visit)|invitation to visit)\b/iu;

/** Words of a plan: "plans to", "the planned visit", "is expected to". */
const PLAN = /\b(?:plans? to|planned|scheduled|upcoming|expects? to|expected to|hopes? to|hoped to)\b/i;

/**
 * The status of the meeting a trigger at `at` tells: cancelled when the
 * sentence calls it off; planned when the trigger's own clause is future or
 * speaks of a plan, or the sentence tells an invitation; held otherwise. The
 * clause, not the sentence, decides: "X and Y on Monday signed a memorandum
 * under which Albania will host …" tells a signing that happened.
 */
function statusOf(sentence: string, at: number): MeetingStatus {
  const clause = clauseAt(sentence, at);
  // "The signing had originally been set for May 7, with a delegation scheduled to meet X that day": a meeting in
  // a clause with no verb of its own tense hangs on the plan that fell through, and fell through with it.
  // A participle with its agent ("a delegation led by X") describes a noun; it is not the clause's verb.
  const finite = clause.replace(/\b\p{L}+\s+by\b/gu, ' ');
  const ownTense = PAST_VERB.test(finite) || /\b(?:will|would|shall|is|are|am)\b/i.test(finite);
  if (CANCELLED.test(sentence) || FELL_THROUGH.test(clause) || (FELL_THROUGH.test(sentence) && !ownTense)) return 'CANCELLED';
  // "scuttling what would have been their first face-to-face meeting": a meeting that would have been did not take place.
  if (/\bwould have been\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(sentence.slice(Math.max(0, at - 60), at))) return 'CANCELLED';
  // "last spoke in November, when X invited him to visit Ankara": an invitation told after the meeting's clause is another event.
  const clauseEnd = sentence.indexOf(clause, Math.max(0, at - clause.length)) + clause.length;
  if (tenseAt(sentence, at) !== 'PAST' || INVITATION.test(sentence.slice(0, Math.max(clauseEnd, at))) || PLAN.test(clause)) return 'PLANNED';
  // "X and Y would come to Washington to meet him": a meeting in an infinitive a future verb governs is a plan.
  if (/\b(?:would|will|shall)\s+(?![^.;]*\b(?:have|had)\b)(?:[\p{L}'’-]+,?\s+){0,6}to\s+$/iu.test(sentence.slice(Math.max(0, at - 80), at))) return 'PLANNED';
  // "travels to Washington next week for talks": the present with a date ahead tells a plan.
  if (AHEAD.test(clause) && !PAST_VERB.test(clause)) return 'PLANNED';
  return 'HELD';
}

/** A noun trigger that points back: "the talks", "this meeting", "Wednesday's meeting", without "with"/"between"/"by" after. */
function isAnaphoric(sentence: string, at: number, trigger: string): boolean {
  if (!/^(?:meeting|talks|summit|visit)$/i.test(trigger)) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + trigger.length, at + trigger.length + 12);
  if (/^\s+(?:with|between|by)\b/i.test(after)) return false;
  // "held their annual summit" tells an event; "their summit" alone points back.
  if (heldBefore(sentence, { text: trigger, at })) return false;
  // "Wednesday's meeting", "last week's talks" point back; "Aliyev's visit" tells a visit.
  return /\b(?:the|this|that|these|their)\s+(?:\w+\s+)?$/i.test(before) || /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|weekend)(?:'s|’s)\s+$/i.test(before);
}

/** Date words that look ahead: they cannot date a meeting that was held ("ahead of the handover later this month"). */
const AHEAD = /\b(?:later this|next(?! (?:day|morning|evening|afternoon))|tomorrow|coming)\b/i;

/** "the first meeting since Thuong took office in March": a date in a "since" clause after the trigger dates something else. */
function afterSince(text: string, at: number, dateAt: number): boolean {
  // "The visit follows a row in April": the date of what it follows.
  // "The summit crowns a rapprochement that began in March": the date of what a relative clause tells.
  return dateAt > at && /\b(?:since|follows|followed|comes after|came after|that began|which began)\b/i.test(text.slice(at, dateAt));
}

/** "on the same day", "that day": a day the story told before. */
const THAT_DAY = /\b(?:that|the same) (?:day|date|evening|morning|afternoon|night)\b/i;

/**
 * The sentence a sentence's "that day" looks back to: the one right before, or,
 * when that one tells no day ("EDU II is a subsidiary of …"), the nearest of the
 * three before it that does.
 */
function previousTelling(ctx: ArticleContext, sentence: ReadSentence): string | undefined {
  const previous = ctx.sentences[sentence.index - 1]?.text;
  if (previous === undefined || !THAT_DAY.test(sentence.text)) return previous;
  const tellsDay = (text: string) => findDates(text, ctx.publishedAt).some((d) => d.date?.precision === 'DAY');
  if (tellsDay(previous)) return previous;
  for (let back = 2; back <= 3; back++) {
    const s = ctx.sentences[sentence.index - back];
    if (s && tellsDay(s.text)) return s.text;
  }
  return previous;
}

/** The date of a sentence nearest to the trigger; unresolved relative dates become warnings. */
function dateNear(ctx: ArticleContext, sentence: ReadSentence, at: number, status: MeetingStatus): PartialDate | undefined {
  const dates = findDatesWithPrevious(sentence.text, previousTelling(ctx, sentence), ctx.publishedAt, leadOf(ctx.sentences.map((x) => x.text), ctx.publishedAt));
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  // A plan is not dated long before the story ("on Tuesday, the anniversary of the 1974 revolution").
  const impossible = (d: PartialDate) => status === 'PLANNED' && longBeforePublication(d, ctx.publishedAt);
  // "X said Wednesday that … what would have been their first meeting": the day of a saying is not the day of what it reports.
  const ofSaying = (d: { index: number }) => /\b(?:said|says|told reporters|announced|stated|confirmed|disclosed)\s+(?:on\s+)?$/i.test(sentence.text.slice(Math.max(0, d.index - 30), d.index));
  // "The last talks between them before Monday were held in January 2019": a date after "before" or "until" bounds the meeting, it does not date it.
  const bound = (d: { index: number; text: string }) => /\b(?:before|until|till|prior to)\s+$/i.test(sentence.text.slice(Math.max(0, d.index - 12), d.index)) || /^(?:before|until|till)\b/i.test(d.text);
  const usable = dates.filter((d) => d.date && !(status === 'HELD' && AHEAD.test(d.text)) && !impossible(d.date) && !afterSince(sentence.text, at, d.index) && !inAsideAwayFrom(sentence.text, d.index, at) && !ofSaying(d) && !bound(d));
  usable.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  const nearest = usable[0]?.date;
  // "at the 2023 summit in Hiroshima later this month": a finer date of the same year says more.
  const finer = nearest?.precision === 'YEAR' ? usable.find((d) => d.date!.precision !== 'YEAR' && datesCompatible(nearest, d.date!)) : undefined;
  return finer?.date ?? nearest;
}

/** An attribution closing a sentence: ", officials in Astana said.", ", according to the ministry." */
const ATTRIBUTION = /,\s+(?:[^,"“”]{0,60}?\s)?(?:said|says|told reporters|added|reported)(?:\s+[\w.]+){0,4}[.!?"”]*\s*$|,\s+according to\b[^,]*$/i;

/** A source speaking in mid-sentence after the meeting: ", Foreign Minister X told reporters in Bogota, adding that …". */
const SOURCE_CLAUSE = /,\s+(?:[^,"“”]{0,80}?\s)?(?:said|told reporters|told journalists|told a news conference|told (?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=,))\b(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,/u;

/**
 * The stretch of a sentence that tells the meeting itself, where its date
 * and place are read: not the attribution at the end (", officials in Astana
 * said"), and for a cancelled meeting only the side of the cancel verb the
 * meeting is on ("had been due to hold talks in New Delhi in January, but
 * called off the visit … to return to Washington"; "on Tuesday called off a
 * visit to Denmark").
 */
function meetingRegion(text: string, at: number, status: MeetingStatus): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  const attribution = ATTRIBUTION.exec(text) ?? SOURCE_CLAUSE.exec(text.slice(at));
  const attributionAt = attribution ? (attribution.input === text ? attribution.index : at + attribution.index) : -1;
  if (attribution && attributionAt > at) to = attributionAt;
  const cancel = status === 'CANCELLED' ? CANCELLED.exec(text) : null;
  if (cancel) {
    if (cancel.index > at) to = Math.min(to, cancel.index);
    else from = cancel.index;
  }
  return { from, to };
}

/** The sentence with everything outside a region blanked, offsets kept. */
function within(sentence: ReadSentence, region: { from: number; to: number }): ReadSentence {
  const text = sentence.text.replace(/[^]/g, (ch, i: number) => (i >= region.from && i < region.to ? ch : ' '));
  return { ...sentence, text };
}

/** People of a sentence who only speak in it: "X said", "…, spokesman X said". */
function speakersIn(sentence: ReadSentence, mentions: PersonMention[]): number[] {
  return mentions.filter((m) => m.sentence === sentence.index && !m.quoted && isSpeaker(sentence, m)).map((m) => m.person);
}

/** People of a sentence who act in it: not quoted, not speakers, not only owners of a thing ("Putin's support"). */
function actorsIn(sentence: ReadSentence, mentions: PersonMention[]): number[] {
  const out: number[] = [];
  for (const m of mentions.filter((x) => x.sentence === sentence.index && !x.quoted)) {
    const after = sentence.text.slice(m.end, m.end + 24);
    const before = sentence.text.slice(Math.max(0, m.start - 16), m.start);
    if (/^(?:'s|’s)\s+(?!(?:\w+\s+)?(?:visit|meeting|talks|trip|invitation)\b)/.test(after)) continue;
    if (/\baccording to\s+$/i.test(before)) continue;
    if (isSpeaker(sentence, m)) continue;
    if (!out.includes(m.person)) out.push(m.person);
  }
  return out;
}

/** True when every day a partial date can name lies more than a month before the publication day: another occasion than the story's. */
function longBeforePublication(date: PartialDate, publishedAt: string | undefined): boolean {
  const pub = parseIsoDay(publishedAt);
  if (!pub) return false;
  const lastDay = Date.UTC(date.year, date.month ? date.month - 1 : 11, date.day ?? (date.month ? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() : 31));
  return Date.UTC(pub.year, pub.month - 1, pub.day) - lastDay > 31 * 86_400_000;
}

/** True when every day a partial date can name lies after the publication day. */
function afterPublication(date: PartialDate, publishedAt: string | undefined): boolean {
  const pub = parseIsoDay(publishedAt);
  if (!pub) return false;
  const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
  const last = key(date.year, date.month ?? 12, date.day ?? 31);
  const first = key(date.year, date.month ?? 1, date.day ?? 1);
  return first > key(pub.year, pub.month, pub.day) && last > key(pub.year, pub.month, pub.day);
}

/**
 * "will travel to Anuradhapura and then to Jaffna, where he is scheduled to
 * meet X": a meeting told after ", where" is at the place named just before
 * it, not at the first place of the sentence. Undefined when the trigger's
 * clause is not opened by "where" or no known city stands right before it.
 */
function placeBeforeWhere(sentence: ReadSentence, countries: CountryMention[], at: number): Pick<MeetingMention, 'city' | 'venue' | 'countryCode'> | undefined {
  const where = [...sentence.text.slice(0, at).matchAll(/,\s+where\b/g)].pop();
  if (!where || /[,;]/.test(sentence.text.slice((where.index ?? 0) + where[0].length, at))) return undefined;
  const end = where.index ?? 0;
  const prep = [...sentence.text.slice(Math.max(0, end - 60), end).matchAll(/\b(?:in|to|at)\s+/g)].pop();
  if (!prep) return undefined;
  const from = Math.max(0, end - 60) + (prep.index ?? 0);
  const place = placeOf(within(sentence, { from, to: end }), countries.filter((c) => c.sentence !== sentence.index || (c.start >= from && c.end <= end)), from);
  return place.city ? place : undefined;
}

/** The parts of a meeting mention every way of finding one shares. */
function baseMention(ctx: ArticleContext, sentence: ReadSentence, at: number, kind: MeetingKind, countries: CountryMention[]): MeetingMention {
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
    earlier: EARLIER.test(clauseAt(sentence.text, at)) || (date !== undefined && longBeforePublication(date, ctx.publishedAt)),
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

/**
 * A meeting told in a relative clause is between the person the clause hangs
 * on and the people named inside it: "Blinken arrived a day after Modi, who
 * was received at the airport on Sunday by Marape, who bent to …" is Modi and
 * Marape, not Blinken. Undefined when the trigger is in no such clause or it
 * names fewer than two people.
 */
function relativeClauseParticipants(sentence: ReadSentence, at: number, mentions: PersonMention[]): number[] | undefined {
  const text = sentence.text;
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:who|whom)\b/g)].pop();
  if (!opener || /[,;]/.test(text.slice((opener.index ?? 0) + opener[0].length, at))) return undefined;
  const from = opener.index ?? 0;
  const close = /,\s+(?:who|whom|which|where|when)\b|[;]/.exec(text.slice(at));
  const to = close ? at + close.index : text.length;
  const here = mentions.filter((m) => m.sentence === sentence.index && !m.quoted);
  const antecedent = here.filter((m) => m.end <= from && /^[\s'’s]*$/.test(text.slice(m.end, from))).pop();
  if (!antecedent) return undefined;
  const inside = here.filter((m) => m.start > from && m.end <= to && !/^(?:'s|’s)/.test(text.slice(m.end))).map((m) => m.person);
  const people = [...new Set([antecedent.person, ...inside])];
  return people.length >= 2 ? people : undefined;
}

/**
 * The participants of a meeting sentence: the people named acting in it, then,
 * while fewer than two, the people it refers to ("he met Mr Albanese",
 * "the Moroccan monarch … held talks with Buhari"). "The two leaders met"
 * marks the mention as the pair of the meeting told last.
 */
function participantsOf(ctx: ArticleContext, sentence: ReadSentence, mention: MeetingMention, countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): void {
  const relative = relativeClauseParticipants(sentence, mention.at, mentions);
  if (relative) {
    mention.participants = relative;
    return;
  }
  const actors = actorsIn(sentence, mentions);
  if (actors.length < 2 && !mention.anaphoric) {
    for (const r of referencesIn(ctx, sentence, people, mentions, countries)) {
      const person = r.form === 'pronoun' && r.at === 0 ? openingSubject(ctx, sentence, people, mentions, countries) ?? r.person : r.person;
      if (!actors.includes(person)) actors.push(person);
    }
  } else if (!mention.anaphoric) {
    // "He and Sir Keir first met …": a pronoun joined by "and" to a name in the meeting's subject is a participant too.
    // Opening the sentence, the pronoun is the subject of the sentence before: "Putin visited … when he met Kim's father. He and Kim Jong Un last met …".
    const opener = mentions.find((m) => m.sentence === sentence.index - 1 && !m.quoted);
    for (const r of referencesIn(ctx, sentence, people, mentions, countries)) {
      if (r.form !== 'pronoun' || !coordinatedSubject(sentence.text, r.at, mention.at)) continue;
      const person = /^\W*$/.test(sentence.text.slice(0, r.at)) && opener ? opener.person : r.person;
      if (!actors.includes(person)) actors.push(person);
    }
  }
  const pair = PAIR_REFERENCE.exec(sentence.text);
  const pairActs = pair !== null && pairTakesPart(sentence.text, pair, mention.at);
  // "Putin said in his meeting with Maduro": a speaker is a participant when nobody else could be.
  // Not the source the sentence ends on: "Tinubu accepted an invitation to visit Ghana, Onanuga said."
  const attribution = ATTRIBUTION.exec(sentence.text);
  const source = (p: number) => attribution !== null && attribution.index > mention.at && mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start > attribution.index);
  const withSpeakers = [...actors, ...speakersIn(sentence, mentions).filter((p) => !actors.includes(p) && !source(p))];
  // "X announced the decision with Y after the two leaders held talks": the pair is named in the sentence itself.
  const namedPair = withSpeakers.length === 2 && people[withSpeakers[0]!]!.countryCode !== people[withSpeakers[1]!]!.countryCode;
  if (actors.length < 2 && !mention.anaphoric && pairActs && !namedPair) {
    mention.pair = true;
    // "The two men had held talks on Wednesday, shortly after Ruto's delegation arrived": past the meeting's own
    // clause, a person named is not a third participant of the pair's meeting.
    const end = /[,;]|\s(?:after|before|when|while|as|since|where|because)\s/i.exec(sentence.text.slice(mention.at));
    const to = end ? mention.at + end.index : sentence.text.length;
    const inClause = (p: number) => mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start < to);
    actors.splice(0, actors.length, ...actors.filter(inClause));
  }
  else if (actors.length < 2) actors.splice(0, actors.length, ...[...new Set(withSpeakers)]);
  else {
    // "Trump said X and Y would come to Washington to meet him": the meeting verb's object pronoun is the speaker.
    const trigger = TRIGGER_IN.exec(sentence.text.slice(mention.at));
    const objectPronoun = trigger !== null && trigger.index === 0 && /^\s+(?:him|her)\b/i.test(sentence.text.slice(mention.at + trigger[0].length));
    const speakers = speakersIn(sentence, mentions).filter((p) => !actors.includes(p) && !source(p) && mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start < mention.at));
    if (objectPronoun && speakers.length === 1) actors.push(speakers[0]!);
  }
  mention.participants = mention.anaphoric ? [] : actors;
  const trigger = TRIGGER_IN.exec(sentence.text.slice(mention.at));
  // "The two Japanese ministers later held talks with A and B": a pair as the subject, with counterparts named after the meeting word.
  const pairSubject = PAIR_SUBJECT.exec(sentence.text);
  const here = mentions.filter((m) => m.sentence === sentence.index && mention.participants.includes(m.person));
  if (!mention.anaphoric && pairSubject && pairSubject.index < mention.at && mention.at - pairSubject.index < 80 && mention.participants.length >= 1 && here.every((m) => m.start > mention.at)) {
    mention.pair = true;
    mention.pairObject = true;
  }
  // "A summit between them in Luanda …": "them" after a meeting noun is the people of the meeting told before.
  if (!mention.anaphoric && trigger?.index === 0 && (PAIR_OBJECT.test(sentence.text.slice(mention.at + trigger[0].length)) || /^\s+(?:between|with) them\b/i.test(sentence.text.slice(mention.at + trigger[0].length)))) {
    mention.pair = true;
    mention.pairObject = true;
  }
}

/**
 * "The prime minister was scheduled to call on President Murmu … She is due
 * to travel to Beijing": a pronoun opening a sentence is the subject the
 * sentence before opened with (a name or a description), not the last person
 * it named. Undefined when that sentence opens with no person.
 */
function openingSubject(ctx: ArticleContext, sentence: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[], countries: CountryMention[]): number | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous) return undefined;
  const named = mentions.filter((m) => m.sentence === previous.index && !m.quoted).sort((a, b) => a.start - b.start)[0];
  const opensWithName = named !== undefined && OBJECT_TITLE.test(previous.text.slice(0, named.start).replace(/^/, ' ')) && !/['’]s$/.test(previous.text.slice(named.end, named.end + 2));
  if (opensWithName) return named.person;
  const described = referencesIn(ctx, previous, people, mentions, countries).find((r) => r.form === 'description' && r.at <= 4);
  return described?.person;
}

/** True when the pronoun at `at` is joined by "and" to a name before the meeting word at `trigger`: "He and X met", "X and she held talks". */
function coordinatedSubject(text: string, at: number, trigger: number): boolean {
  if (at >= trigger || trigger - at > 80) return false;
  const pronoun = /^(?:he|she)\b/i.exec(text.slice(at));
  if (!pronoun) return false;
  const rest = text.slice(at + pronoun[0].length, trigger);
  return (/^\s+and\s+\S/i.test(rest) || /\band\s+$/i.test(text.slice(Math.max(0, at - 6), at))) && !/[,;]/.test(rest);
}

/** A clause with a subject of its own between a pair and a meeting word: "… agreed that their ministers would meet". */
const OTHER_SUBJECT = /\b(?:that|whether|which|whom|whose|because)\b|\b(?:their|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:ministers?|officials?|delegations?|envoys?|aides?|negotiators?|teams?|deputies|representatives?)\b/i;

/**
 * True when "the two leaders" of a sentence are the people of its meeting,
 * not "both sides wanted …": the pair is the subject of a meeting word near
 * it ("when the two presidents held talks"), the subject the sentence opens
 * with ("The two leaders signed the documents …, after talks …"), or the
 * complement of the meeting noun ("after a meeting between the two leaders").
 */
function pairTakesPart(text: string, pair: RegExpExecArray, at: number): boolean {
  // "The two presidents agreed that their trade ministers would meet": the meeting has a subject of its own.
  if (pair.index < at && OTHER_SUBJECT.test(text.slice(pair.index + pair[0].length, at))) return false;
  if (pair.index < at && at - pair.index < 80) return true;
  if (TRIGGER_IN.test(text.slice(pair.index, pair.index + pair[0].length + 40))) return true;
  if (pair.index < at && /^\W*$/.test(text.slice(0, pair.index).replace(/\b(?:the|The)\s*$/, ''))) return true;
  const trigger = new RegExp(TRIGGER.source, 'gi');
  trigger.lastIndex = at;
  const m = trigger.exec(text);
  if (m === null || m.index !== at) return false;
  const gap = text.slice(at + m[0].length, pair.index);
  // "after a meeting between the two leaders"; "Duda visited Vilnius in January, when the two leaders inspected troops".
  return /^\s+(?:between|with|of|among)\s+$/i.test(gap) || (/^[^.;]{0,60},\s+(?:when|where)\s+$/i.test(gap) && !/\b(?:that|which|who)\b/i.test(gap));
}

/** "was received at the airport on Sunday by Marape": a passive meeting verb whose agent, after "by", is a person. */
function passiveByPerson(sentence: ReadSentence, at: number, objectStart: number, mentions: PersonMention[]): boolean {
  if (!/\b(?:was|were|is|are|been|being)\s+$/i.test(sentence.text.slice(Math.max(0, at - 8), at))) return false;
  const by = /^[^,;]{0,80}?\bby\s+/i.exec(sentence.text.slice(objectStart));
  if (!by) return false;
  const agentAt = objectStart + by[0].length;
  return mentions.some((p) => p.sentence === sentence.index && p.start >= agentAt && p.start <= agentAt + 40);
}

/** Words that make "talks" a negotiation: "resume talks on", "launch talks", "began talks". */
const NEGOTIATION_BEFORE = /\b(?:resume|resumed|resuming|restart|restarted|launch|launched|begin|began|start|started|open|opened|continue|continued)\s+(?:\w+\s+)?$/i;

/** What may stand between a meeting verb and its person: a title with a nationality ("Papua New Guinea's prime minister, "). */
const OBJECT_TITLE = /^\s+(?:(?:the|his|her|their|its|[\p{Lu}][\p{L}.-]*(?:'s|’s)?|of|and|prime|minister|president|vice|deputy|foreign|secretary|state|chancellor|premier|king|queen|crown|prince|emir|counterpart|leader|defen[cs]e|trade|finance|economy|interior|affairs|general)[\s,]+)*$/u;

/** "The two Japanese ministers", "both leaders": a pair reference, a nationality allowed before its noun. */
const PAIR_SUBJECT = /\b(?:[Tt]he two|[Bb]oth) (?:\p{Lu}[\p{L}-]+ )?(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|defen[cs]e ministers|men|women|heads of state|heads of government)\b/u;

/** "received the two ministers", "hosted both leaders": a pair reference as the object of a meeting verb. */
const PAIR_OBJECT = /^\s+(?:the two|both)\s+(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|men|women|heads of state|heads of government|monarchs|delegations|envoys)\b/i;

/** A negation governing the meeting word right after it: "never made an official visit", "did not meet", "has not spoken". */
const NEGATED = /\b(?:never|did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|will not|won['’]t|would not|wouldn['’]t|could not|couldn['’]t)\s+(?:(?:yet|been|made|make|paid|pay|held|hold|a|an|any|official|formal|state|bilateral|face-to-face|direct|separate)\s+)*$/i;

/** A group of unnamed people as the object of "meet": "members of civil society", "business leaders", "students". */
const GROUP_OBJECT = /^\s+(?:with\s+)?(?:(?:the|some|local|young|business|community|civil|religious|senior|top|tribal|traditional|opposition|party|[a-z]+an)\s+){0,3}(?:members|leaders|students|officials|representatives|executives|entrepreneurs|activists|workers|residents|troops|soldiers|families|groups|delegates|lawmakers|dignitaries|people|youth|diaspora|journalists|investors|businesspeople|chiefs|elders)\b/;

/** Words that end the object of a meeting verb and open another clause: "welcomed the ties but urged X". */
const OBJECT_GAP_BREAK = /\b(?:but|and|or|while|yet|then|as|after|before|that|which)\b|[;:]/i;

/** A word of a sentence that may state a meeting. */
interface Trigger {
  text: string;
  at: number;
}

/** The meeting words of a sentence, in order, that can state a meeting there (not "a meeting of G20 ministers"). */
function triggersIn(sentence: ReadSentence, mentions: PersonMention[], references: Reference[] = []): Trigger[] {
  const triggers: Trigger[] = [...sentence.text.matchAll(TRIGGER)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const spoke = PAIR_SPOKE.exec(sentence.text) ?? PAIR_REFERENCE_SPOKE.exec(sentence.text);
  if (spoke) triggers.push({ text: spoke[1]!, at: spoke.index + spoke[0].length - spoke[1]!.length });
  triggers.sort((a, b) => a.at - b.at);
  const quotes = quotedRanges(sentence.text);
  // "X, who arrived on Tuesday after a visit to Malaysia, was welcomed by Y": a relative clause on the subject that
  // names nobody, followed by the main clause's own meeting verb, tells the subject's own doings, not that encounter.
  const text = sentence.text;
  const aboutSubject = asides(text).filter(
    (r) =>
      /^,\s+who\b/.test(text.slice(r.from)) &&
      /^,\s+(?:(?:also|then|later|first)\s+)?(?:was|were|is|are|has|had|have|will|would|\p{Ll}{2,}ed)\b/u.test(text.slice(r.to)) &&
      !mentions.some((m) => m.sentence === sentence.index && m.start >= r.from && m.start < r.to) &&
      triggers.some((t) => t.at >= r.to),
  );
  const ownDoings = (at: number) => aboutSubject.some((r) => at >= r.from && at < r.to);
  return triggers.filter(({ text: trigger, at }) => {
    if (ownDoings(at)) return false;
    // "stronger when they speak with one voice": words quoted are someone's words, not the story's meeting.
    if (inRanges(at, quotes)) return false;
    if (MULTILATERAL.test(sentence.text.slice(at + trigger.length))) return false;
    // "the Group of Seven summit", "the G20 summit", "the NATO summit": a group's gathering, not an encounter of the sentence's people.
    // Its host still meets the guests it invites: "Kishida, who will host the G7 summit in Hiroshima, invited Modi".
    if (/^summit$/i.test(trigger) && !/\bhost(?:s|ed|ing)?\s+(?:the|a|this|next|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,4}$/i.test(sentence.text.slice(Math.max(0, at - 50), at)) && /(?:\bGroup of [A-Z]?[a-z]+|\bG-?\d+|\b[A-Z]{2,}(?:\+\d+)?)(?:\s+leaders['’]?)?\s+$/.test(sentence.text.slice(Math.max(0, at - 40), at))) return false;
    // "agreed to resume talks on a trade agreement": negotiations, not an encounter.
    if (/^talks$/i.test(trigger) && NEGOTIATION_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at))) return false;
    // "never made an official visit to Buenos Aires", "did not meet": a meeting denied is none.
    if (NEGATED.test(sentence.text.slice(Math.max(0, at - 50), at))) return false;
    // "he would have liked to welcome Morrison in person": a wish that did not come true, no meeting.
    if (/\bwould have (?:liked|wanted|loved|preferred|hoped)\b/i.test(clauseAt(sentence.text, at))) return false;
    // "with the summit's host, Prime Minister X": "host" after a determiner or a possessive is a noun, not the verb.
    if (/^hosts?$/i.test(trigger) && /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s|\bsummit|\bco)[\s-]+$/i.test(sentence.text.slice(Math.max(0, at - 20), at))) return false;
    // "meet members of civil society", "met business leaders": a meeting with a group of unnamed people is no encounter of named ones.
    if (/^(?:met|meet|meets|meeting)$/i.test(trigger) && GROUP_OBJECT.test(sentence.text.slice(at + trigger.length))) return false;
    if (!NEEDS_PERSON_OBJECT.test(trigger)) return true;
    // "…, whom she hosted in Rome": the object is the person the clause hangs on.
    if (/,\s+whom\s+(?:he|she|they)\s+(?:had\s+)?$/i.test(sentence.text.slice(Math.max(0, at - 30), at))) return true;
    const objectStart = at + trigger.length;
    // The person may stand after a title: "hosted Papua New Guinea's prime minister, James Marape".
    const titledObject = (start: number) => start <= objectStart + 90 && OBJECT_TITLE.test(sentence.text.slice(objectStart, start));
    // "welcomed the closer ties but urged Ruto": a person past another clause is not the verb's object.
    const sameClause = (start: number) => !OBJECT_GAP_BREAK.test(sentence.text.slice(objectStart, start));
    const objects = mentions.filter((p) => p.sentence === sentence.index && p.start >= objectStart && ((p.start <= objectStart + 40 && sameClause(p.start)) || titledObject(p.start)) && !/^(?:'s|’s)/.test(sentence.text.slice(p.end)));
    // "received the Kenyan President": a description that stands for a person of the story.
    const described = references.some((r) => r.form === 'description' && r.at >= objectStart && r.at <= objectStart + 12);
    const hasPerson = objects.length > 0 || described;
    // "received him at Belém Palace": a pronoun object stands for a person of the story.
    const pronoun = /^\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:dinner|lunch|luncheon|banquet|breakfast|reception|meal)\s+for\s+)?(?:him|her|them)\b/i.test(sentence.text.slice(objectStart)) || PAIR_OBJECT.test(sentence.text.slice(objectStart));
    if (CALL_ON.test(trigger)) return (hasPerson || pronoun) && !pleaAfterCallOn(sentence.text, objectStart, objects[0]);
    return hasPerson || pronoun || passiveByPerson(sentence, at, objectStart, mentions);
  });
}

/** Meeting mentions of one sentence: the first meeting it tells, then any others (see `furtherMeetings`). */
function mentionsIn(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention[] {
  const triggers = triggersIn(sentence, mentions, referencesIn(ctx, sentence, people, mentions, countries));
  const first = mentionIn(ctx, sentence, triggers, countries, people, mentions);
  if (!first) return [];
  if (first.anaphoric) {
    // "The talks took place a day after Orbán met Putin in Beijing": the sentence may tell another meeting after pointing back.
    const later = mentionIn(ctx, sentence, triggers.filter((t) => t.at > first.at), countries, people, mentions);
    // The place and date the sentence gives are the later meeting's: "The day before the summit, X received him in Lisbon".
    if (later && !later.anaphoric && later.participants.length >= 2) return [{ ...first, city: undefined, venue: undefined, countryCode: undefined, date: undefined }, later];
  }
  return [first, ...furtherMeetings(ctx, sentence, first, triggers, countries, people, mentions)];
}

/** Where a later meeting's own words begin in the stretch before its trigger: a comma, "and", "before", "then". */
const SEGMENT_BOUNDARY = /[,;]|\b(?:and|before|after|then|where|when)\b/gi;

/** Verbs whose plural subject met again with nobody new: "they met in Vilnius and met again in New York". */
const MET_AGAIN = /^(?:met|meet|talks|summit|spoke|talked)$/i;

/** "held their annual summit", "hold talks": a meeting noun made an event by the verb before it. */
function heldBefore(text: string, t: Trigger): boolean {
  return /\b(?:held|hold|holds|holding)\s+(?:(?:their|the|a|an)\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, t.at - 30), t.at));
}

/** A later meeting word that tells the same people meeting again: "and met again", "where they held their summit"; not "on the sidelines of a summit". */
function meetsAgain(text: string, t: Trigger): boolean {
  if (!MET_AGAIN.test(t.text)) return false;
  return /^(?:met|meet|spoke|talked)$/i.test(t.text) || heldBefore(text, t);
}

/** A stretch of a sentence that tells one meeting: its trigger and the offsets it runs between. */
interface Segment {
  trigger: Trigger;
  from: number;
  to: number;
  /** Opened by "where" or "when": it tells of the place or time named just before it ("visit to Moscow, where …"). */
  back?: number;
}

/** The stretches of the later triggers: each from the last boundary before it to where the next one starts. */
function segmentsAfter(text: string, first: MeetingMention, triggers: Trigger[], names: PersonMention[] = []): Segment[] {
  const segments: Segment[] = [];
  let previousEnd = first.at + 1;
  // "where the two leaders held their annual summit" is an event of its own, though "their summit" could point back.
  for (const t of triggers.filter((x) => x.at > first.at + 1 && (!isAnaphoric(text, x.at, x.text) || heldBefore(text, x)))) {
    const gap = text.slice(previousEnd, t.at);
    // "with Macron and Polish Prime Minister Tusk": an "and" between two names joins people, not clauses.
    const joinsNames = (b: RegExpMatchArray) => {
      const i = previousEnd + (b.index ?? 0);
      if (!/^and$/i.test(b[0])) return false;
      const before = names.some((n) => n.end <= i && /^\s*$/.test(text.slice(n.end, i)));
      const after = names.some((n) => n.start >= i + 3 && OBJECT_TITLE.test(text.slice(i + 3, n.start)));
      return before && after;
    };
    const boundary = [...gap.matchAll(SEGMENT_BOUNDARY)].filter((b) => !joinsNames(b)).pop();
    const from = boundary ? previousEnd + (boundary.index ?? 0) : t.at;
    const back = boundary && /^(?:where|when)$/i.test(boundary[0]) ? segments[segments.length - 1]?.from ?? previousEnd : undefined;
    segments.push({ trigger: t, from, to: text.length, ...(back !== undefined ? { back } : {}) });
    previousEnd = t.at + t.text.length;
  }
  segments.forEach((seg, i) => (seg.to = segments[i + 1]?.from ?? text.length));
  return segments;
}

/**
 * The other meetings of a sentence that tells several: a new counterpart
 * after a later meeting word ("met Scholz in Berlin, … after talks with
 * Macron at the Élysée"; "held talks with van Klaveren, and was later
 * received by Boric"), "met separately with A and B" (one meeting each), or
 * the same people meeting again on another date ("met in Vilnius in July,
 * and met again in September in New York"). The first meeting keeps only its
 * own counterparts, date and place.
 */
function furtherMeetings(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, triggers: Trigger[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention[] {
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
  if (/\bseparate(?:ly)?\b/i.test(text.slice(Math.max(0, first.at - 20), first.at + 40)) && own.length >= 2) {
    for (const o of own.slice(1)) extra.push({ ...first, participants: [...subject, o], sources: [...first.sources], sibling: true });
    first.participants = [...subject, own[0]!];
    return extra;
  }
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
  const each = eachWithItsOwnTime(ctx, sentence, first, subject, own, here, firstSegmentAt, countries);
  if (each) return each;
  for (const seg of segments) {
    const objects = objectsIn(seg.from, seg.to).filter((p) => !own.includes(p));
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
      later.participants = also ? [...new Set([...first.participants, ...objects])] : [...subject, ...objects];
      extra.push(later);
      // "and held separate talks with A and B": one meeting with each.
      if (objects.length >= 2 && /\bseparate(?:ly)?\b/i.test(text.slice(seg.from, seg.trigger.at + 40))) {
        later.participants = [...subject, objects[0]!];
        for (const o of objects.slice(1)) extra.push({ ...later, participants: [...subject, o], sources: [...later.sources] });
      }
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
function eachWithItsOwnTime(ctx: ArticleContext, sentence: ReadSentence, first: MeetingMention, subject: number[], own: number[], here: PersonMention[], to: number, countries: CountryMention[]): MeetingMention[] | undefined {
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
  const dates = findDatesWithPrevious(text, previousTelling(ctx, sentence), ctx.publishedAt, leadOf(ctx.sentences.map((x) => x.text), ctx.publishedAt)).filter((d) => d.date && d.index > first.at);
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

/** The date and place read from one stretch of a sentence; what it does not say comes from `fallback`. */
function placeAndDate(ctx: ArticleContext, sentence: ReadSentence, at: number, kind: MeetingKind, region: { from: number; to: number }, countries: CountryMention[], fallback: MeetingMention): Pick<MeetingMention, 'date' | 'city' | 'venue' | 'countryCode'> {
  const told = meetingRegion(sentence.text, at, fallback.status);
  const stretch = { from: Math.max(region.from, told.from), to: Math.min(region.to, told.to) };
  const view = within(sentence, stretch);
  const inRegion = countries.filter((c) => c.sentence !== sentence.index || (c.start >= stretch.from && c.end <= stretch.to));
  const place = kind === 'IN_PERSON' ? placeOf(view, inRegion, at) : {};
  const date = dateNear(ctx, view, at, fallback.status) ?? fallback.date;
  const hasPlace = place.city !== undefined || place.countryCode !== undefined || place.venue !== undefined;
  return { date, ...(hasPlace ? { city: place.city, venue: place.venue, countryCode: place.countryCode } : { city: fallback.city, venue: fallback.venue, countryCode: fallback.countryCode }) };
}

/** A later meeting of a sentence, read from its own stretch, taking the first meeting's date and place when it gives none. */
function segmentMention(ctx: ArticleContext, sentence: ReadSentence, seg: Segment, first: MeetingMention, countries: CountryMention[]): MeetingMention {
  const kind = kindOf(seg.trigger.text, sentence.text.slice(seg.from, seg.to));
  // "spoke by phone with A on Tuesday, and will hold a video call with B on Friday": each stretch has its own tense.
  // A stretch with no verb of its own tense ("… and hold talks with B") keeps the first meeting's status.
  const stretch = sentence.text.slice(seg.from, seg.to);
  const own = statusOf(stretch, seg.trigger.at - seg.from);
  const tensed = tenseOf(stretch) === 'FUTURE' || PAST_VERB.test(stretch);
  let status = first.status === 'CANCELLED' || !tensed ? first.status : own;
  const placed = placeAndDate(ctx, sentence, seg.trigger.at, kind, seg, countries, first);
  // "will call on the president today, a day after holding talks with Modi in Jaipur": a meeting told after "after"
  // and a gerund came before the first one, so it was held, and "a day after" puts it the day before.
  const lead = sentence.text.slice(Math.max(0, seg.from - 16), seg.trigger.at);
  const before = /\b(?:(a|one|two|three|the)\s+(day|days|week)\s+)?after\s+(?:holding|having held|meeting|visiting|hosting|receiving|talks)\b/i.exec(lead);
  if (before && first.status !== 'CANCELLED') {
    status = 'HELD';
    const days = before[2] ? ({ a: 1, one: 1, the: 1, two: 2, three: 3 }[before[1]!.toLowerCase()] ?? 1) * (/^week/i.test(before[2]) ? 7 : 1) : 0;
    if (placed.date === first.date) placed.date = days > 0 && first.date?.precision === 'DAY' ? daysBefore(first.date, days) : undefined;
  }
  return {
    ...first,
    at: seg.trigger.at,
    kind,
    status,
    participants: [],
    ...placed,
    sources: [...first.sources],
  };
}

/** The day `n` days before a day. */
function daysBefore(date: PartialDate, n: number): PartialDate {
  const d = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) - n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'DAY' };
}

/** The first meeting a sentence tells. */
function mentionIn(ctx: ArticleContext, sentence: ReadSentence, triggers: Trigger[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingMention | undefined {
  for (const { text: trigger, at } of triggers) {
    const kind = kindOf(trigger, kindClause(sentence.text, at));
    const mention = baseMention(ctx, sentence, at, kind, countries);
    mention.anaphoric = isAnaphoric(sentence.text, at, trigger);
    mention.kindImplied = kind === 'IN_PERSON' && MEDIUM_UNKNOWN.test(trigger);
    participantsOf(ctx, sentence, mention, countries, people, mentions);
    if (mention.status === 'CANCELLED') mention.participants = namedWithin(sentence, meetingRegion(sentence.text, at, 'CANCELLED'), mention.participants, mentions);
    mention.participants = notOnlySource(sentence, at, mention.participants, mentions);
    mention.participants = notOnlyAside(sentence, at, mention.participants, mentions);
    mention.participants = namedAfterBetween(sentence, at, trigger, mention.participants, mentions);
    mention.participants = notInLaterClause(sentence, at, mention.participants, mentions);
    return mention;
  }
  return undefined;
}

/**
 * The clause of a signing verb, up to a clause that turns to something else:
 * "X and Y signed a treaty in 1998, but demarcation talks dragged on" tells
 * no talks between X and Y.
 */
function signingClause(text: string, at: number): string {
  const before = [...text.slice(0, at).matchAll(/[;]|,\s*(?:but|while|although|though|whereas|yet)\b/gi)].pop();
  const after = /[;]|,\s*(?:but|while|although|though|whereas|yet)\b/i.exec(text.slice(at));
  return text.slice(before ? (before.index ?? 0) + before[0].length : 0, after ? at + after.index : text.length);
}

/**
 * A signing by people of two countries is a meeting: "Putin and his Venezuelan
 * counterpart Maduro on Wednesday signed a treaty in Moscow". Two signers of
 * one known country are not; a signer of unknown country may be the other side.
 */
function jointSigning(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): MeetingMention | undefined {
  // "signed", "to sign"; not the noun ("in a sign of respect").
  const verb = /\b(?<!\b(?:a|an|the|no|any|every)\s+)sign(?:ed|s)?\b/i.exec(sentence.text);
  if (!verb) return undefined;
  // "a water treaty, signed in 1998, that expires": a participle in an aside tells of the thing, not a signing by the sentence's people.
  if (asides(sentence.text).some((r) => verb.index >= r.from && verb.index < r.to && /^,\s/.test(sentence.text.slice(r.from)))) return undefined;
  const signers = actorsIn(sentence, mentions).filter((p) => mentions.some((m) => m.person === p && m.sentence === sentence.index && m.start < verb.index));
  const nations = new Set(signers.map((p) => people[p]!.countryCode));
  if (signers.length < 2 || nations.size < 2) return undefined;
  const mention = baseMention(ctx, sentence, verb.index, 'IN_PERSON', countries);
  mention.participants = signers;
  // "After the talks, A and B signed …": a meeting word that points back to a meeting already told is not one of the signers' own.
  const clause = signingClause(sentence.text, verb.index);
  const clauseAt = sentence.text.indexOf(clause);
  mention.signingOnly = ![...clause.matchAll(TRIGGER)].some((t) => !isAnaphoric(sentence.text, clauseAt + (t.index ?? 0), t[0]));
  return mention;
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

/** Statuses one meeting can be told with: a planned meeting may be called off, a held one is neither. */
function statusesCompatible(a: MeetingStatus, b: MeetingStatus): boolean {
  return a === b || (a !== 'HELD' && b !== 'HELD');
}

/** "had met", "last met", "previously held talks": a meeting told as earlier than the story's events. */
const EARLIER = /\b(?:had\s+(?:\w+\s+)?(?:met|held|spoken|talked|visited|hosted|received)|last\s+(?:met|held|spoke|talked|visited)|previously\s+(?:met|held))\b/i;

function compatible(a: MeetingMention, b: MeetingMention): boolean {
  // The meetings one sentence tells apart ("was welcomed by X, whom she hosted in Rome in January") stay apart.
  if (a.participants.length > 0 && b.participants.length > 0 && a.sentence === b.sentence && a.at !== b.at && (a.sibling || b.sibling || a.earlier !== b.earlier)) return false;
  // Nor may a meeting gathered from other sentences take in two meetings one sentence tells apart.
  const apart = (x: MeetingMention, y: MeetingMention) => (x.members ?? []).some((t) => t.sentence === y.sentence && t.at !== y.at && (t.sibling || y.sibling));
  if (a.participants.length > 0 && b.participants.length > 0 && (apart(a, b) || apart(b, a))) return false;
  // "The two prime ministers had met in Brussels last week" is not today's summit, whatever its dates allow.
  if (a.participants.length > 0 && b.participants.length > 0 && Boolean(a.earlier) !== Boolean(b.earlier) && a.sentence !== b.sentence) return false;
  if (a.kind !== b.kind && !a.kindImplied && !b.kindImplied) return false;
  if (!statusesCompatible(a.status, b.status)) return false;
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
  if (m.participants.length > 0) (into.members ??= []).push({ sentence: m.sentence, at: m.at, sibling: Boolean(m.sibling) });
  for (const p of m.participants) if (!into.participants.includes(p)) into.participants.push(p);
  if (m.date) into.date = into.date ? finerDate(into.date, m.date) : m.date;
  if (into.kindImplied && !m.kindImplied) {
    into.kind = m.kind;
    into.kindImplied = false;
  }
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

/**
 * "The two leaders met": the participants of the last meeting with two or
 * more told before. Told with no date of its own right after it (within two
 * sentences), the pair's meeting is the same occasion and takes its date:
 * "X and Y on Monday signed a memorandum. The deal was signed … after a
 * meeting between the two leaders."
 */
function fillPairs(ctx: ArticleContext, found: MeetingMention[], mentions: PersonMention[], people: ExtractedPerson[]): void {
  for (const [i, m] of found.entries()) {
    if (!m.pair || (m.participants.length >= 2 && !m.pairObject)) continue;
    // "The two leaders" are two: the last meeting of two people told before, ahead of a larger gathering told since.
    const before = found.slice(0, i).reverse();
    const previous = m.pairObject
      ? before.find((x) => x.participants.length >= 2)
      : before.find((x) => x.participants.length === 2) ?? before.find((x) => x.participants.length > 2) ?? pairNamedBefore(ctx, m, mentions, people);
    if (!previous) continue;
    // As an object ("received the two ministers", "a summit between them"), the pair is the subject of the meeting told just before
    // ("Tshisekedi and Kagame last met in Doha, at talks hosted by the emir"), or all its people when its subject is one.
    const subject = previous.participants.filter((p) => mentions.some((x) => x.sentence === previous.sentence && x.person === p && x.start < previous.at));
    const pairOf = m.pairObject && subject.length >= 2 ? subject : previous.participants;
    m.participants = [...new Set([...m.participants, ...pairOf])];
    if (!m.date && previous.date && m.sentence - previous.sentence <= 2 && statusesCompatible(m.status, previous.status)) m.date = previous.date;
    // "… hosted Merz in London. The pair held talks at a museum in South Kensington": told in the very next
    // sentence, the pair's meeting is the one just told, and the place it names lies within that meeting's city.
    const sameOccasion = m.sentence - previous.sentence === 1 && m.status === previous.status && !m.earlier && !previous.earlier && (!m.date || !previous.date || datesCompatible(m.date, previous.date));
    if (sameOccasion && m.city && previous.city && m.city !== previous.city && (!m.countryCode || !previous.countryCode || m.countryCode === previous.countryCode)) {
      m.city = previous.city;
      m.countryCode = previous.countryCode;
    }
  }
}

/**
 * "Modi and Macron on Friday agreed … The two leaders met at the Élysée":
 * with no meeting told before, "the two leaders" are the two people of
 * different countries who act in one of the two sentences before, and that
 * sentence's date is theirs.
 */
function pairNamedBefore(ctx: ArticleContext, m: MeetingMention, mentions: PersonMention[], people: ExtractedPerson[]): MeetingMention | undefined {
  for (let back = 1; back <= 2; back++) {
    const s = ctx.sentences[m.sentence - back];
    if (!s) return undefined;
    const actors = actorsIn(s, mentions);
    const [a, b] = actors;
    if (actors.length !== 2 || a === undefined || b === undefined) continue;
    const ca = people[a]!.countryCode;
    const cb = people[b]!.countryCode;
    if (!ca || !cb || ca === cb) continue;
    const first = mentions.find((x) => x.sentence === s.index && x.person === a)!;
    return { ...m, sentence: s.index, participants: [a, b], date: dateNear(ctx, s, first.start, 'HELD') };
  }
  return undefined;
}

/** The cluster a mention belongs to; a mention without people joins the nearest meeting told before it. */
function clusterFor(clusters: MeetingMention[], m: MeetingMention): MeetingMention | undefined {
  const fits = clusters.filter((c) => compatible(c, m));
  if (m.participants.length > 0 || fits.length < 2) return fits[0];
  const before = fits.filter((c) => c.sentence <= m.sentence).sort((a, b) => b.sentence - a.sentence);
  return before[0] ?? fits[0];
}

/** Extracts the meetings of an article. Only meetings between two or more named people are kept. */
export function extractMeetings(ctx: ArticleContext, countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): MeetingsResult {
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
  dateFromAlso(ctx, found);
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
  dateSiblings(kept);
  placeFromHere(ctx, kept);
  whenAndWhereFromLead(ctx, countries, kept);
  separateTalksOnTheOccasion(ctx, kept);
  placeFromSameTrip(ctx, kept);
  placeFromArrival(ctx, kept, mentions);
  placeLeadFromDateline(ctx, kept);
  return {
    meetings: kept.map((c) => toMeeting(c, people)),
    sentencesOf: kept.map((c) => c.sources.map((s) => ctx.sentences.findIndex((x) => x.start === s.position))),
  };
}

/** "The Secretary was accompanied by A and B.", "President X was joined by C": a sentence whose own subject was accompanied. */
const ACCOMPANIED = /^([^,;:"“”]{2,80}?)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\s+/;

/**
 * "X met Y at the palace. X was accompanied by A and B. Y was joined by C.":
 * a sentence of its own saying that one of a meeting's people was accompanied
 * or joined, told right after the sentence that tells the meeting (or after
 * another such sentence), names more people at that meeting.
 */
function addCompanions(ctx: ArticleContext, meetings: MeetingMention[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): void {
  const toldIn = (c: MeetingMention) => [c.sentence, ...(c.members ?? []).map((x) => x.sentence)];
  // The sentence the companions follow: the one just before, past other companion sentences ("Y was joined by C").
  let told = -1;
  for (const s of ctx.sentences) {
    const m = ACCOMPANIED.exec(s.text);
    if (!m) {
      told = s.index;
      continue;
    }
    const subjectEnd = m[1]!.length;
    const named = mentions.filter((x) => x.sentence === s.index && x.end <= subjectEnd).map((x) => x.person);
    const referred = named.length > 0 ? [] : referencesIn(ctx, s, people, mentions, countries).filter((r) => r.at < subjectEnd).map((r) => r.person);
    // The sentence before names two of the meeting's people ("X met with Y"): a lone arrival or ceremony is no meeting to join.
    // Two mentions with a word between them: "Sultan" and "Bolkiah" of one name are one mention, whatever they were taken for.
    const namesTwo = (c: MeetingMention) => {
      const here = mentions.filter((x) => x.sentence === told && c.participants.includes(x.person)).sort((x, y) => x.start - y.start);
      const text = ctx.sentences[told]?.text ?? '';
      return here.some((x, i) => here.slice(i + 1).some((y) => y.person !== x.person && /(?:^|\s)\p{Ll}/u.test(text.slice(x.end, y.start))));
    };
    const there = meetings.filter((c) => toldIn(c).includes(told) && namesTwo(c));
    // A named subject must be at the meeting; "The Secretary", "He" stand for one of its people when the sentence before tells one meeting.
    const meeting = there.find((c) => [...named, ...referred].some((p) => c.participants.includes(p))) ?? (named.length === 0 && there.length === 1 ? there[0] : undefined);
    if (!meeting) continue;
    const companions = mentions.filter((x) => x.sentence === s.index && x.start >= m[0].length && !x.quoted).map((x) => x.person);
    for (const p of companions) if (!meeting.participants.includes(p)) meeting.participants.push(p);
    if (companions.length > 0 && !meeting.sources.some((x) => x.position === s.span.position)) meeting.sources.push(s.span);
  }
}

/**
 * "Spain and Morocco signed 20 agreements on Thursday in Rabat … Sánchez and
 * Akhannouch held talks before the ministers signed": a wire story's lead
 * sentence tells when and where its news happened, so a held meeting told in
 * the next two sentences with no date or place of its own takes the lead's
 * day (a day of the week of publication) and city.
 */
function whenAndWhereFromLead(ctx: ArticleContext, countries: CountryMention[], meetings: MeetingMention[]): void {
  const lead = leadSentence(ctx);
  if (!lead) return;
  const leadDate = dateNear(ctx, lead, 0, 'HELD');
  const dated = leadDate && daysFromPublication(leadDate, ctx.publishedAt) <= 7 ? leadDate : undefined;
  const leadPlace = placeOf(lead, countries, 0);
  for (const m of meetings) {
    if (m.sentence < lead.index + 1 || m.sentence > lead.index + 2 || m.status !== 'HELD') continue;
    if (!m.date && dated) m.date = dated;
    if (m.kind === 'IN_PERSON' && !m.city && !m.countryCode && !m.venue && leadPlace.city) {
      m.city = leadPlace.city;
      m.countryCode = leadPlace.countryCode;
    }
  }
}

/**
 * "Piantedosi held separate talks with his Tunisian counterpart": talks held
 * separately from the meeting just told (within three sentences), with no
 * date or place of their own, were held on its day and in its city.
 */
function separateTalksOnTheOccasion(ctx: ArticleContext, meetings: MeetingMention[]): void {
  for (const m of meetings) {
    if (m.date || m.status !== 'HELD' || m.kind !== 'IN_PERSON') continue;
    const text = ctx.sentences[m.sentence]!.text;
    if (!/\bseparate(?:ly)?\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.at - 24), m.at))) continue;
    // The meeting told last before, by the last sentence that tells it ("Saied then received the Italian premier …").
    const lastTold = (x: MeetingMention) => Math.max(...x.sources.map((src) => ctx.sentences.findIndex((c) => c.start === src.position)).filter((i) => i < m.sentence), -1);
    const occasion = meetings
      .filter((x) => x !== m && x.status === 'HELD' && x.kind === 'IN_PERSON' && x.date && !x.earlier && lastTold(x) >= 0 && m.sentence - lastTold(x) <= 3)
      .sort((a, b) => lastTold(a) - lastTold(b))
      .pop();
    if (!occasion) continue;
    m.date = occasion.date;
    if (!m.city && !m.venue && (!m.countryCode || m.countryCode === occasion.countryCode)) {
      m.city = occasion.city;
      m.countryCode = occasion.countryCode;
    }
  }
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
function dateSiblings(meetings: MeetingMention[]): void {
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
function dateFromAlso(ctx: ArticleContext, found: MeetingMention[]): void {
  found.forEach((m, i) => {
    if (m.date || m.anaphoric) return;
    const text = ctx.sentences[m.sentence]!.text;
    if (!/\balso\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.at - 24), m.at))) return;
    const before = found
      .slice(0, i)
      .reverse()
      .find((x) => x.date && m.sentence - x.sentence <= 2 && x.status === m.status && x.participants.some((p) => m.participants.includes(p)));
    if (before) m.date = before.date;
  });
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
