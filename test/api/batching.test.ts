/**
 * N+1 guard: the SQL statements a nested query runs do not grow with the
 * number of rows. The same query over N and 3N countries, each with meetings,
 * participants, agreements and sources, must run exactly the same statements.
 */
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/db/prisma.ts';
import { agreement, article, country, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi();

// User-assigned ISO codes (XA–XI), named to sort before every real country on the first page.
const CODES = ['XA', 'XB', 'XC', 'XD', 'XE', 'XF', 'XG', 'XH', 'XI'];

/** `n` countries named "Fixtureland …", each with two meetings of two people, an agreement and a source. */
async function build(prisma: PrismaClient, n: number): Promise<void> {
  await prisma.$executeRawUnsafe('TRUNCATE "Article", "Person", "Meeting", "Agreement" RESTART IDENTITY CASCADE');
  const news = await article(prisma, { title: 'Report' });
  for (const code of CODES.slice(0, n)) {
    await country(prisma, code, `000 Fixtureland ${code}`);
    const a = await person(prisma, `Envoy ${code} One`, { countryCode: code });
    const b = await person(prisma, `Envoy ${code} Two`, { countryCode: code });
    for (const date of ['2024-01-02', '2023-05']) {
      const m = await meeting(prisma, { date, countryCode: code, participants: [{ person: a }, { person: b }], sources: [{ article: news, quote: 'They met.' }] });
      await agreement(prisma, { date, parties: [code], signatories: [a], meeting: m, sources: [{ article: news, quote: 'Signed.' }] });
    }
  }
}

const QUERY = `{ countries(first: 100) { nodes { code
  meetings(first: 20) { totalCount pageInfo { hasNextPage } nodes {
    id date country { name } participants { name roles { title } } participantRoles { role person { name } }
    agreements { title parties { code } signatories { name } sources { article { title } } }
    sources { quote article { title } } } }
  people(first: 5) { totalCount nodes { name agreements { nodes { title } } } }
} } }`;

async function statementsFor(n: number): Promise<{ statements: number; meetings: number }> {
  await build(api.prisma, n);
  api.resetStatements();
  const data = await api.data<{ countries: { nodes: { code: string; meetings: { nodes: unknown[] } }[] } }>(QUERY);
  const fixture = data.countries.nodes.filter((c) => CODES.includes(c.code));
  return { statements: api.statements.length, meetings: fixture.reduce((sum, c) => sum + c.meetings.nodes.length, 0) };
}

describe('batched nested lists (no N+1)', () => {
  it('runs the same, fixed number of SQL statements for N and 3N countries', async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(9);
    expect(small.meetings).toBe(6);
    expect(large.meetings).toBe(18);
    // 1 countries page; 2 meetings LATERAL page + count; 2 people LATERAL page + count; 1 people's agreements LATERAL page;
    // 1 meeting countries; 1 participants with their people (which primes people by id, so
    // participantRoles.person costs none); 1 roles; 1 agreements of meetings; 1 parties with their
    // countries; 1 signatories with their people; 1 agreement sources; 1 meeting sources; 1 articles by id.
    // (The two country reads happen because these countries are created after the server started: countries
    // present at start are cached and cost no statement, see country-cache.test.ts.)
    expect(large.statements).toBe(small.statements);
    expect(small.statements, api.statements.map((s) => s.replace(/\s+/g, " ").slice(0, 90)).join("\n")).toBe(EXPECTED_STATEMENTS);
  });
});

/** Fixed by the query's shape, not its data: a change here means batching changed. */
const EXPECTED_STATEMENTS = 15;
