/**
 * The one loaders factory: every DataLoader of one request. The context
 * function calls it per request, so caches never leak between requests or users.
 */
import type { PrismaClient } from '../db/prisma.ts';
import type { Primers } from '../graphql/loaders.ts';
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
  const people = createPeopleLoaders(prisma);
  const countries = createCountryLoaders(prisma);
  // People read with participants and signatories go into the people loader.
  const primers: Primers = { person: (p) => void people.byId.prime(p.id, p) };
  return {
    articles: createArticleLoaders(prisma),
    people,
    countries,
    meetings: createMeetingLoaders(prisma, primers),
    agreements: createAgreementLoaders(prisma, primers),
  };
}
