/**
 * Per-request country loaders. Build them with `createCountryLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { rowLoader } from '../graphql/loaders.ts';
import { countriesByCodes } from './countries.service.ts';

/** The country loaders of one request. */
export type CountryLoaders = ReturnType<typeof createCountryLoaders>;

/** Creates the country loaders for one request (their caches must not outlive it). */
export function createCountryLoaders(prisma: PrismaClient) {
  return {
    /** By upper-case ISO code. */
    byCode: rowLoader((codes: readonly string[]) => countriesByCodes(prisma, codes), (c) => c.code),
  };
}
