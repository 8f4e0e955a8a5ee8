/**
 * People named in a sentence of their own as accompanying one of a meeting's
 * people ("The Minister was accompanied by A and B"), or as attending it
 * ("The meeting was attended by A and B", "A and B also took part in the talks").
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import { referencesIn } from '../coref.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import type { MeetingMention } from './mention.ts';

/** "The Secretary was accompanied by A and B.", "President X was joined by C": a sentence whose own subject was accompanied. */
const ACCOMPANIED = /^([^,;:"“”]{2,80}?)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\s+/;

/** Nouns of a meeting as a sentence names it again: "the meeting", "the talks", "these consultations", "the audience", "the working dinner". */
const MEETING_NOUN = '(?:meeting|talks|session|discussions|negotiations|consultations|audience|dinner|lunch|luncheon)';

/** A meeting noun as a sentence's subject: "The meeting", "On the Algerian side, the talks in extended format", "they". */
const MEETING_SUBJECT = String.raw`^(?:[^,;:"“”]{1,60},\s+)?(?:(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING_NOUN}\b[^,;:"“”]{0,40}?|they)`;

/**
 * "The meeting was (also) attended by A and B", "The session was attended, on the Saudi side, by A",
 * "The talks, held at the palace, were also attended by A": the people after "by".
 */
const ATTENDED = new RegExp(String.raw`${MEETING_SUBJECT}(?:,\s+(?:held|which took place)\b[^,;:"“”]{0,60},)?\s+(?:was|were)\s+(?:also\s+)?attended\b[^.;"“”]*?\bby\s+`, 'iu');

/**
 * "A and B also took part in the meeting", "A and B also attended the expanded meeting", "C joined the talks":
 * the people before the verb. Not "did not take part", nor "attended the meeting of G20 ministers", a gathering of its own.
 */
const TOOK_PART = new RegExp(String.raw`^([^;:"“”]{2,200}?)\s+(?:also\s+)?(?:(?:took part|participated)\s+in|attended|joined)\s+(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING_NOUN}\b(?!\s+of\b)`, 'iu');

/** ", in which A and B also took part", ", at which C was present": a relative clause on the meeting naming more people at it. */
const IN_WHICH = /,\s+(?:in|at|during)\s+which\s+([^,;:"“”]{2,200}?(?:,[^,;:"“”]{1,80},[^,;:"“”]{0,120}?)?)\s+(?:also\s+)?(?:took part|participated|(?:was|were)\s+(?:also\s+)?present)\b/giu;

/** The words a relative clause on a meeting hangs on: "expanded talks", "a meeting between the two delegations". */
const ON_MEETING_NOUN = new RegExp(String.raw`\b${MEETING_NOUN}(?:\s+(?:between|of|with)\s+[^,;:]{1,60})?$`, 'iu');

/**
 * "The two ministers held a meeting, followed by expanded talks, in which A
 * and B also took part": the people named in such a clause of the meeting's
 * own sentence, told after the meeting word, attend the meeting; they are
 * not the ones who hold it.
 */
export function attendeesInClause(sentence: ReadSentence, at: number, mentions: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of sentence.text.matchAll(IN_WHICH)) {
    const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    // The clause hangs on a meeting noun ("expanded talks between the two delegations, in which"), not on a forum or a ceremony.
    if ((m.index ?? 0) < at || !ON_MEETING_NOUN.test(sentence.text.slice(0, m.index))) continue;
    out.push(...mentions.filter((x) => x.sentence === sentence.index && !x.quoted && x.start >= from && x.end <= to));
  }
  return out;
}

/**
 * "X received Y at the palace. The meeting was attended by A and B.", "…
 * held a meeting with Y. The parties discussed … C took part in the meeting.":
 * a sentence of its own naming people who attended "the meeting" names more
 * people at the story's meeting told last before it (within four sentences,
 * past other such sentences): held, not an earlier occasion nor one planned.
 * Nobody when no such meeting is told there.
 */
export function addAttendees(ctx: ArticleContext, meetings: MeetingMention[], mentions: PersonMention[]): void {
  let told: number[] = [];
  for (const s of ctx.sentences) {
    const attended = ATTENDED.exec(s.text);
    const tookPart = attended ? null : TOOK_PART.exec(s.text);
    if (!attended && !tookPart) {
      told = [s.index, ...told].slice(0, 4);
      continue;
    }
    const here = mentions.filter((x) => x.sentence === s.index && !x.quoted);
    const named = attended ? here.filter((x) => x.start >= attended[0].length) : here.filter((x) => x.end <= tookPart![1]!.length);
    const meeting = lastToldIn(told, meetings.filter((c) => c.status === 'HELD' && !c.earlier));
    if (!meeting || named.length === 0) continue;
    for (const p of named.map((x) => x.person)) if (!meeting.participants.includes(p)) meeting.participants.push(p);
    if (!meeting.sources.some((x) => x.position === s.span.position)) meeting.sources.push(s.span);
  }
}

/** The meeting told last in the nearest of the sentences given (nearest first): the one whose word stands last there. */
function lastToldIn(sentences: number[], meetings: MeetingMention[]): MeetingMention | undefined {
  const toldAt = (c: MeetingMention, i: number) => [{ sentence: c.sentence, at: c.at }, ...(c.members ?? [])].filter((x) => x.sentence === i).map((x) => x.at);
  for (const i of sentences) {
    const there = meetings.filter((c) => toldAt(c, i).length > 0).sort((a, b) => Math.max(...toldAt(a, i)) - Math.max(...toldAt(b, i)));
    if (there.length > 0) return there[there.length - 1];
  }
  return undefined;
}

/**
 * "X met Y at the palace. X was accompanied by A and B. Y was joined by C.":
 * a sentence of its own saying that one of a meeting's people was accompanied
 * or joined, told right after the sentence that tells the meeting (or after
 * another such sentence), names more people at that meeting.
 */
export function addCompanions(ctx: ArticleContext, meetings: MeetingMention[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): void {
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
