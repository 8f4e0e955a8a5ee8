/**
 * Signing verbs, and what is no signing: planned, denied or conditional signings, talks concluded, laws enacted; and the verb that signs a noun phrase.
 */

/** Verbs by which a document comes into being: signed, inked, concluded, sealed. "Reached an agreement" tells a deal agreed, not a document signed. */
// "exchanged 51 agreements": South Asian and Chinese copy tells a signing ceremony by the exchange of the signed copies.
// "witnessed the exchange of two memoranda": the exchange of signed copies, told as a noun like "the signing of".
// "put their names to the partnership": the idiom for signing.
// "witnessed the exchange of notes": an exchange of notes or letters is itself the instrument, so its exchange witnessed is its signing (by others than the witnesses).
const SIGN_VERB = /\b(?:sign(?:ed|ing)|(?<!\b(?:a|an|the|no|any|every)\s+)signs?|inked|concluded|clinched|struck|sealed|exchanged|exchange(?=\s+of\s+(?!views\b|letters\b|notes\b))|(?:witness(?:ed|es)?|oversaw|attended)(?=\s+the\s+exchanges?\s+of\s+(?:letters|notes)\b)|put (?:their|his|her) (?:names?|signatures?) to)\b/gi;

/** Words before a signing verb that make it a plan: "would be signed", "is to be signed", "are expected to sign", "hope it can be signed". */
const PLANNED_SIGNING = /\b(?:will|would|shall|to|could|may|might|should|can)\s+(?:be\s+|(?:then\s+)?)$|\b(?:not yet|yet to be|has not been|have not been|was not|were not)\s+$/i;

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

/** "was one of four leaders, with A, B and C, to sign": one of a counted group of signers, the others listed after "with". */
export const ONE_OF_SIGNERS = /\b(?:was|were|is|are|became)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+)?(?:leaders|heads\s+of\s+state|presidents|countries|states|nations|governments)\b(?:,\s+with\b[^.;]{0,160}?,)?\s+to\s+$/i;

/** A report denied before the signing it tells: "denied reports that …", "dismissed claims on social media that the leaders had signed". */
const DENIED_REPORT = /\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|refuted|refutes)\s+(?:\w+\s+){0,2}(?:reports?|claims?|rumou?rs?|suggestions?|speculation)\b[^.;]*?\bthat\b[^.;]*$/i;

/** A signing verb, where it stands, and how it relates to the agreement noun. */
export interface Signing {
  at: number;
  end: number;
  /** "A and B signed X" (active), "X signed by A" / "X that A signed" / "X signed in 2001" (after the noun). */
  after: boolean;
}

/** The signing verbs of a sentence, less those planned, denied or only adjectives. */
export function signingVerbs(text: string): Signing[] {
  const verbs: Signing[] = [];
  for (const m of text.matchAll(SIGN_VERB)) {
    const at = m.index ?? 0;
    // "would be signed during the visit", "is to be signed": planned, not signed.
    // "was the first developed country to sign a free trade agreement with China": the first to sign has signed.
    // "was one of four leaders, with A, B and C, to sign a declaration": one of those who signed has signed.
    const firstToSign = /\b(?:was|were|became|is|are)\s+the\s+(?:first|second|third|last|only)\b[^.;,]{0,60}?\bto\s+$/i.test(text.slice(Math.max(0, at - 90), at)) || ONE_OF_SIGNERS.test(text.slice(Math.max(0, at - 200), at));
    if (!firstToSign && PLANNED_SIGNING.test(text.slice(Math.max(0, at - 30), at))) continue;
    // "signed no new agreements", "did not sign", "never signed": a signing denied.
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || /^\s+no\b/i.test(text.slice(at + m[0].length))) continue;
    // "must seek its consent before signing any pact": a signing of any document is a condition or a rule, none took place.
    if (/^\s+any\b/i.test(text.slice(at + m[0].length))) continue;
    if (DENIED_SUBJECT.test(text.slice(Math.max(0, at - 60), at))) continue;
    // "denied reports in the press that a defence agreement had been signed": a signing someone denies was reported, not done.
    if (DENIED_REPORT.test(text.slice(Math.max(0, at - 160), at))) continue;
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
// The fields may be listed with commas: "eleven documents on cooperation in trade, transport, energy, culture and education was signed";
// a list of ten fields runs past a hundred characters.
const COMPLEMENT_THEN_PASSIVE = /^(?:\s+of understanding)?\s+(?:on|for|in|between|with)\s(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says|that|which|who)\b)(?:[^,;:()"“”]|,(?=\s+(?!(?:and|or|but|the|a|an|while|as)\s)\p{Ll}+[\s,]))){1,180}?\s(?:was|were|had been|has been|have been)\s+(?:(?:also|then|later|finally|\w+ly)\s+)?$/iu;

/** What the document is on, then a comma before its participle: " on the maintenance of peace and tranquillity along the border, ". */
const COMPLEMENT_THEN_PARTICIPLE = /^\s+(?:on|for|between|with|to|of)\s(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says)\b)[^,;:()]){1,120},\s*$/i;

/**
 * The signing verb that states a noun phrase was signed: right after it
 * ("agreement signed in 2001", "treaty that Riyadh and Tehran signed",
 * "agreements were signed by"), else the nearest before it in the same clause
 * ("signed three memorandums", "inked a contract worth …").
 */
export function signingOf(text: string, phraseStart: number, phraseEnd: number, verbs: Signing[], nextPhrase: number): Signing | undefined {
  const after = verbs.find((v) => v.at >= phraseEnd && (COMPLEMENT_THEN_PASSIVE.test(text.slice(phraseEnd, v.at)) || /^[\s,]*(?:(?:that|which)\s+(?:[^.;,]{0,60}?\s)?|(?:was|were|had been|has been|have been|is|are)\s+(?:(?:also|then|later|finally|subsequently|\w+ly)\s+)?)?$/i.test(text.slice(phraseEnd, v.at)) || SET_OFF_THEN_PASSIVE.test(text.slice(phraseEnd, v.at))));
  if (after) return { ...after, after: true };
  // A decimal point is no sentence end: "signed an $11.3 billion deal".
  const before = verbs.filter((v) => v.end <= phraseStart && phraseStart - v.end < 60 && !/;|\.(?!\d)/.test(text.slice(v.end, phraseStart)));
  if (before.length > 0) return before[before.length - 1];
  // Looser: a short appositive, name or partner between ("the Lombok Treaty, a framework the two countries signed", "an agreement with Denmark signed in 1951").
  // A longer gap may be the document's subject, set off before the participle: "the 1993 agreement on the maintenance of peace along the border, signed in …".
  // "In the joint statement, the sides welcomed the signing of a memorandum": "the signing of" is a noun that names the document after it.
  const nounOf = (v: Signing) => /^signing$/i.test(text.slice(v.at, v.end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, v.at - 6), v.at));
  const later = verbs.find(
    (v) => v.at >= phraseEnd && v.at <= nextPhrase && !nounOf(v) && (v.at - phraseEnd <= 60 || COMPLEMENT_THEN_PARTICIPLE.test(text.slice(phraseEnd, v.at))) && /^(?:sign|seal|conclud)/i.test(text.slice(v.at)) && !/[.;]/.test(text.slice(phraseEnd, v.at)),
  );
  return later ? { ...later, after: true } : undefined;
}

/** A line that does not end as a sentence does: no full stop, question or exclamation mark, closing quote or bracket. */
export const HEADLINE = /[^.!?"”'’)\]…:]\s*$/;
