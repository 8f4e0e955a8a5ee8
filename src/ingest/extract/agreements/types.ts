/**
 * The agreement mentions read from sentences and the signings they make up.
 */
import type { AgreementKind, ExtractedAgreement, PartialDate } from '../../types.ts';

/** One document noun phrase of a sentence, signed or only referred to, with what the sentence tells of it. */
export interface AgreementMention {
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

/** A signing found so far, with the sentences that tell it. */
export interface Signed {
  m: AgreementMention;
  sources: number[];
  /** The last sentence that tells the signing itself (the first, or a restatement of it); back-references do not count. */
  told: number;
}

/** An agreement as extracted, with the sentences that tell it. */
export interface Told {
  agreement: ExtractedAgreement;
  sentences: number[];
}
