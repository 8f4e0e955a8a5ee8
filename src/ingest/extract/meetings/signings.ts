/**
 * A signing by people of two countries is a meeting, or part of one told
 * otherwise.
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { actorsIn } from './actors.ts';
import { isAnaphoric } from './anaphora.ts';
import { asides } from './asides.ts';
import type { MeetingMention } from './mention.ts';
import { baseMention } from './mentions.ts';
import { groupGathering, mediumOnly } from './negations.ts';
import { TRIGGER } from './triggerWords.ts';

/**
 * The clause of a signing verb, up to a clause that turns to something else:
 * "X and Y signed a treaty in 1998, but demarcation talks dragged on" tells
 * no talks between X and Y.
 */
function signingClause(text: string, at: number): string {
  const before = [...text.slice(0, at).matchAll(/[;]|,\s*(?:but|while|although|though|whereas|yet)\b/gi)].pop();
  const after = /[;]|,\s*(?:but|while|although|though|whereas|yet)\b/i.exec(text.slice(at));
  return text.slice(before ? (before.index ?? 0) + before[0].length : 0, after ? at + after.index : text.length);
}

/**
 * A signing by people of two countries is a meeting: "Putin and his Venezuelan
 * counterpart Maduro on Wednesday signed a treaty in Moscow". Two signers of
 * one known country are not; a signer of unknown country may be the other side.
 */
export function jointSigning(ctx: ArticleContext, sentence: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): MeetingMention | undefined {
  // "signed", "to sign"; not the noun ("in a sign of respect").
  const verb = /\b(?<!\b(?:a|an|the|no|any|every)\s+)sign(?:ed|s)?\b/i.exec(sentence.text);
  if (!verb) return undefined;
  // "a water treaty, signed in 1998, that expires": a participle in an aside tells of the thing, not a signing by the sentence's people.
  if (asides(sentence.text).some((r) => verb.index >= r.from && verb.index < r.to && /^,\s/.test(sentence.text.slice(r.from)))) return undefined;
  const signers = actorsIn(sentence, mentions).filter((p) => mentions.some((m) => m.person === p && m.sentence === sentence.index && m.start < verb.index));
  const nations = new Set(signers.map((p) => people[p]!.countryCode));
  if (signers.length < 2 || nations.size < 2) return undefined;
  const mention = baseMention(ctx, sentence, verb.index, 'IN_PERSON', countries);
  mention.participants = signers;
  // "After the talks, A and B signed …": a meeting word that points back to a meeting already told is not one of the signers' own.
  const clause = signingClause(sentence.text, verb.index);
  const clauseAt = sentence.text.indexOf(clause);
  mention.signingOnly = ![...clause.matchAll(TRIGGER)].some((t) => !isAnaphoric(sentence.text, clauseAt + (t.index ?? 0), t[0]) && !mediumOnly(sentence.text, clauseAt + (t.index ?? 0), t[0]) && !groupGathering(sentence.text, clauseAt + (t.index ?? 0), t[0]));
  return mention;
}
