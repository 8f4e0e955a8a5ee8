/**
 * Meetings in the database: filter validation, the keyset-ordered list, and
 * the batch reads behind the meeting loaders.
 */
import { Prisma, type Meeting, type MeetingStatus, type MeetingKind, type MeetingSource, type ParticipantRole, type Person } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from '../graphql/sql.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import { countryCodeInput, dayRangeInput, nameKeyInput, yearInput, type DayRange } from '../graphql/inputs.ts';
import { dayOf, fetchConnection, type BatchedConnection, type ListSpec, type ParentRelation } from '../graphql/keyset.ts';
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
  /** The people a participant name stands for, once resolved (see `listMeetings`). */
  participantIds?: number[];
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
  if (c.participantIds !== undefined) {
    out.push(
      c.participantIds.length
        ? Prisma.sql`m.id IN (SELECT "meetingId" FROM "MeetingParticipant" WHERE "personId" = ANY(${c.participantIds}::int[]))`
        : Prisma.sql`FALSE`,
    );
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

/**
 * One page of meetings matching `criteria`. A participant name is resolved to
 * the people it stands for first, in one small statement. When that is one
 * person (or the filter names a person by id), the page is that person's
 * meetings connection, `ofPerson`: an index range read over their
 * MeetingParticipant rows, newest first, and a count of those rows, instead of
 * a name semi-join over every meeting repeated in the page and count statements.
 */
export async function listMeetings(
  prisma: PrismaClient,
  ofPerson: BatchedConnection<number, Meeting, MeetingCriteria>,
  criteria: MeetingCriteria,
  page: PageRequest,
): Promise<ConnectionModel<Meeting>> {
  const { participantKey, ...rest } = criteria;
  if (participantKey !== undefined) {
    const ids = await personIdsByNameKey(prisma, participantKey);
    if (ids.length === 1) return ofPerson(ids[0]!, page, rest);
    return fetchConnection(prisma, meetingList, meetingConditions({ ...rest, participantIds: ids }), page);
  }
  if (rest.participantId !== undefined) {
    const { participantId, ...others } = rest;
    return ofPerson(participantId, page, others);
  }
  return fetchConnection(prisma, meetingList, meetingConditions(criteria), page);
}

/** Ids of the people with `nameKey` among their name keys (GIN index on nameKeys). */
async function personIdsByNameKey(prisma: PrismaClient, nameKey: string): Promise<number[]> {
  const rows = await readRows<{ id: number }>(prisma, Prisma.sql`SELECT id FROM "Person" WHERE "nameKeys" @> ARRAY[${nameKey}]::text[] ORDER BY id`);
  return rows.map((r) => r.id);
}

/** Meetings by id (any order). */
export function meetingsByIds(prisma: PrismaClient, ids: readonly number[]): Promise<Meeting[]> {
  return readRows<Meeting>(prisma, Prisma.sql`SELECT * FROM "Meeting" WHERE id = ANY(${[...ids]}::int[])`);
}

/** A participant row with its person. */
export interface ParticipantRow {
  meetingId: number;
  personId: number;
  role: ParticipantRole | null;
  person: Person;
}

/**
 * Participant rows (with their person) of the meetings, ordered by the
 * person's name. Typed raw SQL, one join: Prisma's `include` with a relation
 * `orderBy` costs two statements and hash-joins every person to sort 60 rows.
 * `to_jsonb(p)` carries the person whole (Person has no date columns, so JSON
 * gives back exactly the Prisma row). The person is a correlated subquery, a
 * primary key lookup per row: as a join, the planner hashes all 5,000 people
 * to match 60 rows (10 ms against 0.3 ms on the synthetic corpus).
 */
export function participantsOfMeetings(prisma: PrismaClient, meetingIds: readonly number[]): Promise<ParticipantRow[]> {
  return readRows<ParticipantRow>(prisma, Prisma.sql`
    SELECT x.* FROM (
      SELECT mp."meetingId", mp."personId", mp."role"::text AS role,
        (SELECT to_jsonb(p) FROM "Person" p WHERE p.id = mp."personId") AS person
      FROM "MeetingParticipant" mp WHERE mp."meetingId" = ANY(${[...meetingIds]}::int[])
    ) x
    ORDER BY x.person->>'name', x."personId", x."meetingId"`);
}

/** Source rows of the meetings, by article and position. */
export function sourcesOfMeetings(prisma: PrismaClient, meetingIds: readonly number[]): Promise<MeetingSource[]> {
  // Raw SQL straight to the pool (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  return readRows<MeetingSource>(prisma, Prisma.sql`
    SELECT * FROM "MeetingSource" WHERE "meetingId" = ANY(${[...meetingIds]}::int[]) ORDER BY "articleId", position`);
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
