/**
 * Whether a meeting was held, is planned or was called off, from the tense of
 * its clause, words of plans and invitations, and cancel verbs; and whether it
 * is told as earlier than the story's events.
 */
import type { MeetingStatus } from '../../types.ts';
import { clauseAt, PAST_VERB, tenseAt } from '../dates.ts';

/** "had been due to hold talks": a plan told in the past perfect is one that did not happen. */
const FELL_THROUGH = /\bhad (?:originally |initially |first )?been (?:due|scheduled|expected|set|slated|supposed|planned|penciled|pencilled|arranged)(?: in)? (?:to|for)\b/i;

/** Verbs that call a meeting off. */
export const CANCELLED = /\b(?:called off|cancell?ed|cancell?ing|postponed|scrapped|put off|shelved)\b/i;

/**
 * An invitation to visit, accepted or extended, is a planned visit: "accepted
 * an invitation from the king to visit Rabat", "extended an invitation to the
 * emir to pay a state visit to India".
 */
const INVITATION = /\b(?:accepted (?:an |the |a )?(?:(?:\p{Lu}[\p{L}-]*\s+){0,4}[\p{L}-]+(?:'s|’s) )?invitation|invited \S+(?: \S+){0,3}? to (?:visit|come|(?:make|pay) (?:an? |a return )?(?:\w+ )?visit)|invitation (?:from |to )?(?:\S+ ){0,6}?to (?:visit|come|(?:make|pay) (?:an? |a return )?(?:\w+ )?visit))\b/iu;

/**
 * Words of a plan: "plans to", "the planned visit", "is expected to", "was
 * also due to meet", "agreed on Tuesday to hold a meeting" (a plan reported
 * in the past tense is still one).
 */
const PLAN = /\b(?:(?:agreed|decided|pledged|promised|vowed|resolved)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+to\s+(?:hold|meet|visit|convene|host|hold\s+talks)|plans? to|planned|scheduled|upcoming|expects? to|expected to|hopes? to|hoped to|(?:is|are|was|were)\s+(?:also\s+|then\s+)?due\s+to|(?:was|were)\s+(?:also\s+|then\s+)?to\s+(?:visit|meet|hold|travel|fly|host|attend))\b/iu;

/** A decision told by a verb phrase of its own after the meeting's: "spoke by telephone on Thursday and agreed to hold …". */
const LATER_DECISION = /\band\s+(?:then\s+|also\s+)?(?:agreed|decided|pledged|promised|vowed|resolved)\b/i;

/**
 * The clause of a meeting word without a decision that follows it: "The two
 * presidents spoke by telephone on Thursday and agreed to hold the meeting in
 * Kampala" tells a call that was held; the plan is the later meeting's.
 */
function withoutLaterDecision(sentence: string, at: number, clause: string): string {
  const from = sentence.lastIndexOf(clause, at);
  const decision = LATER_DECISION.exec(clause.slice(Math.max(0, at - from)));
  return decision ? clause.slice(0, Math.max(0, at - from) + decision.index) : clause;
}

/** A saying in the past told right after a meeting: "said Wednesday after meeting with", "told reporters after talks with". */
export const AFTER_SAYING = /\b(?:said|told\s+(?:reporters|journalists|a news conference)|announced|stated)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?)?\s+(?:shortly\s+|soon\s+|hours\s+|just\s+)?after\s+(?:holding\s+|his\s+|her\s+|their\s+)?$/u;

/** Date words that look ahead: they cannot date a meeting that was held ("ahead of the handover later this month"). */
export const AHEAD = /\b(?:later this|next(?! (?:day|morning|evening|afternoon))|tomorrow|coming)\b/i;

/**
 * The status of the meeting a trigger at `at` tells: cancelled when the
 * sentence calls it off; planned when the trigger's own clause is future or
 * speaks of a plan, or the sentence tells an invitation; held otherwise. The
 * clause, not the sentence, decides: "X and Y on Monday signed a memorandum
 * under which Albania will host …" tells a signing that happened.
 */
export function statusOf(sentence: string, at: number): MeetingStatus {
  const clause = clauseAt(sentence, at);
  // "The signing had originally been set for May 7, with a delegation scheduled to meet X that day": a meeting in
  // a clause with no verb of its own tense hangs on the plan that fell through, and fell through with it.
  // A participle with its agent ("a delegation led by X") describes a noun; it is not the clause's verb.
  const finite = clause.replace(/\b\p{L}+\s+by\b/gu, ' ');
  const ownTense = PAST_VERB.test(finite) || /\b(?:will|would|shall|is|are|am)\b/i.test(finite);
  if (CANCELLED.test(sentence) || FELL_THROUGH.test(clause) || (FELL_THROUGH.test(sentence) && !ownTense)) return 'CANCELLED';
  // "scuttling what would have been their first face-to-face meeting": a meeting that would have been did not take place.
  if (/\bwould have been\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(sentence.slice(Math.max(0, at - 60), at))) return 'CANCELLED';
  // "last spoke in November, when X invited him to visit Ankara": an invitation told after the meeting's clause is another event.
  const clauseEnd = sentence.indexOf(clause, Math.max(0, at - clause.length)) + clause.length;
  // "Guatemala will take more flights, X said Wednesday after meeting with Y": what a past saying came after was held,
  // whatever the tense of what was said.
  if (AFTER_SAYING.test(sentence.slice(Math.max(0, at - 60), at))) return 'HELD';
  if (tenseAt(sentence, at) !== 'PAST' || INVITATION.test(sentence.slice(0, Math.max(clauseEnd, at))) || PLAN.test(withoutLaterDecision(sentence, at, clause))) return 'PLANNED';
  // "X and Y would come to Washington to meet him": a meeting in an infinitive a future verb governs is a plan.
  if (/\b(?:would|will|shall)\s+(?![^.;]*\b(?:have|had)\b)(?:[\p{L}'’-]+,?\s+){0,6}to\s+$/iu.test(sentence.slice(Math.max(0, at - 80), at))) return 'PLANNED';
  // "The first session, to be co-chaired by the two ministers, …": a meeting verb in a passive infinitive is still ahead.
  if (/\bto be\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, at - 20), at)) && !/\b(?:was|were|had been)\s+(?:(?:supposed|due|set|scheduled)\s+)?to be\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, at - 60), at))) return 'PLANNED';
  // "travels to Washington next week for talks": the present with a date ahead tells a plan.
  if (AHEAD.test(clause) && !PAST_VERB.test(clause)) return 'PLANNED';
  return 'HELD';
}

/** "had met", "last met", "previously held talks": a meeting told as earlier than the story's events. */
const EARLIER = /\b(?:had\s+(?:\w+\s+)?(?:met|held|spoken|talked|visited|hosted|received)|last\s+(?:met|held|spoke|talked|visited)|previously\s+(?:met|held))\b/i;

/** "had held talks over lunch beforehand", "had met earlier in the day": a pluperfect that orders the story's own events, not an earlier occasion. */
const SAME_OCCASION = /\b(?:beforehand|before (?:the )?(?:signing|ceremony)|earlier (?:in the day|that day|that morning))\b/i;

/** True when a clause tells a meeting earlier than the story's events ("had met in Brussels last week"), not one earlier in the day told. */
export function toldAsEarlier(clause: string): boolean {
  return EARLIER.test(clause) && !SAME_OCCASION.test(clause);
}

/** Statuses one meeting can be told with: a planned meeting may be called off, a held one is neither. */
export function statusesCompatible(a: MeetingStatus, b: MeetingStatus): boolean {
  return a === b || (a !== 'HELD' && b !== 'HELD');
}
