/**
 * Agreement noun phrases: counts, approximations, modifiers and determiners, phrases coordinated or joined into one package.
 */
import { COUNT_PATTERN, parseCount } from '../../text.ts';
import { NOUN, isPlural } from './kinds.ts';

/** Verbs that report what someone told: "officials said", "the ministry announced", "told reporters". */
export const REPORTING_VERBS = '(?:said|says|announced|announces|told reporters|reported|confirmed|added|stated)';

const APPROX = '(?:about|around|some|nearly|almost|more than|over|roughly|approximately|at least|up to|close to)';

/** A noun phrase naming agreements: "[about] [260] [cooperation] agreements", "the "strategic partnership" treaty". */
// A year before the noun ("the 1984 treaty") is when it was signed, never how many documents.
export const NOUN_PHRASE = new RegExp(
  `\\b(?:(the|this|that|these|a|an)\\s+)?(?:(${APPROX})\\s+)?(?:(?<![\\d.,$€£])(?!(?:1[89]|20)\\d\\d\\b)(${COUNT_PATTERN})\\s+)?((?:["“]?[a-z][a-z-]+["”]?\\s+){0,3}?)(${NOUN})\\b`,
  'gi',
);

/** Words that cannot modify an agreement noun: verbs, determiners and the like caught by the lazy modifier group. */
const NOT_MODIFIER = /^(?:but|no|not|nor|billion|million|trillion|bn|this|that|signed|sign|signs|signing|inked|concluded|clinched|struck|sealed|exchanged|have|has|had|were|was|are|is|be|been|the|a|an|and|or|of|in|on|to|with|such|fourth|first|other|similar|several|two|would|will|also|its|their|his|her|new|these|those|all|any)$/i;

/** Adjectives that may stand between a count and its noun without modifying the kind of document: "23 new documents", "five more agreements". */
const COUNTED_ADJECTIVE = /^(?:new|more)$/i;

/** The parts of an agreement noun phrase. */
export interface Phrase {
  det?: string;
  approx?: string;
  countText?: string;
  modifiers: string[];
  noun: string;
  /** Offset of the phrase in the sentence. */
  start: number;
  /** "14 other documents": a set apart from the documents just told. */
  other?: boolean;
  /** Named by a short name ("the CEPA"): one particular document, never any document the noun could name. */
  named?: boolean;
  /** Named by a capitalised title whose head is no document noun ("the Brasilia Presidential Act"): a document only when states sign it. */
  instrument?: boolean;
}

const DETERMINER = /^(?:the|this|that|these|a|an)$/i;

/** A word that counts documents ("two", "17", "a dozen"), not the article "a". */
function isCountWord(word: string): boolean {
  return parseCount(word) !== undefined && !/^an?$/i.test(word);
}

/**
 * Reads a NOUN_PHRASE match. The regex is case-insensitive for the nouns, so
 * its modifier group may swallow words that are not modifiers ("ally Russia",
 * "saying the"): modifiers are only the trailing lower-case words, and a
 * determiner among them becomes the phrase's determiner.
 */
export function readPhrase(match: RegExpMatchArray): Phrase | undefined {
  const [whole, det, approx, countText, modifiersRaw, noun] = match;
  const words = (modifiersRaw ?? '').replace(/["“”]/g, '').trim().split(/\s+/).filter(Boolean);
  let cut = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (!/^[a-z][a-z-]*$/.test(words[i]!) || NOT_MODIFIER.test(words[i]!)) {
      cut = i;
      break;
    }
  }
  // "eight intergovernmental and interagency documents": a count before modifiers joined by "and" counts the whole phrase.
  if (countText !== undefined && cut >= 1 && /^(?:and|or)$/i.test(words[cut]!) && words.slice(0, cut).every((w) => /^[a-z][a-z-]*$/.test(w) && !NOT_MODIFIER.test(w))) cut = -1;
  // "23 new documents on cooperation": an adjective of novelty between the count and the noun leaves the count standing.
  if (countText !== undefined && cut >= 0 && words.slice(0, cut + 1).every((w) => COUNTED_ADJECTIVE.test(w))) {
    return { det, approx, countText, modifiers: words.slice(cut + 1), noun: noun!, start: match.index ?? 0 };
  }
  const modifiers = words.slice(cut + 1);
  // "such agreements", "other deals" are no particular documents; "14 other documents" is a counted set of its own.
  // The count may have been read as a modifier word before "other": "signed nine other documents".
  const countBefore = cut >= 1 && /^other$/i.test(words[cut]!) && parseCount(words[cut - 1]!) !== undefined && !/^an?$/i.test(words[cut - 1]!) ? words[cut - 1] : undefined;
  const counted = countText !== undefined || countBefore !== undefined;
  if (modifiers.some((w) => /^(?:such|similar|other|fourth|first)$/i.test(w)) || (cut >= 0 && /^(?:such|similar)$/i.test(words[cut]!)) || (cut >= 0 && !counted && /^other$/i.test(words[cut]!))) return undefined;
  const nounStart = (match.index ?? 0) + whole.length - noun!.length;
  const modText = modifiers.join(' ');
  const start = modText ? (match.index ?? 0) + whole.lastIndexOf(modText, whole.length - noun!.length) : nounStart;
  if (cut < 0) return { det, approx, countText, modifiers, noun: noun!, start: match.index ?? 0 };
  const breaker = words[cut]!;
  if (counted && /^other$/i.test(breaker)) {
    const countWord = countBefore ?? countText!;
    const at = countBefore ? (match.index ?? 0) + whole.lastIndexOf(countBefore, whole.length - noun!.length) : (match.index ?? 0);
    return { det: countBefore ? undefined : det, approx: countBefore ? undefined : approx, countText: countWord, modifiers, noun: noun!, start: at, other: true };
  }
  // The kept words may open with an approximation and a count the regex read as modifiers: "three memoranda".
  let k = 0;
  let keptApprox: string | undefined;
  let keptCount: string | undefined;
  // "signed two agreements", "signed the two memoranda": the match may open before the count, which then stands as the breaker.
  if (isCountWord(breaker)) {
    keptCount = breaker;
    const before = words[cut - 1];
    if (before && new RegExp(`^${APPROX}$`, 'i').test(before)) keptApprox = before;
    const detWord = DETERMINER.test(before ?? '') ? before : undefined;
    return { det: detWord, approx: keptApprox, countText: keptCount, modifiers, noun: noun!, start: (match.index ?? 0) + whole.lastIndexOf(breaker, whole.length - noun!.length) };
  }
  if (modifiers[k] && new RegExp(`^${APPROX}$`, 'i').test(modifiers[k]!)) keptApprox = modifiers[k++];
  if (modifiers[k] && parseCount(modifiers[k]!) !== undefined && !/^an?$/i.test(modifiers[k]!)) keptCount = modifiers[k++];
  // "the Pukpuk Treaty", "the Lombok Treaty": a name between "the" and the noun keeps the phrase definite.
  let nameStart = cut;
  while (nameStart >= 0 && /^\p{Lu}/u.test(words[nameStart]!)) nameStart--;
  const before = nameStart >= 0 ? words[nameStart] : det;
  const named = nameStart < cut && /^the$/i.test(before ?? '');
  // "the defence and trade MoUs": modifiers joined by "and" keep the determiner before them.
  const detBefore = cut >= 2 ? words[cut - 2] : cut === 1 ? det : undefined;
  const joinedDet = /^(?:and|or)$/i.test(breaker) && cut >= 1 && /^[a-z][a-z-]*$/.test(words[cut - 1]!) && !NOT_MODIFIER.test(words[cut - 1]!) && DETERMINER.test(detBefore ?? '') ? detBefore!.toLowerCase() : undefined;
  return { det: DETERMINER.test(breaker) ? breaker : named ? 'the' : joinedDet, approx: keptApprox, countText: keptCount, modifiers: modifiers.slice(k), noun: noun!, start, named };
}

/**
 * True when a noun phrase is coordinated with the one before it, so the verb
 * that signed the first signed it too: "signed a treaty on X and an
 * agreement on Y", "inked a contract worth $3 billion with A, and a separate
 * $2 billion deal with B", "a host agreement, a shareholding agreement and a
 * tariff agreement". The gap holds no clause of its own (no relative word,
 * no finite verb, no sentence punctuation).
 */
export function coordinated(gap: string): boolean {
  if (gap.length > 140 || /[;:]|\.(?!\d)|\b(?:that|which|who|whom|when|where|but|will|would|is|are|was|were|has|have|had|after|before|while)\b/i.test(gap)) return false;
  return /(?:(?:,\s*|\s)(?:and|as well as|plus|along with|together with|in addition to)\s+(?:(?:a|an|the|separate|second|further)\s+)*|,\s*(?:(?:a|an|the)\s+)?)(?:[$€£]\s?[\d.,]+\s*(?:trillion|billion|million|bn|m)?\s+)?$/i.test(gap);
}

/**
 * "20 agreements and memorandums of understanding", "51 agreements and
 * MoUs": one count before two plural nouns joined by "and" counts them
 * together, as one package. The second noun is dropped and the first
 * phrase runs to its end.
 */
export function joinCountedPairs(text: string, phrases: { phrase: Phrase; end: number }[]): void {
  for (let i = phrases.length - 2; i >= 0; i--) {
    const first = phrases[i]!;
    const second = phrases[i + 1]!;
    const counted = first.phrase.countText !== undefined && isPlural(first.phrase.noun);
    const bare = second.phrase.det === undefined && second.phrase.countText === undefined && second.phrase.modifiers.length === 0 && isPlural(second.phrase.noun);
    if (!counted || !bare || !/^\s+(?:and|&)\s+$/i.test(text.slice(first.end, second.phrase.start))) continue;
    const ofUnderstanding = /^\s+of understanding\b/i.exec(text.slice(second.end));
    first.end = second.end + (ofUnderstanding?.[0].length ?? 0);
    phrases.splice(i + 1, 1);
  }
}

/** Nouns an agreement word modifies without naming a document: "treaty ally", "treaty obligations", "deal terms". */
// "exchanged the instruments of ratification": a treaty signed before comes into force, no new document.
export const NOUN_AS_MODIFIER = /^\s+(?:of\s+ratification|ally|allies|partner|partners|obligations?|commitments?|negotiations?|negotiators?|talks|terms|text|framework|process|rights|organi[sz]ations?|bloc|system)\b/i;

/** "to more than 30 the number of", "to 45 the total number of": a count set before the noun phrase it counts. */
export const NUMBER_OF = new RegExp(`\\bto\\s+(?:(${APPROX})\\s+)?(${COUNT_PATTERN})\\s+the\\s+(?:total\\s+)?number\\s+of\\s+$`, 'i');

/**
 * "the Shusha Declaration, a treaty on allied relations": a phrase set right
 * after another by a comma and "a/an" names the same document again; the
 * second is dropped and the first runs to its end.
 */
export function joinAppositives(text: string, phrases: { phrase: Phrase; end: number }[]): void {
  for (let i = phrases.length - 2; i >= 0; i--) {
    const first = phrases[i]!;
    const second = phrases[i + 1]!;
    if (!/^(?:an?|the)$/i.test(second.phrase.det ?? '') || second.phrase.countText !== undefined) continue;
    if (!/^,\s*$/.test(text.slice(first.end, second.phrase.start))) continue;
    first.end = second.end;
    phrases.splice(i + 1, 1);
  }
}

/**
 * "four memorandums of understanding (MOUs) on Sept 5", "the Comprehensive
 * Economic Cooperation Agreement (CECA), signed in 2005": a short name in
 * brackets right after a phrase names the same documents; it is dropped and
 * the first phrase runs past the closing bracket, so what follows (a date, a
 * signer) still belongs to the first.
 */
export function joinBracketedShortNames(text: string, phrases: { phrase: Phrase; end: number }[]): void {
  for (let i = phrases.length - 2; i >= 0; i--) {
    const first = phrases[i]!;
    const second = phrases[i + 1]!;
    if (second.phrase.det !== undefined || second.phrase.countText !== undefined || second.phrase.modifiers.length > 0) continue;
    if (!/^(?:\s+of\s+understanding)?\s*\(\s*$/i.test(text.slice(first.end, second.phrase.start))) continue;
    const close = /^\s*\)/.exec(text.slice(second.end));
    if (!close) continue;
    first.end = second.end + close[0].length;
    phrases.splice(i + 1, 1);
  }
}
