/**
 * People a meeting sentence names in clauses that are not the meeting's own:
 * outside "between …", past a cancel verb, in a later clause with a subject of
 * its own. They are not at the meeting.
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ReadSentence } from '../context.ts';
import type { Reference } from '../coref.ts';
import type { PersonMention } from '../people.ts';
import type { Trigger } from './triggers.ts';
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
  // "…, where she held talks with Lula, that Italy would not accept …, putting her at odds with Milei": a participle
  // phrase after the meeting tells what followed from it, not who was there.
  const participle = /,["”]?\s+(?:putting|leaving|making|prompting|drawing|setting|bringing|sparking|angering|irritating|pitting)\s/g;
  participle.lastIndex = at;
  const m = [opener.exec(text), participle.exec(text)].filter((x) => x !== null).sort((a, b) => a.index - b.index)[0];
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
 * Where a coordinated clause with a subject and a verb of its own begins:
 * ", and the Biden administration backed …", ", and German Chancellor Olaf
 * Scholz held …", "; she said …". A bare verb after "and" ("…, and met Y")
 * goes on with the same subject and opens nothing.
 */
const OWN_SUBJECT_CLAUSE = /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}|(?:he|she|they|it|we)\s+)(?:(?:also|then|later|had|has|have|was|were|is|are|will|would)\s+)?(?=\p{Ll}+ed\b|(?:was|were|is|are|has|have|had|will|would|met|held|took|told|spoke|saw|won|left|came|went|began|sought|led|signed|said|gave|made|hosted)\b)/gu;

/** A finite verb: what makes the stretch before a coordinator a clause, not a subject with an aside ("X, the foreign minister of Brazil, and Y met"). */
const FINITE = /\b(?:\p{Ll}{2,}ed|was|were|is|are|has|have|had|will|would|met|held|took|told|spoke|saw|won|left|came|went|began|sought|led|signed|said|gave|made|hosted|visited)\b/u;

/** True when a person's name, or a word of it, is written in a stretch of text: the people stage keeps only the first mention of each person in a sentence. */
function namedIn(text: string, person: ExtractedPerson): boolean {
  return person.name.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w)).some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
}

/** Where the coordinated clauses of a sentence with subjects of their own begin (past the first): a coordinator opens one only when the stretch before it has a verb of its own. */
export function coordinateStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(OWN_SUBJECT_CLAUSE)) {
    const i = m.index ?? 0;
    const before = text.slice(starts[starts.length - 1], i).replace(/,[^,]*,/g, ' ');
    if (FINITE.test(before)) starts.push(i);
  }
  return starts.slice(1);
}

/**
 * "He met then-Vice President Harris at the White House, and the
 * administration backed him in his struggle with Attorney General X": a
 * person named only in another coordinated clause, one with a subject of its
 * own that tells no meeting, is not at this one. People the meeting's own
 * clause names again or refers to ("…, and Y received him") stay, as do
 * people not named in the sentence, and those of the clause just before when
 * this one opens with "the two" or "they".
 */
export function notInOtherCoordinate(sentence: ReadSentence, at: number, participants: number[], mentions: PersonMention[], triggers: Trigger[], references: Reference[], people: ExtractedPerson[]): number[] {
  const text = sentence.text;
  const starts = [0, ...coordinateStarts(text)];
  if (starts.length === 1) return participants;
  starts.push(text.length);
  const clauseOf = (i: number) => starts.findIndex((s, k) => i >= s && i < starts[k + 1]!);
  const own = clauseOf(at);
  const ownText = text.slice(starts[own], starts[own + 1]);
  const tellsMeeting = (k: number) => k !== own && triggers.some((t) => clauseOf(t.at) === k);
  const here = mentions.filter((m) => m.sentence === sentence.index && !m.quoted);
  const referred = references.filter((r) => clauseOf(r.at) === own && !r.owner).map((r) => r.person);
  // "X travelled to Y's capital with Z, and the two met Y": a plural subject is the people of the clause before.
  const pluralSubject = /^[,;\s]*(?:(?:and|but|where|then)\s+)?(?:the two|both|they|the pair)\b/i.test(ownText);
  const kept = participants.filter((p) => {
    const named = here.filter((m) => m.person === p);
    if (named.length === 0 || referred.includes(p)) return true;
    return named.some((m) => clauseOf(m.start) === own || tellsMeeting(clauseOf(m.start)) || (pluralSubject && clauseOf(m.start) === own - 1)) || namedIn(ownText, people[p]!);
  });
  // "In February he travelled there with Z, and the two met Y": the pronoun of the clause before is one of the two.
  if (pluralSubject) for (const r of references) if (clauseOf(r.at) === own - 1 && r.form === 'pronoun' && !r.owner && !kept.includes(r.person)) kept.push(r.person);
  if (kept.length === participants.length) return participants;
  // "He met X at the White House, and the administration backed him against Y": with Y gone, "he" is the other one.
  for (const p of referred) if (!kept.includes(p)) kept.push(p);
  return kept;
}
