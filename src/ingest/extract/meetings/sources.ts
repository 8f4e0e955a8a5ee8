/**
 * The source a sentence cites (", officials in Astana said", ", a senior
 * official told Al Jazeera,"): its people speak of the meeting, they are not at it.
 */
import type { ReadSentence } from '../context.ts';
import type { Reference } from '../coref.ts';
import type { PersonMention } from '../people.ts';

/** An attribution closing a sentence: ", officials in Astana said.", ", according to the ministry." */
export const ATTRIBUTION = /,\s+(?:[^,"“”]{0,60}?\s)?(?:said|says|told reporters|added|reported)(?:\s+[\w.]+){0,4}[.!?"”]*\s*$|,\s+according to\b[^,]*$/i;

/** A source speaking in mid-sentence after the meeting: ", Foreign Minister X told reporters in Bogota, adding that …". */
export const SOURCE_CLAUSE = /,\s+(?:[^,"“”]{0,80}?\s)?(?:said|told reporters|told journalists|told a news conference|told (?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=,))\b(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,/u;

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
export function notOnlySource(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[]): number[] {
  const source = sourceAfter(sentence.text, at);
  if (!source) return participants;
  const here = mentions.filter((m) => m.sentence === sentence.index);
  return participants.filter((p) => {
    const own = here.filter((m) => m.person === p);
    return own.length === 0 || own.some((m) => m.start < source.from || m.start >= source.to);
  });
}

/**
 * Words before a person that make them the sender or the addressee of what a visitor brings: "conveyed the greetings of
 * King X", "a written message from President Y", "his greetings to the Emir"; or who invited the visit ("arrived on a
 * state visit at the invitation of the Italian President"), whose meeting with the guest is told of its own.
 */
const SENT_BY = /\b(?:(?:greetings|message|letter|regards|wishes|congratulations|condolences)\s+(?:of|from|to)|at the invitation of)\s+(?:(?:the|his|her|of|and|bin|ibn|al|el|de|da|van|von|[\p{Lu}][\p{L}.'’-]*)\s+){0,14}$/u;

/**
 * "welcomed X and conveyed the greetings of King Y to him", "conveyed his
 * greetings to the Custodian of the Two Holy Mosques": whoever only sends or
 * is sent greetings or a message, by name or by description, is not at the meeting.
 */
export function notOnlySender(sentence: ReadSentence, participants: number[], mentions: PersonMention[], references: Reference[]): number[] {
  const at = (p: number) => [...mentions.filter((m) => m.sentence === sentence.index && m.person === p).map((m) => m.start), ...references.filter((r) => r.person === p).map((r) => r.at)];
  return participants.filter((p) => {
    const own = at(p);
    return own.length === 0 || own.some((start) => !SENT_BY.test(sentence.text.slice(Math.max(0, start - 120), start)));
  });
}
