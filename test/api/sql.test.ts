/**
 * The API's read path through the pg pool (src/graphql/sql.ts) returns rows
 * exactly as Prisma's `$queryRaw` does, whatever the column types, and every
 * statement it runs is reported to the statement hooks.
 */
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.ts';
import { poolOf } from '../../src/db/prisma.ts';
import { readRows } from '../../src/graphql/sql.ts';
import { agreement, article, countries, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi(async (prisma) => {
  await countries(prisma);
  const putin = await person(prisma, 'Vladimir Putin', { countryCode: 'RU', aliases: ['Putin'] });
  const art = await article(prisma, { title: 'Talks', body: 'Putin met Maduro.', publishedAt: '2024-11-08' });
  const m = await meeting(prisma, { date: '2024-11-07', countryCode: 'RU', participants: [{ person: putin }], sources: [{ article: art, quote: 'Putin met Maduro.' }] });
  await agreement(prisma, { title: 'Energy accord', date: '2024-11-07', documentCount: 3, topics: ['energy', 'oil'], parties: ['RU', 'VE'], signatories: [putin], meeting: m });
  await meeting(prisma, { date: null, countryCode: 'VE' }); // undated
});

/** Statements whose columns cover every type the API reads: dates (and NULL dates), timestamps, text and char arrays, enums, floats, JSON, bigints. */
const STATEMENTS: Record<string, Prisma.Sql> = {
  articles: Prisma.sql`SELECT id, title, publisher, agency, url, "publishedAt", body, "contentHash", "sourceFiles", "createdAt", "updatedAt" FROM "Article" ORDER BY id`,
  meetings: Prisma.sql`SELECT * FROM "Meeting" ORDER BY id`,
  agreements: Prisma.sql`SELECT * FROM "Agreement" ORDER BY id`,
  countries: Prisma.sql`SELECT * FROM "Country" WHERE code = ANY(${['RU', 'VE']}::char(2)[]) ORDER BY code`,
  'people as JSON': Prisma.sql`SELECT to_jsonb(p) AS person FROM "Person" p ORDER BY id`,
  'uncast count (bigint)': Prisma.sql`SELECT count(*) AS n FROM "Meeting"`,
  infinity: Prisma.sql`SELECT coalesce(m."date", '-infinity'::date) AS d FROM "Meeting" m ORDER BY id`,
};

describe('readRows', () => {
  it('runs on the pool under the Prisma client', () => {
    expect(poolOf(api.prisma)).toBeDefined();
  });

  for (const [name, sql] of Object.entries(STATEMENTS)) {
    it(`returns what $queryRaw returns: ${name}`, async () => {
      const expected = await api.prisma.$queryRaw<unknown[]>(sql);
      const rows = await readRows<unknown>(api.prisma, sql);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected);
    });
  }

  it('reports each statement to onQuery', async () => {
    api.resetStatements();
    await readRows(api.prisma, Prisma.sql`SELECT ${1}::int AS one`);
    expect(api.statements).toEqual(['SELECT $1::int AS one']);
  });
});
