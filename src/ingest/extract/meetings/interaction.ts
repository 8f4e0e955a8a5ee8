/**
 * A meeting told without names takes the two people who address each other in
 * its sentence or the next.
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import type { PersonMention } from '../people.ts';
import { actorsIn } from './actors.ts';
import type { MeetingMention } from './mention.ts';

/** Verbs by which one person addresses another face to face: "X told Y that …". */
const INTERACTION = /^(?:told|assured|thanked|greeted|welcomed|informed|briefed|congratulated|embraced)$/i;

/**
 * Fills a meeting told without names ("a visit by a senior Kremlin official to
 * Caracas") from the next sentence when two people of different countries
 * address each other there ("Deputy Prime Minister X told Vice President Y …").
 */
export function fillFromInteraction(ctx: ArticleContext, m: MeetingMention, mentions: PersonMention[], people: ExtractedPerson[]): void {
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
