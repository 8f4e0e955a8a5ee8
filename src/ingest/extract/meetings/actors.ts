/**
 * The people of a sentence who act in it, and those who only speak in it.
 */
import type { ReadSentence } from '../context.ts';
import { inPlaceName, isSpeaker } from '../coref.ts';
import type { PersonMention } from '../people.ts';

/** People of a sentence who only speak in it: "X said", "…, spokesman X said". */
export function speakersIn(sentence: ReadSentence, mentions: PersonMention[]): number[] {
  return mentions.filter((m) => m.sentence === sentence.index && !m.quoted && isSpeaker(sentence, m)).map((m) => m.person);
}

/** People of a sentence who act in it: not quoted, not speakers, not only owners of a thing ("Putin's support"). */
export function actorsIn(sentence: ReadSentence, mentions: PersonMention[]): number[] {
  const out: number[] = [];
  for (const m of mentions.filter((x) => x.sentence === sentence.index && !x.quoted)) {
    const after = sentence.text.slice(m.end, m.end + 24);
    const before = sentence.text.slice(Math.max(0, m.start - 16), m.start);
    if (/^(?:'s|’s)\s+(?!(?:\w+\s+)?(?:visit|meeting|talks|trip|invitation)\b)/.test(after)) continue;
    if (/\baccording to\s+$/i.test(before)) continue;
    if (inPlaceName(sentence.text, m)) continue;
    if (isSpeaker(sentence, m)) continue;
    if (!out.includes(m.person)) out.push(m.person);
  }
  return out;
}
