/**
 * The shape of one meeting as one sentence tells it, before the mentions of
 * one article are gathered into meetings.
 */
import type { MeetingKind, MeetingStatus, PartialDate, SourceSpan } from '../../types.ts';

/** A meeting as one sentence states it. */
export interface MeetingMention {
  sentence: number;
  /** Offset of the trigger word in the sentence. */
  at: number;
  kind: MeetingKind;
  status: MeetingStatus;
  participants: number[];
  /** "the talks", "Wednesday's meeting": refers back to a meeting already told. */
  anaphoric: boolean;
  /** "the two leaders met": the pair of the meeting told last, filled in when meetings are gathered. */
  pair: boolean;
  /** The kind is only implied ("X and Y spoke"): it takes the kind of the meeting it joins. */
  kindImplied: boolean;
  /** Told only as a joint signing: it adds to a meeting told otherwise, never stands alone. */
  signingOnly: boolean;
  /** The mentions gathered into a meeting with people (sentence, offset, whether a later meeting of its sentence), so two meetings one sentence tells apart stay apart. */
  members?: { sentence: number; at: number; sibling: boolean }[];
  /** People a clause of the sentence names as attending ("…, in which A and B also took part"), added once the meeting's holders are filled in. */
  attendees?: number[];
  /** "received the two ministers": the pair of the meeting told last is the object, beside the people the sentence names. */
  pairObject?: boolean;
  /** A later meeting of a sentence that tells several: it shares the date of the sentence's first meeting when it has none. */
  sibling?: boolean;
  /** Told as before the story's time ("had met", "last met"): an earlier occasion, not the story's meeting. */
  earlier?: boolean;
  date?: PartialDate;
  city?: string;
  venue?: string;
  countryCode?: string;
  /** The city is only the default of a venue's name ("State House" → Nairobi), which the story's own place may overrule. */
  seatOnly?: boolean;
  sources: SourceSpan[];
}
