/**
 * The one loaders factory: every DataLoader of one request. The context
 * function calls it per request, so caches never leak between requests or users.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { createAgreementLoaders } from '../agreements/agreements.loaders.ts';
import { createArticleLoaders } from '../articles/articles.loaders.ts';
import { createCountryLoaders } from '../countries/countries.loaders.ts';
import { createMeetingLoaders } from '../meetings/meetings.loaders.ts';
import { createPeopleLoaders } from '../people/people.loaders.ts';

/** All loaders of one request, by domain. */
export interface Loaders {
  articles: ReturnType<typeof createArticleLoaders>;
  people: ReturnType<typeof createPeopleLoaders>;
  countries: ReturnType<typeof createCountryLoaders>;
  meetings: ReturnType<typeof createMeetingLoaders>;
  agreements: ReturnType<typeof createAgreementLoaders>;
}

/** Creates a fresh set of loaders; call once per request. */
export function createLoaders(prisma: PrismaClient): Loaders {
  return {
    articles: createArticleLoaders(prisma),
    people: createPeopleLoaders(prisma),
    countries: createCountryLoaders(prisma),
    meetings: createMeetingLoaders(prisma),
    agreements: createAgreementLoaders(prisma),
  };
}
