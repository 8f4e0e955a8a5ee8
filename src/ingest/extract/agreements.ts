/**
 * Agreements stage: signings ("signed agreements Thursday on …", "signed a
 * strategic partnership treaty", "signed 11 agreements", "a security
 * agreement signed in 2001 and a general agreement signed in 1998", "the
 * agreement that Riyadh and Tehran signed", "signed about 260 cooperation
 * agreements in the last 18 years"), completed by later references ("the 17
 * agreements"). Parties are the countries that sign, never every country
 * named; totals over many years get a span and no date.
 */
import { datesCompatible } from '../dates.ts';
import { COUNT_PATTERN, inRanges, parseCount, quotedRanges } from '../text.ts';
import type { AgreementKind, ExtractedAgreement, ExtractedMeeting, ExtractedPerson, PartialDate } from '../types.ts';
import { warn, type ArticleContext, type ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { findDatesWithPrevious, leadOf, type DateMention } from './dates.ts';
import type { PersonMention } from './people.ts';
import { completeParties, namedParties, partiesIn } from './agreements/parties.ts';
import { valueIn } from './agreements/values.ts';
import { findTopics, TOPIC_CUE } from './topics.ts';

/** Verbs by which a document comes into being: signed, inked, concluded, sealed. "Reached an agreement" tells a deal agreed, not a document signed. */
// "exchanged 51 agreements": South Asian and Chinese copy tells a signing ceremony by the exchange of the signed copies.
// "witnessed the exchange of two memoranda": the exchange of signed copies, told as a noun like "the signing of".
// "put their names to the partnership": the idiom for signing.
// "witnessed the exchange of notes": an exchange of notes or letters is itself the instrument, so its exchange witnessed is its signing (by others than the witnesses).
const SIGN_VERB = /\b(?:sign(?:ed|ing)|(?<!\b(?:a|an|the|no|any|every)\s+)signs?|inked|concluded|clinched|struck|sealed|exchanged|exchange(?=\s+of\s+(?!views\b|letters\b|notes\b))|(?:witness(?:ed|es)?|oversaw|attended)(?=\s+the\s+exchanges?\s+of\s+(?:letters|notes)\b)|put (?:their|his|her) (?:names?|signatures?) to)\b/gi;
// A declaration or joint statement counts only when the text says it was signed (a signing verb must tell it).
// A joint communiqué and an exchange of letters or notes are instruments that states sign like any agreement.
const NOUN = '(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|contracts?|memorand(?:um|a|ums)|MoUs?|protocols?|conventions?|documents?|instruments|declarations?|joint statements?|(?:joint\\s+)?communiqu[eé]s?|exchanges?\\s+of\\s+(?:letters|notes))';

/** Nouns that name any kind of signed document, so "the deal" or "the documents" can point back to a treaty or a memorandum. */
const GENERIC_NOUN = /^(?:agreements?|accords?|deals?|pacts?|documents?|instruments)$/i;
const APPROX = '(?:about|around|some|nearly|almost|more than|over|roughly|approximately|at least|up to|close to)';

/** A noun phrase naming agreements: "[about] [260] [cooperation] agreements", "the "strategic partnership" treaty". */
// A year before the noun ("the 1984 treaty") is when it was signed, never how many documents.
const NOUN_PHRASE = new RegExp(
  `\\b(?:(the|this|that|these|a|an)\\s+)?(?:(${APPROX})\\s+)?(?:(?<![\\d.,$€£])(?!(?:1[89]|20)\\d\\d\\b)(${COUNT_PATTERN})\\s+)?((?:["“]?[a-z][a-z-]+["”]?\\s+){0,3}?)(${NOUN})\\b`,
  'gi',
);

/** Words that cannot modify an agreement noun: verbs, determiners and the like caught by the lazy modifier group. */
const NOT_MODIFIER = /^(?:but|no|not|nor|billion|million|trillion|bn|this|that|signed|sign|signs|signing|inked|concluded|clinched|struck|sealed|exchanged|have|has|had|were|was|are|is|be|been|the|a|an|and|or|of|in|on|to|with|such|fourth|first|other|similar|several|two|would|will|also|its|their|his|her|new|these|those|all|any)$/i;

/** The two sides as a subject: "the two countries", "their governments", "officials from both sides". */
const TWO_SIDES = /\b(?:(?:the two|both) (?:countries|nations|sides|governments|states|leaders|neighbours|neighbors|presidents|ministers)|their (?:governments|countries|ministers|delegations)|they)\b/i;

/** Words before a signing verb that make it a plan: "would be signed", "is to be signed", "are expected to sign". */
const PLANNED_SIGNING = /\b(?:will|would|shall|to|could|may|might|should)\s+(?:be\s+|(?:then\s+)?)$|\b(?:not yet|yet to be|has not been|have not been|was not|were not)\s+$/i;

/** A modal or "to" with its verb, then "and" right before a bare "sign": "will travel to Accra and sign", "hoped to meet and sign". */
const PLANNED_JOINED = /\b(?:will|would|shall|to|could|may|might|should|must|can)\s+[a-z]+\b[^.;:]{0,80}?\s(?:and|to)\s+$/i;

/** Words before a signing verb that deny it: "did not sign", "never signed", "have yet to sign", "refused to sign". */
// Up to two words between: "has not yet been signed", "did not formally sign".
const NEGATED_BEFORE = /\b(?:not|never|n't|neither|nor|refused to|declined to|failed to|yet to)\s+(?:\w+\s+){0,2}$/i;

/** Talks as what was concluded: "concluded negotiations", "concluded the talks on". */
const CONCLUDED_TALKS_AFTER = /^\s+(?:(?:the|their|its)\s+)?(?:\w+\s+)?(?:negotiations|talks)\b/i;

/** Talks as the subject of "concluded": "whose negotiations were concluded", "talks were successfully concluded". */
const CONCLUDED_TALKS_BEFORE = /\b(?:negotiations|talks)\s+(?:\w+\s+){0,2}$/i;

/** A subject that denies the signing: "No LNG agreement was signed", "no deal has been signed". */
const DENIED_SUBJECT = /\bno\s+(?:(?!(?:the|a|an|doubt)\b)[\w-]+\s+){0,3}(?:has|have|had|was|were|is|are)\s+(?:\w+\s+)?$/i;

/** Words before a signing verb that make its subject witnesses, not signatories: "the two leaders witnessed the signing of". */
const WITNESSED_BEFORE = /\b(?:witness(?:ed|es|ing)?|attend(?:ed|s|ing)?|oversaw|oversee(?:s|ing)?|presided over|watched|look(?:ed)? on at)\s+(?:the\s+)?$/i;

/** A sentence that details a package already told: "Among the documents signed …", "one of the agreements". */
const ELABORATION = /\b(?:among|one of|two of|several of|some of) the (?:documents|agreements|deals|accords|memorandums|memoranda|mous|contracts|texts|protocols)\b/i;

/** A signing told as a record over time, not an event of the occasion: "have signed", "had signed", "over the years", "since". */
const PERFECT_OR_HABIT = /\b(?:have|has|had)\s+(?:\w+\s+)?signed\b|\b(?:over the (?:years|decades)|so far|to date|since|previously|in the past)\b/i;

/** Words that tie a signing to the meeting just told: "then signed", "in the presence of the two leaders". */
const AT_THE_MEETING = /\b(?:then|(?:after|following|at the end of|during) the (?:talks|meeting|session|summit|visit|discussions)|in the presence of|at the ceremony|witnessed)\b/i;

interface AgreementMention {
  sentence: number;
  kind: AgreementKind;
  title: string;
  definite: boolean;
  /** Named by a noun any document can take ("the deal", "the documents"). */
  generic: boolean;
  /** Marked as another document of the same occasion: "also signed", "14 other documents", "a separate deal". */
  sameOccasion: boolean;
  /** Marked as a document apart from those just told: "also signed", "14 other documents", "a separate deal" (not "then signed"). */
  another: boolean;
  signing: boolean;
  /** Told in the present tense ("leaders sign declaration"): a headline's or standfirst's telling. */
  present?: boolean;
  count?: number;
  approximate: boolean;
  plural: boolean;
  date?: PartialDate;
  span?: { fromYear: number; toYear: number };
  parties: string[];
  signatories: string[];
  /** Signed by private companies alone ("executives of X, Ghana's biggest brewer, signed"): no state is a party. */
  companies: boolean;
  valueUsd?: number;
  topics: string[];
}

/** Kind from the noun: several documents signed together are a PACKAGE, one document keeps its own kind. */
function kindOf(noun: string, count: number | undefined): AgreementKind {
  const n = noun.toLowerCase();
  if (isPlural(noun) && (count === undefined || count > 1)) return 'PACKAGE';
  if (/^treat/.test(n)) return 'TREATY';
  if (/^contract/.test(n)) return 'CONTRACT';
  if (/^(?:memorand|mou)/.test(n)) return 'MEMORANDUM';
  return 'AGREEMENT';
}

function isPlural(noun: string): boolean {
  return /^(?:treaties|agreements|accords|deals|pacts|contracts|memoranda|memorandums|mous|protocols|conventions|documents|instruments|declarations|joint statements|(?:joint\s+)?communiqu[eé]s)$/i.test(noun);
}

/** The parts of an agreement noun phrase. */
interface Phrase {
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
function readPhrase(match: RegExpMatchArray): Phrase | undefined {
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

/** A signing verb, where it stands, and how it relates to the agreement noun. */
interface Signing {
  at: number;
  end: number;
  /** "A and B signed X" (active), "X signed by A" / "X that A signed" / "X signed in 2001" (after the noun). */
  after: boolean;
}

/** The signing verbs of a sentence, less those planned, denied or only adjectives. */
function signingVerbs(text: string): Signing[] {
  const verbs: Signing[] = [];
  for (const m of text.matchAll(SIGN_VERB)) {
    const at = m.index ?? 0;
    // "would be signed during the visit", "is to be signed": planned, not signed.
    // "was the first developed country to sign a free trade agreement with China": the first to sign has signed.
    const firstToSign = /\b(?:was|were|became|is|are)\s+the\s+(?:first|second|third|last|only)\b[^.;,]{0,60}?\bto\s+$/i.test(text.slice(Math.max(0, at - 90), at));
    if (!firstToSign && PLANNED_SIGNING.test(text.slice(Math.max(0, at - 30), at))) continue;
    // "signed no new agreements", "did not sign", "never signed": a signing denied.
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || /^\s+no\b/i.test(text.slice(at + m[0].length))) continue;
    if (DENIED_SUBJECT.test(text.slice(Math.max(0, at - 60), at))) continue;
    // "concluded negotiations on a treaty", "whose negotiations were concluded": talks ended, nothing was signed.
    if (/^concluded$/i.test(m[0]) && (CONCLUDED_TALKS_AFTER.test(text.slice(at + m[0].length)) || CONCLUDED_TALKS_BEFORE.test(text.slice(Math.max(0, at - 40), at)))) continue;
    // "would come to Washington and sign a final accord": a bare "sign" joined to a verb of a modal or "to" shares its future.
    if (!firstToSign && /^sign$/i.test(m[0]) && PLANNED_JOINED.test(text.slice(Math.max(0, at - 120), at))) continue;
    // "any signed agreement", "no signed text": a participle after "any" or "no" tells no signing.
    if (/\b(?:any|no)\s+$/i.test(text.slice(Math.max(0, at - 5), at))) continue;
    // "exchanged the instruments of ratification of the treaty": a treaty signed before comes into force, nothing is signed.
    if (/^\s+(?:the\s+)?(?:instruments|documents)\s+of\s+ratification\b/i.test(text.slice(at + m[0].length))) continue;
    // "signed the Fisheries Act into law": a law enacted, no agreement between states.
    if (/^[^.;]{0,100}?\binto\s+law\b/i.test(text.slice(at + m[0].length))) continue;
    // "many of the signed memorandums", "the newly signed accords": a participle before its noun after a determiner points to documents already told.
    if (/^signed$/i.test(m[0]) && /\b(?:the|these|those|its|their|our)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, at - 30), at)) && /^\s+\p{Ll}/u.test(text.slice(at + m[0].length))) continue;
    verbs.push({ at, end: at + m[0].length, after: false });
  }
  return verbs;
}

/**
 * Between a noun phrase and the passive that signs it, an aside set off by
 * commas or a relative clause: "Two memorandums of understanding, on A and
 * on B, were also signed", "The Union, a treaty under which X commits to Y,
 * was signed", "The contract, the country's largest export deal, was signed".
 */
const SET_OFF_THEN_PASSIVE = /^(?:\s+of understanding)?(?:\s*,[^;:()]{1,160}?|\s+(?:(?:under|by|in|with|through|for)\s+)?(?:which|whom|whose)\b[^;:()]{1,160}?),\s*(?:was|were|had been|has been|have been)\s+(?:(?:also|then|later|finally|\w+ly)\s+)?$/i;

/** What the documents are on, then their passive: "Memoranda of understanding on energy and health were exchanged" (no other verb between). */
const COMPLEMENT_THEN_PASSIVE = /^(?:\s+of understanding)?\s+(?:on|for|in|between|with)\s(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says|that|which|who)\b)[^,;:()"“”]){1,80}?\s(?:was|were|had been|has been|have been)\s+(?:(?:also|then|later|finally|\w+ly)\s+)?$/i;

/** What the document is on, then a comma before its participle: " on the maintenance of peace and tranquillity along the border, ". */
const COMPLEMENT_THEN_PARTICIPLE = /^\s+(?:on|for|between|with|to|of)\s(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says)\b)[^,;:()]){1,120},\s*$/i;

/**
 * The signing verb that states a noun phrase was signed: right after it
 * ("agreement signed in 2001", "treaty that Riyadh and Tehran signed",
 * "agreements were signed by"), else the nearest before it in the same clause
 * ("signed three memorandums", "inked a contract worth …").
 */
function signingOf(text: string, phraseStart: number, phraseEnd: number, verbs: Signing[], nextPhrase: number): Signing | undefined {
  const after = verbs.find((v) => v.at >= phraseEnd && (COMPLEMENT_THEN_PASSIVE.test(text.slice(phraseEnd, v.at)) || /^[\s,]*(?:(?:that|which)\s+(?:[^.;,]{0,60}?\s)?|(?:was|were|had been|has been|have been|is|are)\s+(?:(?:also|then|later|finally|subsequently|\w+ly)\s+)?)?$/i.test(text.slice(phraseEnd, v.at)) || SET_OFF_THEN_PASSIVE.test(text.slice(phraseEnd, v.at))));
  if (after) return { ...after, after: true };
  // A decimal point is no sentence end: "signed an $11.3 billion deal".
  const before = verbs.filter((v) => v.end <= phraseStart && phraseStart - v.end < 60 && !/;|\.(?!\d)/.test(text.slice(v.end, phraseStart)));
  if (before.length > 0) return before[before.length - 1];
  // Looser: a short appositive, name or partner between ("the Lombok Treaty, a framework the two countries signed", "an agreement with Denmark signed in 1951").
  // A longer gap may be the document's subject, set off before the participle: "the 1993 agreement on the maintenance of peace along the border, signed in …".
  const later = verbs.find(
    (v) => v.at >= phraseEnd && v.at <= nextPhrase && (v.at - phraseEnd <= 60 || COMPLEMENT_THEN_PARTICIPLE.test(text.slice(phraseEnd, v.at))) && /^(?:sign|seal|conclud)/i.test(text.slice(v.at)) && !/[.;]/.test(text.slice(phraseEnd, v.at)),
  );
  return later ? { ...later, after: true } : undefined;
}

/**
 * The date of a signing: nearest the verb inside its own stretch of the
 * sentence. A multi-year span wins for a total of many documents; one
 * document is never dated by a span ("troops there since 1960 under an
 * agreement signed in 1961").
 */
function dateOf(dates: DateMention[], verb: Signing, from: number, to: number, plural: boolean, asides: [number, number][] = []): { date?: PartialDate; span?: { fromYear: number; toYear: number } } {
  // A date inside a relative clause that does not hold the verb is that clause's ("Ghana, which established ties in 1960, signed …").
  const aside = (d: DateMention) => asides.some(([a, b]) => d.index > a && d.index < b && !(verb.at > a && verb.at < b));
  // "to double capacity by 2030": a target date, never when a document was signed.
  const inside = dates.filter((d) => d.index >= from && d.index < to && (plural || !d.span) && !/^(?:by|until|through)\b/i.test(d.text.trim()) && !aside(d));
  const distance = (d: DateMention) => Math.abs(d.index - verb.at);
  const near = inside.filter((d) => d.date).sort((a, b) => distance(a) - distance(b))[0];
  const span = inside.find((d) => d.span);
  // "signed 20 agreements on Thursday, at the first summit since 2015": the day nearer the verb dates the signing.
  if (span && (!near || distance(span) < distance(near))) return { span: span.span! };
  return near?.date ? { date: near.date } : {};
}

/**
 * True when a noun phrase is coordinated with the one before it, so the verb
 * that signed the first signed it too: "signed a treaty on X and an
 * agreement on Y", "inked a contract worth $3 billion with A, and a separate
 * $2 billion deal with B", "a host agreement, a shareholding agreement and a
 * tariff agreement". The gap holds no clause of its own (no relative word,
 * no finite verb, no sentence punctuation).
 */
function coordinated(gap: string): boolean {
  if (gap.length > 140 || /[;:]|\.(?!\d)|\b(?:that|which|who|whom|when|where|but|will|would|is|are|was|were|has|have|had|after|before|while)\b/i.test(gap)) return false;
  return /(?:(?:,\s*|\s)(?:and|as well as|plus|along with|together with|in addition to)\s+(?:(?:a|an|the|separate|second|further)\s+)*|,\s*(?:(?:a|an|the)\s+)?)(?:[$€£]\s?[\d.,]+\s*(?:trillion|billion|million|bn|m)?\s+)?$/i.test(gap);
}

/** Words that tell another document of the same occasion: "also signed", "a separate deal", "another accord". */
const SAME_OCCASION = /\b(?:also|then|separately|too|in addition)\b|\b(?:in|at|during) an? (?:separate|second|later|another) (?:ceremony|event|signing)\b|\b(?:separate|additional|another|further)\s+(?:[\w$.-]+\s+){0,3}$/i;

/** Words that set a document apart from those just told; "then signed" tells the next step of the same signing, not another document. */
const ANOTHER_DOCUMENT = /\b(?:also|separately|too|in addition)\b|\b(?:in|at|during) an? (?:separate|second|later|another) (?:ceremony|event|signing)\b|\b(?:separate|additional|another|further)\s+(?:[\w$.-]+\s+){0,3}$/i;

/**
 * "20 agreements and memorandums of understanding", "51 agreements and
 * MoUs": one count before two plural nouns joined by "and" counts them
 * together, as one package. The second noun is dropped and the first
 * phrase runs to its end.
 */
function joinCountedPairs(text: string, phrases: { phrase: Phrase; end: number }[]): void {
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
const NOUN_AS_MODIFIER = /^\s+(?:of\s+ratification|ally|allies|partner|partners|obligations?|commitments?|negotiations?|negotiators?|talks|terms|text|framework|process|rights|organi[sz]ations?|bloc|system)\b/i;

/** "to more than 30 the number of", "to 45 the total number of": a count set before the noun phrase it counts. */
const NUMBER_OF = new RegExp(`\\bto\\s+(?:(${APPROX})\\s+)?(${COUNT_PATTERN})\\s+the\\s+(?:total\\s+)?number\\s+of\\s+$`, 'i');

/** Days before publication that still count as the days of the story ("on Monday", "last week"). */
const STORY_DAYS = 10;

/** True when a partial date can name a day within the story's last days (up to publication), so a signing dated so is news, not history. */
function ofTheStory(date: PartialDate, publishedAt: string | undefined): boolean {
  if (!publishedAt) return date.precision === 'DAY';
  const published = Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  const last = Date.UTC(date.year, date.month === undefined ? 11 : date.month - 1, date.day ?? (date.month === undefined ? 31 : new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()));
  return last >= published - STORY_DAYS * 86400000;
}

/** True when every day a partial date can name lies after the ISO publication day. */
function laterThanPublication(date: PartialDate, publishedAt: string | undefined): boolean {
  if (!publishedAt) return false;
  const first = `${String(date.year).padStart(4, '0')}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
  return first > publishedAt;
}

/**
 * "the Shusha Declaration, a treaty on allied relations": a phrase set right
 * after another by a comma and "a/an" names the same document again; the
 * second is dropped and the first runs to its end.
 */
function joinAppositives(text: string, phrases: { phrase: Phrase; end: number }[]): void {
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
 * A document named only by its title right after a signing verb: "signed the
 * Plan of Action for the Implementation of the Strategic Partnership", "signed
 * a Plan of Consultations",
 * "signed in Baghdad the "Agreed Minutes"". The title is two or more
 * capitalised words (with "of", "for", "and", "the" between) that name no
 * person and no country.
 */
const TITLE_AFTER_VERB = /^\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?(the|an?)\s+["“]?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:of|for|on|and|the|between)\s+)*(?:\p{Lu}[\p{L}'’-]*|\d{4}(?:-\d{4})?))+)["”]?/u;

function titledDocuments(s: ReadSentence, verbs: Signing[], mentions: PersonMention[], countries: CountryMention[]): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const v of verbs) {
    if (/^(?:signing|exchange)$/i.test(s.text.slice(v.at, v.end))) continue;
    const m = TITLE_AFTER_VERB.exec(s.text.slice(v.end));
    if (!m) continue;
    const title = m[2]!;
    const start = v.end + m[0].length - title.length - (/["”]$/.test(m[0]) ? 1 : 0);
    const end = start + title.length;
    if (mentions.some((p) => p.sentence === s.index && p.start < end && start < p.end)) continue;
    // "signed the United Arab Emirates …": a country is no title.
    if (countries.some((c) => c.sentence === s.index && c.start <= start && c.end >= end)) continue;
    out.push({ phrase: { det: m[1]!.toLowerCase(), modifiers: [], noun: title, start: start - (/["“]/.test(s.text[start - 1] ?? '') ? 1 : 0) }, end });
  }
  return out;
}

/**
 * A title in capitals headed by a word that names an instrument only as part
 * of a name: "the Brasilia Presidential Act", "the Lomé Charter", "a Joint
 * Action Plan", "the Accra Roadmap". Such a phrase is a document only when
 * it is signed between states (not a law "signed into law").
 */
const INSTRUMENT_TITLE = /\b([Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Act|Charter|Plan|Programme|Program|Roadmap|Arrangement|Minutes|Compact|Covenant|Framework))\b/gu;

function instrumentTitles(s: ReadSentence, mentions: PersonMention[], countries: CountryMention[]): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const m of s.text.matchAll(INSTRUMENT_TITLE)) {
    const start = m.index! + m[0].length - m[2]!.length;
    // "The Plan" opening a sentence with nothing after it names nothing in particular.
    if (!/\s/.test(m[2]!) && !/^\s+(?:of|on|for|between)\s+\p{Lu}/u.test(s.text.slice(m.index! + m[0].length))) continue;
    const head = m.index! + m[0].length;
    if (mentions.some((p) => p.sentence === s.index && p.start < head && start < p.end)) continue;
    if (countries.some((c) => c.sentence === s.index && c.start <= start && c.end >= head)) continue;
    // "a Programme of Cooperation in Culture for 2024-2027": the title runs on after its head.
    const end = titleEnd(s, head, mentions);
    out.push({ phrase: { det: m[1]!.toLowerCase(), modifiers: [], noun: m[2]!, start: m.index!, named: true, instrument: true }, end });
  }
  return out;
}

/** An agreement noun phrase with its short name in brackets: "Comprehensive Economic Partnership Agreement (CEPA)". */
const ACRONYM_DEFINED = new RegExp(`\\b(${NOUN})\\s*\\(([A-Za-z]{2,8})\\)`, 'gi');

/** A short name in capitals: "CEPA", "RAA", "MoU" (the flag-insensitive match above cannot tell). */
const ACRONYM = /^[A-Z][A-Za-z]?[A-Z]{1,6}s?$/;

/** The short names the article gives its documents, each with the noun it stands for ("CEPA" → "Agreement"). */
function documentAcronyms(texts: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) for (const m of text.matchAll(ACRONYM_DEFINED)) if (ACRONYM.test(m[2]!) && !found.has(m[2]!) && !/^mous?$/i.test(m[2]!)) found.set(m[2]!, m[1]!);
  return found;
}

/** "The CEPA was signed in February 2022 by …": a short name defined earlier names its document again. */
function acronymPhrases(text: string, acronyms: Map<string, string>): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const [acronym, noun] of acronyms) {
    for (const m of text.matchAll(new RegExp(`\\b(the|this|that)\\s+${acronym}\\b(?!\\s*\\))`, 'gi'))) {
      // The short name keeps its capitals: "the CEPA", not "the cepa".
      if (!m[0].endsWith(acronym)) continue;
      out.push({ phrase: { det: m[1], modifiers: [acronym.toLowerCase()], noun, start: m.index!, named: true }, end: m.index! + m[0].length });
    }
  }
  return out;
}

/**
 * The end of a document's capitalised title that runs on after its noun:
 * "Treaty on Allied Relations between the Republic of A and the Republic of
 * B", "Agreement between the Government of A and the Government of B" (up
 * to the first lower-case word: "… on the supply of fuel"). A person named
 * there is no part of the title.
 */
function titleEnd(s: ReadSentence, end: number, mentions: PersonMention[]): number {
  if (!/(?:^|[^\p{L}])\p{Lu}\p{L}*$/u.test(s.text.slice(0, end))) return end;
  const m = /^\s+(?:of|on|for|between)\s+(?:(?:the|of|on|for|and|between|in)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\d+(?:[–-]\d+)?)(?:\s+(?:(?:the|of|on|for|and|between|in)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\d+(?:[–-]\d+)?))*/u.exec(s.text.slice(end));
  if (!m) return end;
  let to = end + m[0].length;
  const person = mentions.filter((p) => p.sentence === s.index && p.start >= end && p.start < to).sort((a, b) => a.start - b.start)[0];
  if (person) to = end + s.text.slice(end, person.start).replace(/\s+(?:(?:the|of|on|for|and|between|in)\s+)*$/, '').length;
  return to;
}

/** A line that does not end as a sentence does: no full stop, question or exclamation mark, closing quote or bracket. */
const HEADLINE = /[^.!?"”'’)\]…:]\s*$/;

/** The agreement mentions of a sentence: every agreement noun phrase, signed or only referred to. */
function mentionsIn(ctx: ArticleContext, s: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[], main: string[], acronyms: Map<string, string>): AgreementMention[] {
  // A line with no closing punctuation is a headline (of this story or of a linked one): it tells no signing of its own.
  const verbs = HEADLINE.test(s.text) ? [] : signingVerbs(s.text);
  // The cue of an elaboration ("Among the documents, …") names the package it details, not a document of its own.
  const cue = ELABORATION.exec(s.text);
  const phrases = [...s.text.matchAll(NOUN_PHRASE)].flatMap((match) => {
    const phrase = readPhrase(match);
    if (cue && phrase && phrase.start >= cue.index && phrase.start < cue.index + cue[0].length) return [];
    // "its only treaty ally", "treaty obligations": the noun modifies another, it names no document.
    if (phrase && NOUN_AS_MODIFIER.test(s.text.slice((match.index ?? 0) + match[0].length))) return [];
    // "no document on the issue was signed": a denial, no document.
    if (phrase && /\bno\s+$/i.test(s.text.slice(Math.max(0, phrase.start - 4), phrase.start))) return [];
    return phrase ? [{ phrase, end: (match.index ?? 0) + match[0].length }] : [];
  });
  // "The Treaty on Allied Relations between the Republic of A and the Republic of B was signed": a capitalised noun's title runs on after it.
  for (const p of phrases) p.end = titleEnd(s, p.end, mentions);
  // A title that names a noun phrase right after it ("the Vision 2030 document") is that phrase's name, not a document of its own.
  for (const named of acronymPhrases(s.text, acronyms)) if (!phrases.some((p) => p.phrase.start < named.end && named.phrase.start < p.end)) phrases.push(named);
  for (const titled of titledDocuments(s, verbs, mentions, countries)) if (!phrases.some((p) => p.phrase.start <= titled.end + 1 && titled.phrase.start < p.end)) phrases.push(titled);
  for (const titled of instrumentTitles(s, mentions, countries)) if (!phrases.some((p) => p.phrase.start <= titled.end + 1 && titled.phrase.start < p.end)) phrases.push(titled);
  phrases.sort((a, b) => a.phrase.start - b.phrase.start);
  joinCountedPairs(s.text, phrases);
  joinAppositives(s.text, phrases);
  if (phrases.length === 0) return [];
  const dates = findDatesWithPrevious(s.text, ctx.sentences[s.index - 1]?.text, ctx.publishedAt, leadOf(ctx.sentences.map((x) => x.text), ctx.publishedAt));
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  const elaboration = ELABORATION.test(s.text);
  const quotes = quotedRanges(s.text);
  // ", which established ties in 1960,": a relative clause set off by commas tells its own time.
  const asides = [...s.text.matchAll(/,\s+(?:which|who|whose)\b[^,;]*,/gi)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const claimed = new Set<number>();
  const out: AgreementMention[] = [];
  let previous: { verb?: Signing; date?: PartialDate } = {};
  phrases.forEach(({ phrase, end }, i) => {
    const { det, approx, countText, modifiers, noun } = phrase;
    // Each verb signs one phrase: the first phrase after it, or the phrase it follows.
    const nextPhrase = i + 1 < phrases.length ? phrases[i + 1]!.phrase.start : s.text.length;
    let verb = elaboration ? undefined : signingOf(s.text, phrase.start, end, verbs.filter((v) => !claimed.has(v.at)), nextPhrase);
    if (verb) claimed.add(verb.at);
    // A signing inside a quotation is someone's words, not a reported event ("'The governments signed contracts with oil companies'").
    if (verb && inRanges(verb.at, quotes)) verb = undefined;
    // "The following documents were signed: an agreement on A, a memorandum on B and …": the items listed after a colon share the verb of the plural before it.
    const listed = !verb && i > 0 && previous.verb !== undefined && isPlural(phrases[i - 1]!.phrase.noun) && /^\s*(?:(?:was|were|have been|had been)\s+(?:\w+\s+)?(?:signed|exchanged|concluded|inked)\s*)?:\s*$/i.test(s.text.slice(phrases[i - 1]!.end, phrase.start));
    const shared = !verb && i > 0 && previous.verb !== undefined && (listed || coordinated(s.text.slice(phrases[i - 1]!.end, phrase.start)));
    if (shared) verb = previous.verb;
    let count = countText ? parseCount(countText) : undefined;
    const definite = /^(?:the|this|that|these)$/i.test(det ?? '');
    if (count === undefined && /^an?$/i.test(det ?? '') && !isPlural(noun)) count = 1;
    // "the Abraham Accords", "the Camp David Accords": a capitalised plural after a name is one instrument by its name.
    const namedAccords = count === undefined && /^Accords$/.test(noun) && /\p{Lu}[\p{L}-]*\s+$/u.test(s.text.slice(Math.max(0, end - noun.length - 30), end - noun.length));
    if (namedAccords) count = 1;
    const kind = namedAccords ? 'AGREEMENT' : kindOf(noun, count);
    if (kind !== 'PACKAGE') count ??= 1;
    // A year right before the next noun phrase is that document's ("… that replaces a 1994 protocol").
    const nextStart = i + 1 < phrases.length ? phrases[i + 1]!.phrase.start : s.text.length;
    const yearOfNext = i + 1 < phrases.length ? /\b(?:(?:a|an|the|its|their|this|that)\s+)?(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+){0,2}$/i.exec(s.text.slice(end, nextStart)) : null;
    const stretch = { from: i > 0 ? phrases[i - 1]!.end : 0, to: yearOfNext ? end + yearOfNext.index : nextStart };
    const when = verb ? dateOf(dates, verb, stretch.from, stretch.to, isPlural(noun), asides) : {};
    // "signed a contract …, with the first vessel to be delivered in 2028": a document signed is not signed after publication.
    if (when.date && verb && /ed$/i.test(s.text.slice(verb.at, verb.end)) && laterThanPublication(when.date, ctx.publishedAt)) delete when.date;
    if (shared && !when.date && !when.span && previous.date) when.date = previous.date;
    // "The partnership dates back to 2011, when A and B signed …": the year a when-clause hangs on is the time of the clause's signing.
    if (verb && !when.date && !when.span) {
      const year = [...s.text.slice(0, verb.at).matchAll(/\b((?:1[89]|20)\d\d),?\s+when\b(?=[^;:]*$)/g)].pop();
      if (year && !PERFECT_OR_HABIT.test(s.text.slice(year.index!, verb.end))) when.date = { year: Number(year[1]), precision: 'YEAR' };
    }
    previous = { verb, date: when.date };
    let parties = verb ? partiesOf(s, phrase.start, end, verb, countries, mentions, people, main) : { codes: [], signers: [], companies: false, partners: [] };
    // "the President signed the Fisheries Act": an instrument title signed by one state alone is a law, no agreement.
    if (phrase.instrument && verb && parties.codes.length === 1) {
      verb = undefined;
      parties = { codes: [], signers: [], companies: false, partners: [] };
    }
    // "bring to more than 30 the number of agreements": the count stands before "the number of".
    const numberOf = NUMBER_OF.exec(s.text.slice(Math.max(0, phrase.start - 60), phrase.start));
    if (numberOf && count === undefined) count = parseCount(numberOf[2]!);
    // "Two memorandums … were also signed": the passive tells another document of the occasion after the noun.
    const alsoPassive = verb !== undefined && verb.after && verb.at > end && /\b(?:also|separately|too|in addition)\b/i.test(s.text.slice(end, verb.at).split(',').pop()!);
    const label = [approx, countText, ...modifiers, noun].filter(Boolean).join(' ').toLowerCase().replace(/["“”]/g, '');
    // A value belongs to the phrase it stands in or right after: "a contract worth $3 billion", "a separate $2 billion deal".
    // It stays inside the document's clause: not "…, and a consortium plans to build a $10 billion plant".
    const valueFrom = Math.max(stretch.from, phrase.start - 20);
    const clause = /,\s+(?:and|but|while|whereas)\s|;/i.exec(s.text.slice(end, stretch.to));
    const valueText = s.text.slice(valueFrom, clause ? end + clause.index : stretch.to);
    // "The contract is worth 1.3 trillion won (US$1.05 billion)": a later mention may give the value.
    const valued = verb !== undefined || /^\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:worth|valued at)\b/i.test(s.text.slice(end));
    const mention: AgreementMention = {
      sentence: s.index,
      kind,
      title: label,
      definite,
      generic: !phrase.named && GENERIC_NOUN.test(noun),
      sameOccasion: Boolean(phrase.other) || SAME_OCCASION.test(s.text.slice(clauseStart(s.text, phrase.start), phrase.start)) || alsoPassive,
      another: Boolean(phrase.other) || ANOTHER_DOCUMENT.test(s.text.slice(clauseStart(s.text, phrase.start), phrase.start)) || alsoPassive,
      signing: verb !== undefined,
      present: verb !== undefined && /^signs?$/i.test(s.text.slice(verb.at, verb.end)),
      count,
      approximate: Boolean(approx) || Boolean(numberOf?.[1]) || /\b(?:about|around|nearly|some|roughly|approximately)\s*$/i.test(s.text.slice(0, phrase.start)),
      plural: isPlural(noun) && !namedAccords,
      ...when,
      parties: parties.codes,
      signatories: parties.signers,
      companies: parties.companies,
      valueUsd: valued && /\bworth\b|\$\s?\d/.test(valueText) ? valueIn(valueText) : undefined,
      topics: findTopics(s.text.slice(verb ? Math.min(verb.at, phrase.start) : phrase.start, stretch.to)),
    };
    // "signed security agreements with A's leader and B's leader": uncounted bilateral documents, one with each counterpart's country.
    if (verb && mention.plural && count === undefined && parties.partners.length >= 2) {
      const own = parties.codes.filter((c) => !parties.partners.includes(c));
      const title = label.replace(/treaties$/, 'treaty').replace(/memorand(?:a|ums)$/, 'memorandum').replace(/(?<!s)s$/, '');
      for (const partner of parties.partners) out.push({ ...mention, title, kind: kindOf(noun, 1), count: 1, plural: false, parties: [...own, partner], signatories: [...parties.signers] });
      return;
    }
    out.push(mention);
  });
  return out;
}

/** What follows a signing verb that names who signed: "by", perhaps after where and when ("in Tokyo in March 2007 by"). */
// Commas may set off the date: "signed at the White House on September 15, 2020, by A and B".
// A month may be abbreviated: "signed on Oct. 26, 1998, by".
const SIGNED_BY = /^\s+(?:(?:in|on|at)\s+(?:[^;.()"“”]|(?<=\b[A-Z][a-z]{2,3})\.){1,60}?,?\s+)?by\s+/i;

/**
 * The parties of one signing: the subject that signs (before an active verb,
 * after "signed by", inside "that A and B signed"), partners after "with" or
 * "between", and countries in the agreement's name; "the two countries" or
 * "their governments" as the subject are the article's main pair.
 */
function partiesOf(s: ReadSentence, phraseStart: number, phraseEnd: number, verb: Signing, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[], main: string[]): { codes: string[]; signers: string[]; companies: boolean; partners: string[] } {
  // "signed by A and B", and with the place and date first: "signed in Arusha in November 1999 by A, B and C".
  // "witnessed the signing of the peace deal by A and B": the signers follow the document.
  const signingOfBy = /^signing$/i.test(s.text.slice(verb.at, verb.end)) && verb.end <= phraseStart ? /^\s+by\s+/i.exec(s.text.slice(phraseEnd)) : null;
  const by = SIGNED_BY.exec(s.text.slice(verb.end));
  const region = signingOfBy
    ? { from: phraseEnd + signingOfBy[0].length, to: clauseEnd(s.text, phraseEnd + signingOfBy[0].length) }
    : by
    ? { from: verb.end + by[0].length, to: clauseEnd(s.text, verb.end + by[0].length) }
    : verb.after
      ? { from: phraseEnd, to: verb.at }
      : { from: clauseStart(s.text, verb.at), to: verb.at };
  // "… held talks with Xi in Beijing and the two countries signed six agreements": "the two countries" right before the verb is its whole subject.
  const sides = !signingOfBy && !by && !verb.after ? /\b(?:(?:the two|both) (?:countries|nations|sides|governments|states|neighbours|neighbors)|their (?:governments|countries))\s+(?:(?:also|then|later|jointly|\w+ly)\s+)?$/i.exec(s.text.slice(region.from, verb.at)) : null;
  if (sides) region.from += sides.index;
  const subject = partiesIn(s, region.from, region.to, countries, mentions, people);
  let codes = [...subject.codes];
  // "signed a deal with Venezuela", "an agreement between X and Y": only right after the phrase, not "days after talks with Z".
  // The gap may hold a value ("worth $2.5 billion") but not another clause (", days after talks with …").
  const partnerAfter = (at: number) => {
    const m = /^(?:[^.;,]|[.,](?=\d)){0,40}?\b(?:with|between)\s+/i.exec(s.text.slice(at));
    return m ? at + m[0].length : undefined;
  };
  const partnerAt = partnerAfter(phraseEnd) ?? (verb.after ? partnerAfter(verb.end) : undefined);
  // Every counterpart listed after "with", when they are people: "with Swedish Prime Minister A and Icelandic Prime Minister B" (not "with Chinese and Russian firms").
  const listed = partnerAt === undefined ? undefined : partiesIn(s, partnerAt, Math.min(clauseEnd(s.text, partnerAt), partnerAt + 120), countries, mentions, people);
  const partners = listed && listed.signers.length >= 2 ? listed.codes : [];
  if (partnerAt !== undefined) {
    const from = partnerAt;
    codes.push(...partiesIn(s, from, Math.min(s.text.length, from + 50), countries, mentions, people).codes.slice(0, 2));
    // "France keeps troops there under an agreement with Ivory Coast signed in 1961": the clause's subject is the other side.
    if (verb.after && !by && new Set(codes).size < 2) codes.push(...partiesIn(s, clauseStart(s.text, phraseStart), phraseStart, countries, mentions, people).codes);
  }
  codes.push(...namedParties(s, phraseStart, phraseEnd, countries));
  // "signed the X Declaration, committing the UK and France to …": those the document binds are its parties.
  const binds = /^[^.;,]{0,40}?,?\s+(?:which\s+|that\s+)?(?:commit(?:s|ting)|bind(?:s|ing)|oblig(?:es|ing))\s+/i.exec(s.text.slice(phraseEnd));
  if (binds && new Set(codes).size < 2) codes.push(...partiesIn(s, phraseEnd + binds[0].length, Math.min(s.text.length, phraseEnd + binds[0].length + 40), countries, mentions, people).codes.slice(0, 2));
  codes = [...new Set(codes)];
  const subjectText = s.text.slice(region.from, region.to);
  if (codes.length < 2 && TWO_SIDES.test(subjectText)) codes = [...new Set([...codes, ...main.slice(0, 2)])];
  const witnesses = WITNESSED_BEFORE.test(s.text.slice(Math.max(0, verb.at - 30), verb.at)) || /^(?:witness|oversaw|attended)/i.test(s.text.slice(verb.at, verb.end));
  return { codes, signers: signingOfBy ? subject.signers : (verb.after && !by) || witnesses ? [] : subject.signers, companies: subject.companies && codes.length === 0, partners };
}

/** Start of the clause a verb is in: after "when", "where", "after which", "and then" or a semicolon before it. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  // ", and the two countries signed …" and "… before Blinken and Daki signed …" open a clause with a subject of its own.
  // "the two presidents watched as executives of X signed …": those who watched are witnesses, the signers come after "as".
  // "In the presence of A and B, ministers signed …": a fronted phrase of witnesses is no part of the subject.
  const marks = [...before.matchAll(/(?:\b(?:when|where|after which|while|whereas|before|after)\b|\b(?:watched|looked on|looking on|stood by|applauded)\s+as\b|\b(?:in the presence of|witnessed by|under the auspices of)\b[^,;]*,|;|,\s+and\b)/gi)].map((m) => (m.index ?? 0) + m[0].length);
  return marks.length > 0 ? marks[marks.length - 1]! : 0;
}

/**
 * End of a "signed by …" list: the next comma-led clause ("…, according to"),
 * a phrase of circumstance ("after mediation by the Pope", "in the presence
 * of the two leaders"), a semicolon or the sentence end.
 */
function clauseEnd(text: string, from: number): number {
  // ", with A and B acting as guarantors": a comma-led "with" after the signers is a circumstance, not more signers.
  const m = /,\s+(?:according|who|which|when|where|as|after|said|with)\b|\s(?:after|before|following|during|under|witnessed by|in the presence of)\s|;/i.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Topics from the next `window` sentences that list fields of cooperation, up to the next agreement. */
function nearbyTopics(ctx: ArticleContext, from: number, agreementSentences: Set<number>, window: number): string[] {
  const topics: string[] = [];
  for (let i = from + 1; i <= from + window && i < ctx.sentences.length; i++) {
    if (agreementSentences.has(i)) break;
    const text = ctx.sentences[i]!.text;
    if (TOPIC_CUE.test(text)) for (const t of findTopics(text)) if (!topics.includes(t)) topics.push(t);
  }
  return topics;
}

/**
 * Meeting an agreement was signed at: told in a sentence that tells the
 * signing (its first, then any later one: "… held talks before Blinken and
 * Daki signed the pact"), or on the same day.
 */
function meetingOf(a: AgreementMention, sources: number[], meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  for (const sentence of [a.sentence, ...sources.filter((x) => x !== a.sentence)]) {
    const same = sentencesOf.findIndex((ss, i) => ss.includes(sentence) && (sentence === a.sentence || (meetings[i]!.status === 'HELD' && datesCompatible(meetings[i]!.date ?? a.date, a.date))));
    if (same >= 0) return same;
  }
  if (a.date?.precision !== 'DAY') return undefined;
  const sameDay = meetings.findIndex((m) => m.date?.precision === 'DAY' && m.date.year === a.date!.year && m.date.month === a.date!.month && m.date.day === a.date!.day);
  return sameDay >= 0 ? sameDay : undefined;
}

/**
 * The meeting a signing without a date of its own belongs to: the meeting
 * told in the same sentence, or in the sentence before when the signing is
 * tied to it ("Officials then signed …", "in the presence of the two leaders").
 */
function meetingBefore(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const named = meetingNamed(ctx, a, meetings, sentencesOf);
  if (named !== undefined) return named;
  const same = sentencesOf.findIndex((ss, i) => ss.includes(a.sentence) && meetings[i]!.status === 'HELD');
  if (same >= 0 && meetings[same]!.date) return same;
  // A meeting of the signing sentence with no day of its own ("Following the meeting, the ministers signed …") may point to the dated talks before.
  const earlier = talksBefore(ctx, a, meetings, sentencesOf);
  return earlier ?? (same >= 0 ? same : undefined);
}

/** The held meeting a signing tied to "the talks" belongs to, told in the sentence before or a few sentences back with its day. */
function talksBefore(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const text = ctx.sentences[a.sentence]!.text;
  // A tie word makes the link; so does a signing told in the simple past right after the talks, news's order for one occasion.
  const tied = AT_THE_MEETING.test(text);
  if (!tied && (a.sentence === 0 || PERFECT_OR_HABIT.test(text))) return undefined;
  const previous = sentencesOf.findIndex((ss, i) => ss.includes(a.sentence - 1) && meetings[i]!.status === 'HELD');
  if ((previous >= 0 && meetings[previous]!.date) || (!tied && previous >= 0)) return previous;
  // "… held talks on August 22. Then a ceremony of signing took place. The treaty was signed by …": an undated signing told in the simple past is of the occasion just told.
  // "Following the session, … witnessed the signing": the talks may have been told a few sentences before, with the day they were held.
  for (let back = a.sentence - 2; back >= Math.max(0, a.sentence - TALKS_WINDOW); back--) {
    const held = sentencesOf.findIndex((ss, i) => ss.includes(back) && meetings[i]!.status === 'HELD' && meetings[i]!.date?.precision === 'DAY');
    if (held >= 0) return held;
  }
  if (previous >= 0) return previous;
  // "The two prime ministers later witnessed the exchange of …", told long after the lead's talks: a signing tied to the occasion belongs to the story's first held meeting of its days.
  const story = meetings.findIndex((m, i) => m.status === 'HELD' && m.date?.precision === 'DAY' && ofTheStory(m.date, ctx.publishedAt) && sentencesOf[i]!.some((x) => x < a.sentence));
  return story >= 0 ? story : undefined;
}

/** A signing set against an event told before: "After the talks", "Following the session", "Before the news conference". */
const TIED_TO_EVENT = /\b(?:after|following|before|during|at the end of|at the close of|on the sidelines of)\s+(?:the|their|this|that)\s+(?:[a-z-]+\s+)?(talks|meeting|session|summit|discussions|news conference|press conference|consultations)\b/i;

/**
 * The held meeting a signing "after the talks" belongs to: the nearest one
 * before, dated to the day, told with the same noun ("held talks", "an
 * official talks session", "at a news conference with"). The meeting of the
 * signing sentence itself is often the signers' own and dated from elsewhere.
 */
function meetingNamed(ctx: ArticleContext, a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const tie = TIED_TO_EVENT.exec(ctx.sentences[a.sentence]!.text);
  if (!tie) return undefined;
  const noun = new RegExp(`\\b${tie[1]!.replace(/\s+/g, '\\s+')}\\b`, 'i');
  for (let back = a.sentence - 1; back >= 0; back--) {
    if (!noun.test(ctx.sentences[back]!.text)) continue;
    const held = sentencesOf.findIndex((ss, i) => ss.includes(back) && meetings[i]!.status === 'HELD' && meetings[i]!.date?.precision === 'DAY');
    if (held >= 0) return held;
  }
  return undefined;
}

/** How many sentences back a signing tied to "the talks" may find them. */
const TALKS_WINDOW = 5;

/**
 * True when a later mention ("the agreements", "the treaty") points back to an
 * earlier signing. A generic noun ("the deal", "the pact") may name a
 * document of any kind.
 */
function pointsBack(earlier: AgreementMention, m: AgreementMention): boolean {
  if (!m.definite || earlier.plural !== m.plural) return false;
  // "signed a deal … The contract is worth …": a generic noun on either side may name a document of any kind.
  if (earlier.kind !== m.kind && earlier.kind !== 'PACKAGE' && m.kind !== 'PACKAGE' && !m.generic && !earlier.generic) return false;
  if (m.date && earlier.date && !datesCompatible(m.date, earlier.date)) return false;
  return earlier.count === undefined || m.count === undefined || earlier.count === m.count || !m.plural;
}

interface Signed {
  m: AgreementMention;
  sources: number[];
  /** The last sentence that tells the signing itself (the first, or a restatement of it); back-references do not count. */
  told: number;
}

/**
 * "… signed a treaty on X and an agreement on Y. The two leaders signed the
 * documents on Thursday": a definite generic plural right after several
 * single documents points back to all of them.
 */
function pointsBackToGroup(signings: Signed[], m: AgreementMention): Signed[] {
  if (!m.definite || !m.plural || !m.generic) return [];
  const last = signings[signings.length - 1];
  if (!last || m.sentence - last.m.sentence > 1) return [];
  const group = signings.filter((x) => x.m.sentence === last.m.sentence && !x.m.plural && (!x.m.date || !m.date || datesCompatible(x.m.date, m.date)));
  return group.length >= 2 ? group : [];
}

/**
 * True when a signing tells again a counted group already told: news states
 * the signing in the lead and again in the body ("Teo has signed two
 * agreements with Albanese …  Albanese hosted Teo, where the pair inked two
 * agreements …"). Same count of several documents, same day (or one not
 * dated yet), no other party, and not marked as another set ("two other
 * agreements").
 */
function restates(earlier: AgreementMention, m: AgreementMention): boolean {
  if (earlier.kind !== 'PACKAGE' || m.kind !== 'PACKAGE' || m.another || earlier.span || m.span) return false;
  if (earlier.count === undefined || earlier.count < 2 || earlier.count !== m.count) return false;
  // The same day, or a telling with no date of its own (the lead's "has signed"; the occasion dates it later).
  if (earlier.date && m.date && (earlier.date.precision !== 'DAY' || !datesCompatible(earlier.date, m.date))) return false;
  if ((earlier.date ?? m.date) && (earlier.date ?? m.date)!.precision !== 'DAY') return false;
  return m.parties.every((c) => earlier.parties.includes(c)) || earlier.parties.every((c) => m.parties.includes(c));
}

/**
 * True when a single document signed with no date ("leaders sign
 * declaration", a summary's "ministers have signed a memorandum on the
 * pipeline") is told again later with the day of the story, or in the past
 * after a present-tense telling, ("On Monday, A
 * and B signed a memorandum of understanding on the pipeline"): the lead or
 * a summary tells the signing first, the body dates it. Same kind, no other
 * signers, no other party, no other field, and not marked as another one.
 */
function toldFirstUndated(earlier: AgreementMention, m: AgreementMention, publishedAt: string | undefined): boolean {
  if (earlier.date || earlier.span || earlier.plural || m.plural || earlier.kind !== m.kind || m.another || m.sameOccasion) return false;
  // A present-tense telling ("leaders sign declaration") is the standfirst's: the body's telling may take its day from the talks later.
  if (m.date ? !ofTheStory(m.date, publishedAt) : !earlier.present || m.present) return false;
  if (earlier.signatories.length > 0 && !earlier.signatories.every((n) => m.signatories.includes(n))) return false;
  if (!earlier.parties.every((c) => m.parties.includes(c)) && !m.parties.every((c) => earlier.parties.includes(c))) return false;
  return earlier.topics.length === 0 || m.topics.length === 0 || earlier.topics.some((t) => m.topics.includes(t));
}

/** Folds what a back-reference adds (count, date, signatories, parties) into the signing it points to. */
function complete(earlier: Signed, m: AgreementMention): void {
  earlier.m.count ??= m.count;
  earlier.m.date ??= m.date;
  earlier.m.valueUsd ??= m.valueUsd;
  if (m.signatories.length > 0 && earlier.m.signatories.length === 0) earlier.m.signatories = m.signatories;
  earlier.m.parties = [...new Set([...earlier.m.parties, ...m.parties])];
  earlier.sources.push(m.sentence);
}

/**
 * An undated signing told as part of the same occasion ("The two men also
 * signed …", "Ministers signed 14 other documents") takes the date of the
 * signing told just before it, in the same sentence or the one before.
 */
function dateFromOccasion(signings: Signed[], m: AgreementMention): void {
  if (m.date || m.span || !m.sameOccasion) return;
  const before = [...signings].reverse().find((x) => Math.max(...x.sources) >= m.sentence - 1 && x.m.date && !x.m.span);
  if (before) m.date = before.m.date;
}

/**
 * Signings that only detail a group told before, in the sentences after it:
 * - after a counted group ("signed three agreements"), single documents with
 *   no other date are its items, even when listed ("a host agreement, a
 *   shareholding agreement and …"): they fold into the group;
 * - after an uncounted plural ("signed contracts with defence firms"), the
 *   single documents told next are what it was: the plural gives way to them,
 *   and lends them its date.
 * Documents marked as another set ("14 other documents", "also signed") are
 * not items.
 */
function foldItems(signings: Signed[]): Signed[] {
  const dropped = new Set<Signed>();
  for (const group of signings) {
    if (group.m.kind !== 'PACKAGE' || group.m.span || dropped.has(group)) continue;
    const after = signings.indexOf(group);
    const items = signings.filter(
      (x, i) =>
        i > after &&
        !dropped.has(x) &&
        x.m.kind !== 'PACKAGE' &&
        // "also signed", "a separate deal": another document than a counted group's, but one of an uncounted plural's.
        (group.m.count === undefined || !x.m.another) &&
        x.m.sentence >= group.m.sentence &&
        x.m.sentence - group.told <= 2 &&
        (!x.m.date || (group.m.date !== undefined && datesCompatible(x.m.date, group.m.date))),
    );
    if (items.length === 0) continue;
    if (group.m.count !== undefined) {
      for (const item of items) {
        group.sources.push(...item.sources);
        dropped.add(item);
      }
    } else {
      for (const item of items) {
        item.m.date ??= group.m.date;
        if (item.m.parties.length < 2) item.m.parties = [...new Set([...item.m.parties, ...group.m.parties])];
        item.sources.push(...group.sources);
      }
      dropped.add(group);
    }
  }
  return signings.filter((x) => !dropped.has(x));
}

/**
 * Who "the two ministers", "the two countries" or "they" are when they sign:
 * the two parties of a signing told a few sentences before (the anaphor
 * points back to them) when it shares a side with the article's main pair,
 * else the main pair.
 */
function twoSides(before: AgreementMention[], sentence: number, main: string[]): string[] {
  const pair = main.slice(0, 2);
  const told = [...before].reverse().find((m) => m.signing && m.parties.length === 2 && sentence - m.sentence <= TALKS_WINDOW && m.parties.some((c) => pair.includes(c)));
  return told ? [...new Set([...told.parties, ...main])] : main;
}

/** Extracts the agreements of an article. `main` lists the article's main countries, its pair first. */
export function extractAgreements(
  ctx: ArticleContext,
  countries: CountryMention[],
  people: ExtractedPerson[],
  mentions: PersonMention[],
  meetings: ExtractedMeeting[],
  sentencesOf: number[][],
  main: string[],
): ExtractedAgreement[] {
  const acronyms = documentAcronyms(ctx.sentences.map((s) => s.text));
  // "witnessed the exchange of notes … The notes were signed by A and B": once an exchange of notes or letters is told, "the notes" names it again.
  for (const s of ctx.sentences) {
    const exchange = /\bexchanges?\s+of\s+(notes|letters)\b/i.exec(s.text);
    if (exchange && !acronyms.has(exchange[1]!.toLowerCase())) acronyms.set(exchange[1]!.toLowerCase(), `exchange of ${exchange[1]!.toLowerCase()}`);
  }
  const all: AgreementMention[] = [];
  for (const s of ctx.sentences) all.push(...mentionsIn(ctx, s, countries, mentions, people, twoSides(all, s.index, main), acronyms));
  let signings: Signed[] = [];
  for (const m of all) {
    const group = pointsBackToGroup(signings, m);
    if (group.length > 0) {
      for (const g of group) complete(g, m);
      continue;
    }
    const earlier = [...signings].reverse().find((x) => pointsBack(x.m, m));
    // "signed a treaty" (no date) … "The X Treaty was signed on Monday": a definite document of the same kind dated to the days of the story is the one just told.
    const restatesUndated = earlier !== undefined && !earlier.m.date && !earlier.m.span && !m.plural && m.date !== undefined && ofTheStory(m.date, ctx.publishedAt);
    // "signed 13 agreements on Wednesday … the trade MoUs signed today": the definite plural, with no count of its own, names some of the documents told.
    const againUncounted = earlier !== undefined && m.definite && m.plural && m.count === undefined && earlier.m.plural && earlier.m.date !== undefined;
    if (earlier && (!m.signing || !m.date || (m.count !== undefined && m.count === earlier.m.count && m.plural) || (m.generic && !earlier.m.date) || restatesUndated || againUncounted)) {
      // "the 17 agreements" completes "signed agreements Thursday"; "the treaty" points back to the treaty.
      complete(earlier, m);
      continue;
    }
    if (!m.signing) continue;
    // The lead's or standfirst's undated telling gives way to the body's: the body tells when, where and by whom.
    const first = signings.find((x) => toldFirstUndated(x.m, m, ctx.publishedAt));
    if (first) {
      first.m = { ...m, parties: [...new Set([...m.parties, ...first.m.parties])], topics: m.topics.length > 0 ? m.topics : first.m.topics };
      first.sources.push(m.sentence);
      first.told = m.sentence;
      continue;
    }
    const restated = signings.find((x) => restates(x.m, m));
    if (restated) {
      complete(restated, m);
      restated.told = m.sentence;
      continue;
    }
    dateFromOccasion(signings, m);
    signings.push({ m, sources: [m.sentence], told: m.sentence });
  }
  signings = foldItems(signings);
  const agreementSentences = new Set(signings.map((s) => s.m.sentence));
  const out: Told[] = [];
  for (const { m, sources } of signings) {
    const topics = [...m.topics];
    // Look further when the signing sentence itself names no field.
    for (const t of nearbyTopics(ctx, m.sentence, agreementSentences, topics.length > 0 ? 2 : 4)) if (!topics.includes(t)) topics.push(t);
    const title = m.title.split(' ').length === 1 && m.count !== undefined && m.kind === 'PACKAGE' ? `${m.count} ${m.title}` : m.title;
    // "Separately, …", "also signed": another document of the signing just told takes its day before any meeting's.
    const occasion = !m.date && !m.span ? occasionBefore(out, m) : undefined;
    const linked = !m.date && !m.span && !occasion ? meetingBefore(ctx, m, meetings, sentencesOf) : undefined;
    // The occasion lends its day only: a document signed "separately" may have other signers than the meeting's.
    const meetingIndex = linked ?? meetingOf(m, sources, meetings, sentencesOf);
    const date = m.date ?? (linked !== undefined ? meetings[linked]!.date : undefined) ?? occasion?.date;
    const parties = m.companies ? [] : completeParties(m.parties, meetingIndex !== undefined ? meetings[meetingIndex] : undefined, people, main, m.signatories, sidesOfSigners(out, people));
    const agreement: ExtractedAgreement = {
      title,
      kind: m.kind,
      documentCountApproximate: m.approximate,
      parties,
      signatories: m.signatories,
      topics,
      sources: [...new Set(sources)].sort((a, b) => a - b).map((i) => ctx.sentences[i]!.span),
    };
    if (date) agreement.date = date;
    if (m.span) agreement.span = m.span;
    if (m.count !== undefined) agreement.documentCount = m.count;
    if (m.valueUsd !== undefined) agreement.valueUsd = m.valueUsd;
    if (meetingIndex !== undefined) agreement.meetingIndex = meetingIndex;
    out.push({ agreement, sentences: sources });
  }
  return out.map((t) => t.agreement);
}

/** An agreement as extracted, with the sentences that tell it. */
interface Told {
  agreement: ExtractedAgreement;
  sentences: number[];
}

/**
 * The signing an undated one told as part of the same occasion ("Separately,
 * the agency signed …", "They also witnessed the exchange of …") belongs
 * with: the latest one before it, told at most a few sentences earlier, once
 * dated to the day (often through the meeting it was signed at).
 */
function occasionBefore(done: Told[], m: AgreementMention): ExtractedAgreement | undefined {
  if (!m.sameOccasion) return undefined;
  const before = [...done].reverse().find(({ agreement: a, sentences }) => a.date?.precision === 'DAY' && !a.span && sentences.some((i) => i < m.sentence && i >= m.sentence - TALKS_WINDOW));
  return before?.agreement;
}

/**
 * The side a signer of unstated country signs for, from a signing told
 * before: of a document between two parties signed by them and a signer of
 * known country, they signed for the other party ("A and Norway's B signed
 * a Norway-Ukraine agreement … A also signed agreements with C and D").
 */
function sidesOfSigners(done: Told[], people: ExtractedPerson[]): Map<string, string> {
  const sides = new Map<string, string>();
  const countryOf = (n: string) => people.find((x) => x.name === n)?.countryCode;
  for (const { agreement: a } of done) {
    if (a.parties.length !== 2 || a.signatories.length !== 2) continue;
    const [x, y] = a.signatories as [string, string];
    for (const [unknown, known] of [[x, y], [y, x]] as const) {
      const code = countryOf(known);
      if (countryOf(unknown) || !code || !a.parties.includes(code) || sides.has(unknown)) continue;
      sides.set(unknown, a.parties.find((c) => c !== code)!);
    }
  }
  return sides;
}
