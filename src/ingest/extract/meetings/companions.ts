/**
 * People named in a sentence of their own as accompanying one of a meeting's
 * people ("The Minister was accompanied by A and B").
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import { referencesIn } from '../coref.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import type { MeetingMention } from './mention.ts';

/** "The Secretary was accompanied by A and B.", "President X was joined by C": a sentence whose own subject was accompanied. */
const ACCOMPANIED = /^([^,;:"“”]{2,80}?)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\s+/;

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
