/**
 * People a meeting sentence names in clauses that are not the meeting's own:
 * outside "between …", past a cancel verb, in a later clause with a subject of
 * its own. They are not at the meeting.
 */
import type { ReadSentence } from '../context.ts';
import type { PersonMention } from '../people.ts';
import { TRIGGER_IN } from './triggerWords.ts';

/**
 * "signed by A and B during a virtual summit between Modi and Sheikh
 * Mohamed": a meeting noun with "between" names its participants; the
 * others of the sentence (here the signatories) are not at it.
 */
export function namedAfterBetween(sentence: ReadSentence, at: number, trigger: string, participants: number[], mentions: PersonMention[]): number[] {
  const after = sentence.text.slice(at + trigger.length);
  const between = /^\s+between\s+/i.exec(after);
  if (!between) return participants;
  const from = at + trigger.length + between[0].length;
  const end = /[,;:]|\.(?:\s|$)/.exec(sentence.text.slice(from));
  const to = end ? from + end.index : sentence.text.length;
  const named = participants.filter((p) => mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start >= from && m.start < to));
  return named.length >= 2 ? named : participants;
}

/**
 * The participants named on the meeting's side of a cancel verb: "X had been
 * due to hold talks with Y, but the meeting was postponed as protesters led by
 * Z …" is X and Y. People the sentence does not name (found by reference) stay.
 */
export function namedWithin(sentence: ReadSentence, region: { from: number; to: number }, participants: number[], mentions: PersonMention[]): number[] {
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
export function notInLaterClause(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
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
