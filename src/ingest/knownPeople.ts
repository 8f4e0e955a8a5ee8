/**
 * Looks up the people the graph already knows under the capitalised words of
 * an article, so extraction can recognise a surname that the article itself
 * never introduces (see extract/known.ts). One indexed query per article.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { surnameCandidates, type KnownPerson } from './extract/known.ts';

/** More distinct capitalised words than any news article has: a bound on the query's size. */
const MAX_WORDS = 5000;

/** The known people whose name keys include a capitalised word of `text`. */
export async function knownPeopleIn(prisma: PrismaClient, text: string): Promise<KnownPerson[]> {
  const words = surnameCandidates(text).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  return prisma.person.findMany({
    where: { nameKeys: { hasSome: words } },
    select: { name: true, aliases: true, countryCode: true },
    orderBy: { id: 'asc' },
  });
}
