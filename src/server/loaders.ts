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

/**
 * Creates a fresh set of loaders; call once per request. Each domain's loaders
 * are built on first use (most requests touch one or two domains), and then
 * kept for the rest of the request.
 */
export function createLoaders(prisma: PrismaClient): Loaders {
  let articles: Loaders['articles'] | undefined;
  let people: Loaders['people'] | undefined;
  let countries: Loaders['countries'] | undefined;
  let meetings: Loaders['meetings'] | undefined;
  let agreements: Loaders['agreements'] | undefined;
  // People read with participants and signatories go into the people loader.
  const primers: Primers = { person: (p) => void loaders.people.byId.prime(p.id, p) };
  const loaders: Loaders = {
    get articles() {
      return (articles ??= createArticleLoaders(prisma));
    },
    get people() {
      return (people ??= createPeopleLoaders(prisma));
    },
    get countries() {
      return (countries ??= createCountryLoaders(prisma));
    },
    get meetings() {
      return (meetings ??= createMeetingLoaders(prisma, primers));
    },
    get agreements() {
      return (agreements ??= createAgreementLoaders(prisma, primers));
    },
  };
  return loaders;
}
