/**
 * Agreements in the database: filter validation, the keyset-ordered list,
 * yearly totals, and the batch reads behind the agreement loaders.
 */
import { Prisma, type Agreement, type AgreementKind, type AgreementSource, type Person } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from '../graphql/sql.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import type { AgreementFilter, AgreementYear } from '../graphql/generated/resolvers-types.ts';
import { containsPattern, countryCodeInput, dayRangeInput, nameKeyInput, textInput, yearInput, type DayRange } from '../graphql/inputs.ts';
import { dayOf, fetchConnection, where, type ListSpec, type ParentRelation } from '../graphql/keyset.ts';
import { decodeGlobalId } from '../graphql/node.ts';

/** Agreements newest first, undated (span totals) last, then by id (newest first). */
export const agreementList: ListSpec<Agreement> = {
  name: 'Agreement',
  table: '"Agreement"',
  alias: 'a',
  keys: [
    { column: 'date', kind: 'date', nullable: true, descending: true, read: (a) => dayOf(a.date) },
    { column: 'id', kind: 'int', nullable: false, descending: true, read: (a) => a.id },
  ],
};

/** A validated, normalized AgreementFilter (plain JSON: it is part of batch signatures). */
export interface AgreementCriteria extends DayRange {
  year?: number;
  partyCode?: string;
  signatoryKey?: string;
  signatoryId?: number;
  topicPattern?: string;
  kind?: AgreementKind;
}

/**
 * Validates an AgreementFilter argument of `field`.
 * @throws BAD_USER_INPUT naming the filter field at fault.
 */
export function agreementCriteria(filter: AgreementFilter | null | undefined, field: string): AgreementCriteria {
  if (!filter) return {};
  const c: AgreementCriteria = { ...dayRangeInput(filter.from, filter.to, 'filter', field) };
  if (filter.year != null) c.year = yearInput(filter.year, 'filter.year', field);
  if (filter.partyCode != null) c.partyCode = countryCodeInput(filter.partyCode, 'filter.partyCode', field);
  if (filter.signatory != null) c.signatoryKey = nameKeyInput(filter.signatory, 'filter.signatory', field);
  if (filter.signatoryId != null) c.signatoryId = decodeGlobalId(filter.signatoryId, 'Person', 'filter.signatoryId', field);
  if (filter.topic != null) c.topicPattern = containsPattern(textInput(filter.topic, 'filter.topic', field));
  if (filter.kind != null) c.kind = filter.kind;
  return c;
}

/** SQL conditions over alias `a` for the criteria. */
export function agreementConditions(c: AgreementCriteria): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (c.year !== undefined) out.push(Prisma.sql`a."year" = ${c.year}`);
  if (c.from !== undefined) out.push(Prisma.sql`a."date" >= ${c.from}::date`);
  if (c.to !== undefined) out.push(Prisma.sql`a."date" <= ${c.to}::date`);
  if (c.partyCode !== undefined) {
    out.push(Prisma.sql`a.id IN (SELECT "agreementId" FROM "AgreementParty" WHERE "countryCode" = ${c.partyCode})`);
  }
  if (c.signatoryKey !== undefined) {
    out.push(Prisma.sql`a.id IN (SELECT s."agreementId" FROM "AgreementSignatory" s JOIN "Person" p ON p.id = s."personId"
      WHERE p."nameKeys" @> ARRAY[${c.signatoryKey}]::text[])`);
  }
  if (c.signatoryId !== undefined) {
    out.push(Prisma.sql`a.id IN (SELECT "agreementId" FROM "AgreementSignatory" WHERE "personId" = ${c.signatoryId})`);
  }
  if (c.topicPattern !== undefined) out.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(a."topics") t WHERE t ILIKE ${c.topicPattern})`);
  if (c.kind !== undefined) out.push(Prisma.sql`a."kind" = ${c.kind}::"AgreementKind"`);
  return out;
}

/** One page of agreements matching `criteria`. */
export function listAgreements(prisma: PrismaClient, criteria: AgreementCriteria, page: PageRequest): Promise<ConnectionModel<Agreement>> {
  return fetchConnection(prisma, agreementList, agreementConditions(criteria), page);
}

/**
 * Agreement rows and documents per year, ascending. Rows without a year
 * (totals over a span of years) belong to no year; a row without a
 * documentCount is one document.
 */
export function agreementsByYear(prisma: PrismaClient, criteria: AgreementCriteria): Promise<AgreementYear[]> {
  if (Object.keys(criteria).length === 0) {
    // Unfiltered: the totals the triggers of migration agreement_year_totals keep, 25 rows instead of a
    // GROUP BY over every agreement (53,000 in the benchmark, 15 ms of database CPU per request).
    return readRows<AgreementYear>(prisma, Prisma.sql`SELECT "year", "agreements", "documents" FROM "AgreementYearTotal" ORDER BY "year"`);
  }
  return readRows<AgreementYear>(prisma, Prisma.sql`
    SELECT a."year" AS year, count(*)::int AS agreements, sum(coalesce(a."documentCount", 1))::int AS documents
    FROM "Agreement" a
    WHERE ${where([Prisma.sql`a."year" IS NOT NULL`, ...agreementConditions(criteria)])}
    GROUP BY a."year"
    ORDER BY a."year"`);
}

/** Agreements by id (any order). */
export function agreementsByIds(prisma: PrismaClient, ids: readonly number[]): Promise<Agreement[]> {
  return readRows<Agreement>(prisma, Prisma.sql`SELECT * FROM "Agreement" WHERE id = ANY(${[...ids]}::int[])`);
}

/** Agreements signed at the meetings, newest first. */
export function agreementsOfMeetings(prisma: PrismaClient, meetingIds: readonly number[]): Promise<Agreement[]> {
  // Raw SQL straight to the pool (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  return readRows<Agreement>(prisma, Prisma.sql`
    SELECT * FROM "Agreement" WHERE "meetingId" = ANY(${[...meetingIds]}::int[]) ORDER BY "date" DESC NULLS LAST, id DESC`);
}

/** A party row (its country comes from the countries loader). */
export interface PartyRow {
  agreementId: number;
  countryCode: string;
}

/** A signatory row with its person. */
export interface SignatoryRow {
  agreementId: number;
  personId: number;
  person: Person;
}

// The reads below are raw SQL sent straight to the pool (src/graphql/sql.ts):
// Prisma's findMany costs about twice the CPU of $queryRaw for the same rows,
// $queryRaw about twice what pg does, and `include` costs two statements
// per list (the rows, then the related rows again by id), with a relation
// `orderBy` that hash-joins every person. A signatory's person comes along as
// `to_jsonb(p)` (Person has no date columns, so JSON gives back exactly the
// Prisma row), by a correlated subquery: a primary key lookup per row, where
// a join makes the planner hash all 5,000 people to match a few dozen rows.
// A party's country is left to the countries loader: the same few countries
// recur on hundreds of party rows, and each copy would carry its alias lists.

/** Party rows of the agreements, by code. */
export function partiesOfAgreements(prisma: PrismaClient, agreementIds: readonly number[]): Promise<PartyRow[]> {
  return readRows<PartyRow>(prisma, Prisma.sql`
    SELECT ap."agreementId", ap."countryCode"
    FROM "AgreementParty" ap
    WHERE ap."agreementId" = ANY(${[...agreementIds]}::int[])
    ORDER BY ap."countryCode", ap."agreementId"`);
}

/** Signatory rows (with their person) of the agreements, by name. */
export function signatoriesOfAgreements(prisma: PrismaClient, agreementIds: readonly number[]): Promise<SignatoryRow[]> {
  return readRows<SignatoryRow>(prisma, Prisma.sql`
    SELECT x.* FROM (
      SELECT s."agreementId", s."personId", (SELECT to_jsonb(p) FROM "Person" p WHERE p.id = s."personId") AS person
      FROM "AgreementSignatory" s WHERE s."agreementId" = ANY(${[...agreementIds]}::int[])
    ) x
    ORDER BY x.person->>'name', x."personId", x."agreementId"`);
}

/** Source rows of the agreements, by article and position. */
export function sourcesOfAgreements(prisma: PrismaClient, agreementIds: readonly number[]): Promise<AgreementSource[]> {
  return readRows<AgreementSource>(prisma, Prisma.sql`
    SELECT * FROM "AgreementSource" WHERE "agreementId" = ANY(${[...agreementIds]}::int[]) ORDER BY "articleId", position`);
}

const joinAgreement = Prisma.sql`JOIN "Agreement" a ON a.id = j."agreementId"`;
const agreementKeys = { alias: 'j', columns: ['agreementDate', 'agreementId'] } as const;

/** The agreements a person signed, newest first from `AgreementSignatory_person_sort_idx`. */
export const agreementsOfPeople: ParentRelation<number> = {
  parentType: 'int',
  branches: (person) => [
    { from: Prisma.sql`"AgreementSignatory" j`, join: joinAgreement, where: Prisma.sql`j."personId" = ${person}`, keys: agreementKeys },
  ],
};

/** The agreements a country is party to, newest first from `AgreementParty_country_sort_idx`. */
export const agreementsOfCountries: ParentRelation<string> = {
  parentType: 'char(2)',
  branches: (code) => [
    { from: Prisma.sql`"AgreementParty" j`, join: joinAgreement, where: Prisma.sql`j."countryCode" = ${code}`, keys: agreementKeys },
  ],
};

/** The agreements an article reports (one source row per quote, hence `repeats`). */
export const agreementsOfArticles: ParentRelation<number> = {
  parentType: 'int',
  branches: (article) => [
    { from: Prisma.sql`"AgreementSource" j`, join: joinAgreement, where: Prisma.sql`j."articleId" = ${article}`, repeats: true },
  ],
};
