/**
 * Per-request meeting loaders: rows by id, each meeting's small lists, and the
 * meeting connections under people, countries and articles (one LATERAL top-N
 * per batch). Build them with `createMeetingLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { createBatchedConnection } from '../graphql/keyset.ts';
import { listLoader, NO_PRIMERS, priming, rowLoader, type Primers } from '../graphql/loaders.ts';
import {
  meetingConditions,
  meetingList,
  meetingsByIds,
  meetingsOfArticles,
  meetingsOfCountries,
  meetingsOfPeople,
  participantsOfMeetings,
  sourcesOfMeetings,
} from './meetings.service.ts';

/** The meeting loaders of one request. */
export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;

/**
 * Creates the meeting loaders for one request (their caches must not outlive it).
 * `primers` receive the people read with participants.
 */
export function createMeetingLoaders(prisma: PrismaClient, primers: Primers = NO_PRIMERS) {
  const participants = priming((ids: readonly number[]) => participantsOfMeetings(prisma, ids), (p) => primers.person(p.person));
  return {
    byId: rowLoader((ids: readonly number[]) => meetingsByIds(prisma, ids), (m) => m.id),
    participants: listLoader(participants, (p) => p.meetingId),
    sources: listLoader((ids: readonly number[]) => sourcesOfMeetings(prisma, ids), (s) => s.meetingId),
    ofPerson: createBatchedConnection(prisma, meetingList, meetingsOfPeople, meetingConditions),
    ofCountry: createBatchedConnection(prisma, meetingList, meetingsOfCountries, meetingConditions),
    ofArticle: createBatchedConnection(prisma, meetingList, meetingsOfArticles, meetingConditions),
  };
}
