/**
 * The stretches of a sentence that tells several meetings, one per later
 * meeting word, each read for its own status, kind, date and place.
 */
import type { ArticleContext, ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { PAST_VERB, tenseOf } from '../dates.ts';
import type { PersonMention } from '../people.ts';
import { heldBefore, isAnaphoric } from './anaphora.ts';
import { daysBefore } from './date.ts';
import { kindOf } from './kind.ts';
import type { MeetingMention } from './mention.ts';
import { OBJECT_TITLE } from './objects.ts';
import { placeAndDate } from './place.ts';
import { statusOf } from './status.ts';
import type { Trigger } from './triggers.ts';

/** Where a later meeting's own words begin in the stretch before its trigger: a comma, "and", "before", "then". */
const SEGMENT_BOUNDARY = /[,;]|\b(?:and|before|after|then|where|when)\b/gi;

/** The words between a person and a meeting noun that only tells what the person came for: " for a summit", " for talks". */
const PURPOSE_BEFORE = /^\s+for\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** Verbs whose plural subject met again with nobody new: "they met in Vilnius and met again in New York". */
const MET_AGAIN = /^(?:met|meet|talks|summit|spoke|talked)$/i;

/** A later meeting word that tells the same people meeting again: "and met again", "where they held their summit"; not "on the sidelines of a summit". */
export function meetsAgain(text: string, t: Trigger): boolean {
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
export function segmentsAfter(text: string, first: MeetingMention, triggers: Trigger[], names: PersonMention[] = []): Segment[] {
  const segments: Segment[] = [];
  let previousEnd = first.at + 1;
  // "where the two leaders held their annual summit" is an event of its own, though "their summit" could point back.
  // "was to visit Uzbekistan for a meeting with X": the meeting a visit is for is that visit, not a meeting of its own.
  const own = triggers.find((x) => x.at === first.at);
  const purposeOfVisit = (t: Trigger) => own !== undefined && /^(?:visit|visits|visiting|visited)$/i.test(own.text) && /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}for\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+)?$/u.test(text.slice(own.at + own.text.length, t.at));
  for (const t of triggers.filter((x) => x.at > first.at + 1 && (!isAnaphoric(text, x.at, x.text) || heldBefore(text, x)) && !purposeOfVisit(x))) {
    const gap = text.slice(previousEnd, t.at);
    // "with Macron and Polish Prime Minister Tusk": an "and" between two names joins people, not clauses.
    // "hosted Peru's president, Colonel X, and Bolivia's Captain Y for a summit": after a comma too, when the later
    // meeting word is only what the joined people came for.
    const joinsNames = (b: RegExpMatchArray) => {
      const i = previousEnd + (b.index ?? 0);
      const and = b[0] === ',' ? /^,\s+and\b/i.exec(text.slice(i)) : /^and$/i.test(b[0]) ? b : null;
      if (!and) return false;
      const andAt = b[0] === ',' ? i + and[0].length - 3 : i;
      const before = names.find((n) => n.end <= andAt && /^\s*,?\s*$/.test(text.slice(n.end, andAt)));
      const after = names.find((n) => n.start >= andAt + 3 && OBJECT_TITLE.test(text.slice(andAt + 3, n.start)));
      if (!before || !after) return false;
      return /^\s*$/.test(text.slice(before.end, andAt)) || PURPOSE_BEFORE.test(text.slice(after.end, t.at));
    };
    const boundaries = [...gap.matchAll(SEGMENT_BOUNDARY)].filter((b) => !joinsNames(b));
    const boundary = boundaries.pop();
    const from = boundary ? previousEnd + (boundary.index ?? 0) : t.at;
    // "…, where" looks back to the phrase just before it: "in Tashkent on Sunday, before flying to Mongolia, where talks …"
    // is Mongolia's phrase, from the boundary before the comma that precedes "where".
    const opening = boundaries.filter((b) => (b.index ?? 0) < (boundary?.index ?? 0) - 2).pop();
    // "a state visit to India in May 2008, during which he held talks with X": so does "during which", of the event just told.
    const looksBack = boundary !== undefined && (/^(?:where|when)$/i.test(boundary[0]) || (boundary[0] === ',' && /^,\s+(?:during|in the course of|on|at) which\b/i.test(gap.slice(boundary.index ?? 0))));
    const back = looksBack ? segments[segments.length - 1]?.from ?? (opening ? previousEnd + (opening.index ?? 0) : previousEnd) : undefined;
    segments.push({ trigger: t, from, to: text.length, ...(back !== undefined ? { back } : {}) });
    previousEnd = t.at + t.text.length;
  }
  segments.forEach((seg, i) => (seg.to = segments[i + 1]?.from ?? text.length));
  return segments;
}

/** A later meeting of a sentence, read from its own stretch, taking the first meeting's date and place when it gives none. */
export function segmentMention(ctx: ArticleContext, sentence: ReadSentence, seg: Segment, first: MeetingMention, countries: CountryMention[]): MeetingMention {
  const kind = kindOf(seg.trigger.text, sentence.text.slice(seg.from, seg.to));
  // "spoke by phone with A on Tuesday, and will hold a video call with B on Friday": each stretch has its own tense.
  // A stretch with no verb of its own tense ("… and hold talks with B") keeps the first meeting's status.
  const stretch = sentence.text.slice(seg.from, seg.to);
  const own = statusOf(stretch, seg.trigger.at - seg.from);
  const tensed = tenseOf(stretch) === 'FUTURE' || PAST_VERB.test(stretch);
  let status = first.status === 'CANCELLED' || !tensed ? first.status : own;
  // Its dates are read for its own status: "spoke by telephone on Thursday and agreed to hold the meeting in Kampala next month" keeps "next month".
  const placed = placeAndDate(ctx, sentence, seg.trigger.at, kind, seg, countries, { ...first, status });
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
