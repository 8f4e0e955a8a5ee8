/**
 * The shapes that flow between ingestion stages. Extraction stages are pure:
 * they turn text into these values; only `load` writes to the database.
 */

export type Precision = 'YEAR' | 'MONTH' | 'DAY';
export type MeetingStatus = 'HELD' | 'PLANNED' | 'CANCELLED';
export type MeetingKind = 'IN_PERSON' | 'PHONE_CALL' | 'VIDEO_CALL';
export type AgreementKind = 'TREATY' | 'AGREEMENT' | 'CONTRACT' | 'MEMORANDUM' | 'PACKAGE';
export type ParticipantRole = 'HOST' | 'VISITOR';

/** A calendar date known to a precision: month and day are set only when the precision covers them. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** Publication facts, from a sidecar `NAME.meta.json`, the API, or the text itself. */
export interface ArticleMeta {
  title?: string;
  url?: string;
  publisher?: string;
  agency?: string;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt?: string;
}

/** What a caller hands the pipeline: raw text as scraped, plus whatever metadata is known. */
export interface RawDocument {
  /** File path or another label that names the document in messages. */
  origin: string;
  text: string;
  meta: ArticleMeta;
}

/** One sentence of the cleaned body, with its character offsets in that body. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The cleaned story: site furniture removed, every sentence of the story kept. */
export interface NormalizedDocument {
  origin: string;
  body: string;
  sentences: Sentence[];
  /** Metadata after merging the sidecar with what the text shows (title line, dateline, "Original url:"). */
  meta: ArticleMeta;
}

/** Where a fact was stated: the exact sentence and its offset in the cleaned body. */
export interface SourceSpan {
  quote: string;
  position: number;
}

export interface ExtractedRole {
  /** Title as a noun phrase in title case, e.g. "Deputy Prime Minister", "Kremlin Spokesman". */
  title: string;
  countryCode?: string;
  source: SourceSpan;
}

export interface ExtractedPerson {
  /** Fullest form of the name in this article, e.g. "Nicolás Maduro". */
  name: string;
  /** Other forms used in this article, e.g. "Maduro". */
  aliases: string[];
  countryCode?: string;
  roles: ExtractedRole[];
  /** First sentence that names the person. */
  firstMention: SourceSpan;
}

export interface ExtractedParticipant {
  /** Equal to the `name` of one ExtractedPerson of the same extraction. */
  name: string;
  role?: ParticipantRole;
}

export interface ExtractedMeeting {
  participants: ExtractedParticipant[];
  date?: PartialDate;
  status: MeetingStatus;
  kind: MeetingKind;
  city?: string;
  venue?: string;
  countryCode?: string;
  sources: SourceSpan[];
}

export interface ExtractedAgreement {
  title: string;
  kind: AgreementKind;
  /** Date signed; absent for totals over a span. */
  date?: PartialDate;
  /** A multi-year total ("about 260 agreements in the last 18 years"): never credited to one year. */
  span?: { fromYear: number; toYear: number };
  documentCount?: number;
  documentCountApproximate: boolean;
  /** ISO alpha-2 codes of the countries that are parties. */
  parties: string[];
  /** Names equal to the `name` of ExtractedPersons of the same extraction. */
  signatories: string[];
  topics: string[];
  valueUsd?: number;
  /** Index into `Extraction.meetings` of the meeting it was signed at. */
  meetingIndex?: number;
  sources: SourceSpan[];
}

export interface ExtractedCountry {
  code: string;
  firstMention: SourceSpan;
}

/** Everything one article states, before entities are resolved against the database. */
export interface Extraction {
  people: ExtractedPerson[];
  countries: ExtractedCountry[];
  meetings: ExtractedMeeting[];
  agreements: ExtractedAgreement[];
  /** Human-readable warnings, e.g. a relative date with no publication date. */
  warnings: string[];
}
