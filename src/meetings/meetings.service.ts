/**
 * Meetings in the database: filter validation, the keyset-ordered list, and
 * the batch reads behind the meeting loaders.
 */
import { Prisma, type Meeting, type MeetingStatus, type MeetingKind } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import { countryCodeInput, dayRangeInput, nameKeyInput, yearInput, type DayRange } from '../graphql/inputs.ts';
import { dayOf, fetchConnection, type ListSpec, type ParentRelation } from '../graphql/keyset.ts';
import { decodeGlobalId } from '../graphql/node.ts';
import type { MeetingFilter } from '../graphql/generated/resolvers-types.ts';

/** Meetings newest first, undated last, then by id (newest first). */
export const meetingList: ListSpec<Meeting> = {
  name: 'Meeting',
  table: '"Meeting"',
  alias: 'm',
  keys: [
    { column: 'date', kind: 'date', nullable: true, descending: true, read: (m) => dayOf(m.date) },
    { column: 'id', kind: 'int', nullable: false, descending: true, read: (m) => m.id },
  ],
};

/** A validated, normalized MeetingFilter (plain JSON: it is part of batch signatures). */
export interface MeetingCriteria extends DayRange {
  participantKey?: string;
  participantId?: number;
  countryCode?: string;
  heldIn?: string;
  year?: number;
  status?: MeetingStatus;
  kind?: MeetingKind;
}

/**
 * Validates a MeetingFilter argument of `field`.
 * @throws BAD_USER_INPUT naming the filter field at fault.
 */
export function meetingCriteria(filter: MeetingFilter | null | undefined, field: string): MeetingCriteria {
  if (!filter) return {};
  const c: MeetingCriteria = { ...dayRangeInput(filter.from, filter.to, 'filter', field) };
  if (filter.participant != null) c.participantKey = nameKeyInput(filter.participant, 'filter.participant', field);
  if (filter.participantId != null) c.participantId = decodeGlobalId(filter.participantId, 'Person', 'filter.participantId', field);
  if (filter.countryCode != null) c.countryCode = countryCodeInput(filter.countryCode, 'filter.countryCode', field);
  if (filter.heldIn != null) c.heldIn = countryCodeInput(filter.heldIn, 'filter.heldIn', field);
  if (filter.year != null) c.year = yearInput(filter.year, 'filter.year', field);
  if (filter.status != null) c.status = filter.status;
  if (filter.kind != null) c.kind = filter.kind;
  return c;
}

/** SQL conditions over alias `m` for the criteria. */
export function meetingConditions(c: MeetingCriteria): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (c.participantKey !== undefined) {
    out.push(Prisma.sql`m.id IN (SELECT mp."meetingId" FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId"
      WHERE p."nameKeys" @> ARRAY[${c.participantKey}]::text[])`);
  }
  if (c.participantId !== undefined) {
    out.push(Prisma.sql`m.id IN (SELECT "meetingId" FROM "MeetingParticipant" WHERE "personId" = ${c.participantId})`);
  }
  if (c.countryCode !== undefined) out.push(inCountry(c.countryCode));
  if (c.heldIn !== undefined) out.push(Prisma.sql`m."countryCode" = ${c.heldIn}`);
  if (c.year !== undefined) out.push(Prisma.sql`m."year" = ${c.year}`);
  if (c.from !== undefined) out.push(Prisma.sql`m."date" >= ${c.from}::date`);
  if (c.to !== undefined) out.push(Prisma.sql`m."date" <= ${c.to}::date`);
  if (c.status !== undefined) out.push(Prisma.sql`m."status" = ${c.status}::"MeetingStatus"`);
  if (c.kind !== undefined) out.push(Prisma.sql`m."kind" = ${c.kind}::"MeetingKind"`);
  return out;
}

/** A country's meetings: held there, or with a participant from there. */
function inCountry(code: string): Prisma.Sql {
  return Prisma.sql`(m."countryCode" = ${code} OR m.id IN (SELECT mp."meetingId" FROM "MeetingParticipant" mp
    JOIN "Person" p ON p.id = mp."personId" WHERE p."countryCode" = ${code}))`;
}

/** One page of meetings matching `criteria`. */
export function listMeetings(prisma: PrismaClient, criteria: MeetingCriteria, page: PageRequest): Promise<ConnectionModel<Meeting>> {
  return fetchConnection(prisma, meetingList, meetingConditions(criteria), page);
}

/** Meetings by id (any order). */
export function meetingsByIds(prisma: PrismaClient, ids: readonly number[]): Promise<Meeting[]> {
  return prisma.meeting.findMany({ where: { id: { in: [...ids] } } });
}

/** Participant rows of the meetings, ordered by the person's name. */
export function participantsOfMeetings(prisma: PrismaClient, meetingIds: readonly number[]) {
  return prisma.meetingParticipant.findMany({
    where: { meetingId: { in: [...meetingIds] } },
    include: { person: true },
    orderBy: [{ person: { name: 'asc' } }, { personId: 'asc' }],
  });
}

/** Source rows of the meetings, by article and position. */
export function sourcesOfMeetings(prisma: PrismaClient, meetingIds: readonly number[]) {
  return prisma.meetingSource.findMany({
    where: { meetingId: { in: [...meetingIds] } },
    orderBy: [{ articleId: 'asc' }, { position: 'asc' }],
  });
}

const joinMeeting = Prisma.sql`JOIN "Meeting" m ON m.id = j."meetingId"`;

/** The meetings a person took part in, newest first from `MeetingParticipant_person_sort_idx`. */
export const meetingsOfPeople: ParentRelation<number> = {
  parentType: 'int',
  branches: (person) => [
    {
      from: Prisma.sql`"MeetingParticipant" j`,
      join: joinMeeting,
      where: Prisma.sql`j."personId" = ${person}`,
      keys: { alias: 'j', columns: ['meetingDate', 'meetingId'] },
    },
  ],
};

/**
 * Meetings held in a country (`Meeting_country_sort_idx`) or with a
 * participant from it (`MeetingParticipant_country_sort_idx`; a meeting with
 * two such participants comes twice, hence `repeats`).
 */
export const meetingsOfCountries: ParentRelation<string> = {
  parentType: 'char(2)',
  branches: (code) => [
    { from: Prisma.sql`"Meeting" m`, where: Prisma.sql`m."countryCode" = ${code}` },
    {
      from: Prisma.sql`"MeetingParticipant" j`,
      join: joinMeeting,
      where: Prisma.sql`j."personCountryCode" = ${code}`,
      keys: { alias: 'j', columns: ['meetingDate', 'meetingId'] },
      repeats: true,
    },
  ],
};

/** The meetings an article reports (one source row per quote, hence `repeats`). */
export const meetingsOfArticles: ParentRelation<number> = {
  parentType: 'int',
  branches: (article) => [
    { from: Prisma.sql`"MeetingSource" j`, join: joinMeeting, where: Prisma.sql`j."articleId" = ${article}`, repeats: true },
  ],
};
