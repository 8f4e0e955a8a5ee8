/**
 * Occasions stage: a meeting and the signing told at it are one occasion, so
 * what one of them states dates the other. Runs after meetings and agreements;
 * pure (returns new meetings, leaves its input alone).
 */
import type { ExtractedAgreement, ExtractedMeeting } from '../types.ts';

/**
 * A held meeting told without a date takes the date of an agreement signed at
 * it: "Uganda and Tanzania signed three agreements on Sunday. The presidents
 * held talks at State House before witnessing the signing …" dates the talks
 * on Sunday. A span ("200 agreements since 1991") dates no meeting.
 */
export function dateMeetingsBySignings(meetings: ExtractedMeeting[], agreements: ExtractedAgreement[]): ExtractedMeeting[] {
  const out = meetings.map((m) => ({ ...m }));
  for (const a of agreements) {
    if (a.meetingIndex === undefined || !a.date || a.span) continue;
    const meeting = out[a.meetingIndex];
    if (meeting && !meeting.date && meeting.status === 'HELD') meeting.date = a.date;
  }
  return out;
}
