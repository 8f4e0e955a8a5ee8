/**
 * Countries in the database: the keyset-ordered list and lookups by code.
 */
import { Prisma, type Country } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from '../graphql/sql.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import { fetchConnection, type ListSpec } from '../graphql/keyset.ts';

/** Countries by name, then code. */
export const countryList: ListSpec<Country> = {
  name: 'Country',
  table: '"Country"',
  alias: 'c',
  keys: [
    { column: 'name', kind: 'text', nullable: false, descending: false, read: (c) => c.name },
    { column: 'code', kind: 'text', nullable: false, descending: false, read: (c) => c.code },
  ],
};

/** One page of countries. */
export function listCountries(prisma: PrismaClient, page: PageRequest): Promise<ConnectionModel<Country>> {
  return fetchConnection(prisma, countryList, [], page);
}

/** Countries by upper-case code (any order). */
export function countriesByCodes(prisma: PrismaClient, codes: readonly string[]): Promise<Country[]> {
  // Raw SQL straight to the pool (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  return readRows<Country>(prisma, Prisma.sql`SELECT * FROM "Country" WHERE code = ANY(${[...codes]}::char(2)[])`);
}
