/**
 * The API's read path through the pg pool (src/graphql/sql.ts) returns rows
 * exactly as Prisma's `$queryRaw` does, whatever the column types, and every
 * statement it runs is reported to the statement hooks. Its statements are
 * named (prepared once per connection) unless that is turned off.
 */
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.ts';
import { createPrisma, poolOf, type PrismaClient } from '../../src/db/prisma.ts';
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

/** The database URL of the pool under `client`. */
function urlOf(client: PrismaClient): string {
  const url = poolOf(client)?.pool.options.connectionString;
  if (!url) throw new Error('the test client has no pool URL');
  return url;
}

/** The prepared statements of the only connection of `client` (a one-connection pool). */
async function preparedOn(client: PrismaClient): Promise<string[]> {
  const rows = await readRows<{ statement: string }>(client, Prisma.sql`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'api_read_%' ORDER BY prepare_time`);
  return rows.map((r) => r.statement);
}

describe('read statements prepared once per connection', () => {
  const probe = Prisma.sql`SELECT count(*)::int AS n FROM "Meeting" WHERE "countryCode" = ${'VE'}`;

  it('names each statement text, so the second run of a text reuses the first one\'s parse', async () => {
    const client = createPrisma(urlOf(api.prisma), { poolSize: 1 });
    try {
      const first = await readRows<{ n: number }>(client, probe);
      const second = await readRows<{ n: number }>(client, probe);
      expect(second).toEqual(first);
      const prepared = await preparedOn(client);
      expect(prepared.filter((text) => text.includes('"countryCode" = $1'))).toHaveLength(1);
    } finally {
      await client.$disconnect();
    }
  });

  it('sends them unnamed when prepareStatements is false (for poolers that cannot keep them)', async () => {
    const client = createPrisma(urlOf(api.prisma), { poolSize: 1, prepareStatements: false });
    try {
      await readRows(client, probe);
      expect(await preparedOn(client)).toEqual([]);
    } finally {
      await client.$disconnect();
    }
  });
});
