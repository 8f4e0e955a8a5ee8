import type { PrismaClient } from '../generated/prisma/client.ts';
import { countryCatalog } from './catalog.ts';

/**
 * Inserts every ISO 3166-1 country that is missing; cheap when all are there.
 * One raw statement: Prisma's `count` + `createMany` cost 60–150 ms on a cold
 * client (each new query shape is compiled once per process), this 5–25 ms.
 */
export async function ensureCountries(prisma: PrismaClient): Promise<number> {
  const rows = JSON.stringify(countryCatalog.map((c) => ({ code: c.code, name: c.name, demonyms: c.demonyms, aliases: c.aliases })));
  return prisma.$executeRaw`
    INSERT INTO "Country" ("code", "name", "demonyms", "aliases")
    SELECT x.code, x.name, x.demonyms, x.aliases
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(code text, name text, demonyms text[], aliases text[])
    ON CONFLICT ("code") DO NOTHING`;
}
