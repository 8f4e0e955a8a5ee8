/**
 * Capitalised words taken for a person's name that stand for a thing: "the
 * General Debate" read as General Debate, "the Cuban Revolution" as a leader
 * called Revolution, "Keidanren Chairman X" as a person called Keidanren.
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import type { PersonMention } from '../people.ts';
import { TITLE_HEADS } from '../roles.ts';
import type { MeetingMention } from './mention.ts';

/**
 * True when every mention of a one-word name reads as something other than
 * a person: it follows "the" (with capitalised words between, "the Cuban
 * Revolution", "the General Debate"), or an office follows it, as after the
 * name of an organisation ("Keidanren Chairman Masakazu Tokura").
 */
function misreadName(ctx: ArticleContext, person: number, people: ExtractedPerson[], mentions: PersonMention[]): boolean {
  if (/\s/.test(people[person]!.name.trim())) return false;
  const own = mentions.filter((m) => m.person === person);
  return own.length > 0 && own.every((m) => {
    const text = ctx.sentences[m.sentence]?.text ?? '';
    const afterThe = /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 50), m.start));
    const office = /^\s+(\p{Lu}[\p{L}-]*)\s+\p{Lu}/u.exec(text.slice(m.end));
    return afterThe || (office !== null && TITLE_HEADS.has(office[1]!.toLowerCase()));
  });
}

/**
 * Drops the misread names from the meetings that keep two people besides:
 * with only one other person left, the word may be a name after all.
 */
export function dropMisreadNames(ctx: ArticleContext, meetings: MeetingMention[], people: ExtractedPerson[], mentions: PersonMention[]): void {
  for (const m of meetings) {
    const real = m.participants.filter((p) => !misreadName(ctx, p, people, mentions));
    if (real.length >= 2 && real.length < m.participants.length) m.participants = real;
  }
}
