/**
 * Meetings stage, whose parts live in `meetings/` (see `meetings/extract.ts`
 * for the order in which they run). This entry keeps the import path the
 * pipeline and the place readers use.
 */
export { extractMeetings, type MeetingsResult } from './meetings/extract.ts';
export type { MeetingMention } from './meetings/mention.ts';
