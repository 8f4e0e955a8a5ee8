/**
 * People in the database: lookups by name key, the keyset-ordered list, and
 * the batch reads behind the people loaders.
 */
import { Prisma, type Person, type PersonRole } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from '../graphql/sql.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import type { PersonFilter } from '../graphql/generated/resolvers-types.ts';
import { countryCodeInput, nameKeyInput } from '../graphql/inputs.ts';
import { fetchConnection, type ListSpec, type ParentRelation } from '../graphql/keyset.ts';

/** People by name, then id. */
export const personList: ListSpec<Person> = {
  name: 'Person',
  table: '"Person"',
  alias: 'p',
  keys: [
    { column: 'name', kind: 'text', nullable: false, descending: false, read: (p) => p.name },
    { column: 'id', kind: 'int', nullable: false, descending: false, read: (p) => p.id },
  ],
};

/** A validated, normalized PersonFilter. */
export interface PersonCriteria {
  nameKey?: string;
  countryCode?: string;
}

/**
 * Validates a PersonFilter argument of `field`.
 * @throws BAD_USER_INPUT naming the filter field at fault.
 */
export function personCriteria(filter: PersonFilter | null | undefined, field: string): PersonCriteria {
  const c: PersonCriteria = {};
  if (filter?.name != null) c.nameKey = nameKeyInput(filter.name, 'filter.name', field);
  if (filter?.countryCode != null) c.countryCode = countryCodeInput(filter.countryCode, 'filter.countryCode', field);
  return c;
}

/** SQL conditions over alias `p` for the criteria (the name test uses the GIN index on nameKeys). */
export function personConditions(c: PersonCriteria): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (c.nameKey !== undefined) out.push(Prisma.sql`p."nameKeys" @> ARRAY[${c.nameKey}]::text[]`);
  if (c.countryCode !== undefined) out.push(Prisma.sql`p."countryCode" = ${c.countryCode}`);
  return out;
}

/** One page of people matching `criteria`. */
export function listPeople(prisma: PrismaClient, criteria: PersonCriteria, page: PageRequest): Promise<ConnectionModel<Person>> {
  return fetchConnection(prisma, personList, personConditions(criteria), page);
}

/**
 * The person a name stands for: among people with the folded name as a key,
 * one whose full name folds to it wins ("Rodriguez" may be a surname of
 * several), then the lowest id. Null when nobody matches.
 */
export async function findPersonByName(prisma: PrismaClient, nameKey: string): Promise<Person | null> {
  const candidates = await prisma.person.findMany({ where: { nameKeys: { has: nameKey } }, orderBy: { id: 'asc' }, take: 50 });
  return candidates.find((p) => p.key === nameKey) ?? candidates[0] ?? null;
}

/** People by id (any order). */
export function peopleByIds(prisma: PrismaClient, ids: readonly number[]): Promise<Person[]> {
  // Raw SQL straight to the pool here and below (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  return readRows<Person>(prisma, Prisma.sql`SELECT * FROM "Person" WHERE id = ANY(${[...ids]}::int[])`);
}

/** Role rows of the people: latest first, undated last. */
export function rolesOfPeople(prisma: PrismaClient, personIds: readonly number[]): Promise<PersonRole[]> {
  return readRows<PersonRole>(prisma, Prisma.sql`
    SELECT * FROM "PersonRole" WHERE "personId" = ANY(${[...personIds]}::int[])
    ORDER BY "asOf" DESC NULLS LAST, id`);
}

/** The people who represent a country. */
export const peopleOfCountries: ParentRelation<string> = {
  parentType: 'char(2)',
  branches: (code) => [{ from: Prisma.sql`"Person" p`, where: Prisma.sql`p."countryCode" = ${code}` }],
};
