/**
 * The stretch of a sentence that tells the meeting itself, where its date and
 * place are read: not the attribution, and for a cancelled meeting only the side
 * of the cancel verb it stands on.
 */
import type { MeetingStatus } from '../../types.ts';
import type { ReadSentence } from '../context.ts';
import { ATTRIBUTION, SOURCE_CLAUSE } from './sources.ts';
import { CANCELLED } from './status.ts';

/**
 * The stretch of a sentence that tells the meeting itself, where its date
 * and place are read: not the attribution at the end (", officials in Astana
 * said"), and for a cancelled meeting only the side of the cancel verb the
 * meeting is on ("had been due to hold talks in New Delhi in January, but
 * called off the visit … to return to Washington"; "on Tuesday called off a
 * visit to Denmark").
 */
export function meetingRegion(text: string, at: number, status: MeetingStatus): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  const attribution = ATTRIBUTION.exec(text) ?? SOURCE_CLAUSE.exec(text.slice(at));
  const attributionAt = attribution ? (attribution.input === text ? attribution.index : at + attribution.index) : -1;
  if (attribution && attributionAt > at) to = attributionAt;
  // "In Washington, a State Department spokesman said the US was aware of the visit": where the speaker is, is not where the visit is.
  const speaker = SPEAKER_PLACE_THEN_SAYING.exec(text);
  if (speaker && at >= speaker[0].length) from = Math.max(from, speaker[0].length);
  // "During the meeting, Iwaya said Japan would help return the refugees to Myanmar": what is said is not where the meeting was.
  const fronted = FRONTED_THEN_SAYING.exec(text);
  if (fronted && at < fronted[1]!.length) to = Math.min(to, fronted[1]!.length);
  const cancel = status === 'CANCELLED' ? CANCELLED.exec(text) : null;
  if (cancel) {
    if (cancel.index > at) to = Math.min(to, cancel.index);
    else from = cancel.index;
  }
  return { from, to };
}

/** A fronted phrase (group 1, up to its comma), then a named speaker's saying: "During the talks, Costa said …". */
const FRONTED_THEN_SAYING = /^([^,;"“]{0,60}),\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|told|stressed|noted|added|emphasi[sz]ed|underlined|reiterated|expressed)\b/u;

/** A sentence opened by the place of a speaker, up to the saying verb: "In Washington, State Department spokesman X said". */
const SPEAKER_PLACE_THEN_SAYING = /^In\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+[^,;"“]{0,80}?\b(?:said|says|told reporters|told journalists)\b/u;

/** The sentence with everything outside a region blanked, offsets kept. */
export function within(sentence: ReadSentence, region: { from: number; to: number }): ReadSentence {
  const text = sentence.text.replace(/[^]/g, (ch, i: number) => (i >= region.from && i < region.to ? ch : ' '));
  return { ...sentence, text };
}
