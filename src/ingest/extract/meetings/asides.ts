/**
 * Asides of a sentence (relative clauses, participle phrases, stretches
 * between dashes or in brackets): what they tell is about a person or a thing,
 * so their people, dates and places are not the meeting's, unless the aside
 * describes the meeting itself.
 */
import type { ReadSentence } from '../context.ts';
import type { PersonMention } from '../people.ts';
import { TRIGGER_IN } from './triggerWords.ts';

/** The relative clauses of a sentence set off by commas: ", who is accompanying Pezeshkian,", ", who was killed in May". */
export function asides(text: string): { from: number; to: number }[] {
  // Also a stretch between dashes or in brackets: "where Xi — fresh from a third term last month — welcomed him".
  // And a participle phrase about a person: "Xi, widely expected to succeed Hu this year, travels …".
  // And a past-participle phrase about a thing: "Negotiations on a trade pact, launched in 2022, are continuing"
  // (not one that times an event: "a meeting between X and Y, pencilled in for Wednesday, …").
  // A relative clause on the subject runs on over a list to the comma before the main verb: "X, who is accompanied by
  // his wife, Foreign Minister Y and other ministers, was received …".
  return [...text.matchAll(/,\s+who\b[^;]{0,160}?(?=,\s+(?:(?:also|then|later|first)\s+)?(?:was|were|is|are|has|had|have|will|would)\s)|,\s+(?:who|whom|whose|which)\b[^,;]*|,\s+(?:first\s+|originally\s+|only\s+)?(?:(?!(?:scheduled|planned|pencil+ed|slated|billed|held|postponed|rescheduled|delayed|moved|brought|called)\b)\p{Ll}+ed|begun|built|set up|won|made|taken|written|drawn up)\s+(?:in|on|during|back in|last|since)\s[^,;]*|,\s+(?:(?:widely|long|still|also)\s+)?(?:expected|tipped|seen|poised|likely)\s+to\b[^,;]*(?=,)|\s[—–]\s[^—–]{1,120}\s[—–]\s|\s\([^()]{1,120}\)/gu)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
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
export function withoutOtherMeetings(sentence: ReadSentence, at: number): ReadSentence {
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
export function inAsideAwayFrom(text: string, i: number, at: number): boolean {
  return asides(text).some((r) => i >= r.from && i < r.to && !(at >= r.from && at < r.to) && !describesMeeting(text, at, r.from));
}

/**
 * "Araghchi, who is accompanying Pezeshkian, met his Iraqi counterpart":
 * a person named only inside a relative clause that does not tell the
 * meeting is not at it. People found by reference stay.
 */
export function notOnlyAside(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
  const here = mentions.filter((m) => m.sentence === sentence.index);
  return participants.filter((p) => {
    const own = here.filter((m) => m.person === p);
    return own.length === 0 || own.some((m) => !inAsideAwayFrom(sentence.text, m.start, at));
  });
}
