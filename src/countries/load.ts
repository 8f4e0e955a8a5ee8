import type { PrismaClient } from '../generated/prisma/client.ts';
import { countryCatalog } from './catalog.ts';

/** Inserts every ISO 3166-1 country that is missing; cheap when all are there. */
export async function ensureCountries(prisma: PrismaClient): Promise<number> {
  const present = await prisma.country.count();
  if (present >= countryCatalog.length) return 0;
  const { count } = await prisma.country.createMany({
    data: countryCatalog.map((c) => ({ code: c.code, name: c.name, demonyms: c.demonyms, aliases: c.aliases })),
    skipDuplicates: true,
  });
  return count;
}
