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

/** Countries by upper-case code (any order), read from the database. */
function readCountries(prisma: PrismaClient, codes: readonly string[]): Promise<Country[]> {
  // Raw SQL straight to the pool (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  return readRows<Country>(prisma, Prisma.sql`SELECT * FROM "Country" WHERE code = ANY(${[...codes]}::char(2)[])`);
}

/**
 * The country table as last read, per database client. Countries are
 * reference data: ISO 3166 rows that `ensureCountries` writes at migration or
 * seed time, before the API serves, and nothing writes afterwards. Yet almost
 * every answer names some (a meeting's host, a person's country, an
 * agreement's parties), which cost one statement per request, a round trip
 * the database and the server both pay for (docs/benchmarks.md). So the API
 * reads the table once and keeps it; a code not in it is still read from the
 * database (a country added later is found), and the copy is read again in
 * the background when it is older than `COUNTRY_CACHE_MAX_AGE_MS`, so that an
 * edited row shows within that time.
 */
interface CountryCache {
  byCode: Map<string, Country>;
  readAt: number;
  refreshing?: Promise<void>;
}

/** How old the kept country table may get before the next lookup reads it again (in the background). */
export const COUNTRY_CACHE_MAX_AGE_MS = 5 * 60_000;

const countryCaches = new WeakMap<PrismaClient, CountryCache>();

/** Reads the whole country table into the client's cache (about 250 rows). */
async function refreshCountries(prisma: PrismaClient, cache: CountryCache): Promise<void> {
  const rows = await readRows<Country>(prisma, Prisma.sql`SELECT * FROM "Country"`);
  cache.byCode = new Map(rows.map((c) => [c.code, c]));
  cache.readAt = Date.now();
}

/**
 * Fills the country cache of `prisma`; `createApp` calls it at start, so that
 * no request pays for it. When the read fails, the cache stays empty and
 * stale, so the first lookup starts another read and meanwhile asks the
 * database for its codes.
 */
export async function warmCountryCache(prisma: PrismaClient): Promise<void> {
  const cache: CountryCache = countryCaches.get(prisma) ?? { byCode: new Map(), readAt: 0 };
  countryCaches.set(prisma, cache);
  await refreshCountries(prisma, cache);
}

/** Starts one background re-read when the cached table is older than the limit (its failure keeps the old copy). */
function refreshIfOld(prisma: PrismaClient, cache: CountryCache): void {
  if (cache.refreshing || Date.now() - cache.readAt < COUNTRY_CACHE_MAX_AGE_MS) return;
  cache.refreshing = refreshCountries(prisma, cache)
    .catch(() => {})
    .finally(() => {
      cache.refreshing = undefined;
    });
}

/**
 * The country with upper-case `code` from the kept table, or undefined when
 * the table has not been read or lacks the code (then ask `countriesByCodes`).
 * Synchronous on purpose: a nested answer names hundreds of countries, and a
 * promise and a loader batch for each showed in its profile.
 */
export function cachedCountry(prisma: PrismaClient, code: string): Country | undefined {
  const cache = countryCaches.get(prisma);
  if (!cache) return undefined;
  refreshIfOld(prisma, cache);
  return cache.byCode.get(code);
}

/**
 * Countries by upper-case code (any order): from the cached table (see
 * `CountryCache`) when `warmCountryCache` has filled it, and the codes it
 * lacks from the database.
 */
export async function countriesByCodes(prisma: PrismaClient, codes: readonly string[]): Promise<Country[]> {
  const cache = countryCaches.get(prisma);
  if (!cache) return readCountries(prisma, codes);
  refreshIfOld(prisma, cache);
  const found: Country[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const country = cache.byCode.get(code);
    if (country) found.push(country);
    else missing.push(code);
  }
  if (!missing.length) return found;
  const read = await readCountries(prisma, missing);
  for (const country of read) cache.byCode.set(country.code, country);
  return [...found, ...read];
}
