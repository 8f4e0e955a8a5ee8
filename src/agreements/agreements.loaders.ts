/**
 * Per-request agreement loaders: rows by id, each agreement's small lists,
 * agreements per meeting, and the agreement connections under people,
 * countries and articles. Build them with `createAgreementLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { createBatchedConnection } from '../graphql/keyset.ts';
import { listLoader, NO_PRIMERS, priming, rowLoader, type Primers } from '../graphql/loaders.ts';
import {
  agreementConditions,
  agreementList,
  agreementsByIds,
  agreementsOfArticles,
  agreementsOfCountries,
  agreementsOfMeetings,
  agreementsOfPeople,
  partiesOfAgreements,
  signatoriesOfAgreements,
  sourcesOfAgreements,
} from './agreements.service.ts';

/** The agreement loaders of one request. */
export type AgreementLoaders = ReturnType<typeof createAgreementLoaders>;

/**
 * Creates the agreement loaders for one request (their caches must not outlive it).
 * `primers` receive the people read with signatories.
 */
export function createAgreementLoaders(prisma: PrismaClient, primers: Primers = NO_PRIMERS) {
  const signatories = priming((ids: readonly number[]) => signatoriesOfAgreements(prisma, ids), (s) => primers.person(s.person));
  return {
    byId: rowLoader((ids: readonly number[]) => agreementsByIds(prisma, ids), (a) => a.id),
    // Every row read has a meetingId (the query asks for these ids), so the fallback never matches a key.
    ofMeeting: listLoader((ids: readonly number[]) => agreementsOfMeetings(prisma, ids), (a) => a.meetingId ?? -1),
    parties: listLoader((ids: readonly number[]) => partiesOfAgreements(prisma, ids), (p) => p.agreementId),
    signatories: listLoader(signatories, (s) => s.agreementId),
    sources: listLoader((ids: readonly number[]) => sourcesOfAgreements(prisma, ids), (s) => s.agreementId),
    ofPerson: createBatchedConnection(prisma, agreementList, agreementsOfPeople, agreementConditions),
    ofCountry: createBatchedConnection(prisma, agreementList, agreementsOfCountries, agreementConditions),
    ofArticle: createBatchedConnection(prisma, agreementList, agreementsOfArticles, agreementConditions),
  };
}
