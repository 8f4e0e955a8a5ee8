/**
 * Per-request country loaders. Build them with `createCountryLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { rowLoader } from '../graphql/loaders.ts';
import type { Country } from '../generated/prisma/client.ts';
import { cachedCountry, countriesByCodes } from './countries.service.ts';

/** The country loaders of one request. */
export type CountryLoaders = ReturnType<typeof createCountryLoaders>;

/** Creates the country loaders for one request (their caches must not outlive it). */
export function createCountryLoaders(prisma: PrismaClient) {
  const byCode = rowLoader((codes: readonly string[]) => countriesByCodes(prisma, codes), (c) => c.code);
  return {
    /** By upper-case ISO code. */
    byCode,
    /** By upper-case ISO code, without a promise when the kept country table has it (see `cachedCountry`). */
    now: (code: string): Country | Promise<Country | null> => cachedCountry(prisma, code) ?? byCode.load(code),
  };
}
