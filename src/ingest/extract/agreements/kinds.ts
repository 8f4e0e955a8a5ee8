/**
 * Kinds of signed documents from their nouns: a treaty, a contract, a memorandum, an agreement, or a PACKAGE of several.
 */
import type { AgreementKind } from '../../types.ts';

/** The nouns of signed documents, as a regex source. */
// A declaration or joint statement counts only when the text says it was signed (a signing verb must tell it).
// A joint communiqué and an exchange of letters or notes are instruments that states sign like any agreement.
export const NOUN = '(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|contracts?|memorand(?:um|a|ums)|MoUs?|protocols?|conventions?|documents?|instruments|declarations?|joint statements?|(?:statements?|letters?)\\s+of\\s+intent|(?:joint\\s+)?communiqu[eé]s?|exchanges?\\s+of\\s+(?:letters|notes))';

/** Nouns that name any kind of signed document, so "the deal" or "the documents" can point back to a treaty or a memorandum. */
export const GENERIC_NOUN = /^(?:agreements?|accords?|deals?|pacts?|documents?|instruments)$/i;

/** Kind from the noun: several documents signed together are a PACKAGE, one document keeps its own kind. */
export function kindOf(noun: string, count: number | undefined): AgreementKind {
  const n = noun.toLowerCase();
  if (isPlural(noun) && (count === undefined || count > 1)) return 'PACKAGE';
  if (/^treat/.test(n)) return 'TREATY';
  if (/^contract/.test(n)) return 'CONTRACT';
  if (/^(?:memorand|mou)/.test(n)) return 'MEMORANDUM';
  return 'AGREEMENT';
}

/** True for a plural document noun: several documents, unless a count of one says otherwise. */
export function isPlural(noun: string): boolean {
  return /^(?:treaties|agreements|accords|deals|pacts|contracts|memoranda|memorandums|mous|protocols|conventions|documents|instruments|declarations|joint statements|(?:statements|letters)\s+of\s+intent|(?:joint\s+)?communiqu[eé]s)$/i.test(noun);
}
