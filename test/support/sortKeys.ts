/**
 * The junction tables' copies of their child's sort key (see the
 * `junction_sort_keys` migration) checked against their sources.
 */
import type { PrismaClient } from '../../src/db/prisma.ts';

/** Rows whose copy differs from its source, per copy: all zero when the copies are right. */
export interface StaleCopies {
  meetingDate: number;
  personCountryCode: number;
  signatoryDate: number;
  partyDate: number;
}

/** Counts the junction rows whose sort key copy is not its source's value. */
export async function staleSortKeyCopies(prisma: PrismaClient): Promise<StaleCopies> {
  const [row] = await prisma.$queryRawUnsafe<StaleCopies[]>(`SELECT
    (SELECT count(*)::int FROM "MeetingParticipant" j JOIN "Meeting" m ON m.id = j."meetingId"
      WHERE j."meetingDate" IS DISTINCT FROM m."date") AS "meetingDate",
    (SELECT count(*)::int FROM "MeetingParticipant" j JOIN "Person" p ON p.id = j."personId"
      WHERE j."personCountryCode" IS DISTINCT FROM p."countryCode") AS "personCountryCode",
    (SELECT count(*)::int FROM "AgreementSignatory" j JOIN "Agreement" a ON a.id = j."agreementId"
      WHERE j."agreementDate" IS DISTINCT FROM a."date") AS "signatoryDate",
    (SELECT count(*)::int FROM "AgreementParty" j JOIN "Agreement" a ON a.id = j."agreementId"
      WHERE j."agreementDate" IS DISTINCT FROM a."date") AS "partyDate"`);
  return row!;
}
