/**
 * Reference data: `ensureCountries` fills in the countries that are missing,
 * as the catalog has them, and writes nothing when all are there.
 */
import { describe, expect, it } from 'vitest';
import { countryCatalog } from '../../src/countries/catalog.ts';
import { ensureCountries } from '../../src/countries/load.ts';
import { truncateContent, useFreshDatabase } from '../support/database.ts';

const db = useFreshDatabase();

describe('loading the country catalog', () => {
  it('inserts exactly the missing countries, with their names, demonyms and aliases', async () => {
    await truncateContent(db.prisma);
    await db.prisma.$executeRaw`DELETE FROM "Country" WHERE "code" IN ('NO', 'VE')`;
    expect(await ensureCountries(db.prisma)).toBe(2);
    const venezuela = await db.prisma.country.findUniqueOrThrow({ where: { code: 'VE' } });
    const expected = countryCatalog.find((c) => c.code === 'VE')!;
    expect(venezuela).toMatchObject({ name: expected.name, demonyms: expected.demonyms, aliases: expected.aliases });
    expect(await db.prisma.country.count()).toBe(countryCatalog.length);
  });

  it('writes nothing when every country is there', async () => {
    expect(await ensureCountries(db.prisma)).toBe(0);
  });
});
