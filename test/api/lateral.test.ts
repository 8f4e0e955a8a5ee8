/**
 * Nested connections read each parent's page as its own top-N (a LATERAL
 * subquery per parent over junction rows that carry the child's sort key).
 * These tests hold that path to a plain query over the source tables: the
 * same rows in the same order, page after page, forwards and backwards, for
 * every relation shape (one branch; two branches whose children overlap; a
 * branch that repeats children), and after the sort keys change underneath.
 */
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/db/prisma.ts';
import { toGlobalId } from '../../src/graphql/node.ts';
import { agreement, article, country, day, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';
import { staleSortKeyCopies } from '../support/sortKeys.ts';

// User-assigned ISO codes, named to sort before every real country.
const CODES = ['XA', 'XB', 'XC'];
// Many ties and undated rows, so that the id tie-break and the undated tail are exercised.
const DATES = ['2024-03-01', '2024-03-01', '2023', '2023-07', null, '2022-01-05', null, '2024-03-01'];

/** A small deterministic PRNG (mulberry32), so the fixture is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

interface Fixture {
  people: number[];
  articles: number[];
}

const fixture: Fixture = { people: [], articles: [] };

const api = useApi(async (prisma) => {
  const rng = prng(7);
  for (const code of CODES) await country(prisma, code, `000 Fixtureland ${code}`);
  const people = [];
  for (const [i, code] of [...CODES, ...CODES, ...CODES, undefined].entries()) {
    people.push(await person(prisma, `Envoy ${i}`, code ? { countryCode: code } : {}));
  }
  const news = [await article(prisma), await article(prisma), await article(prisma)];
  for (let i = 0; i < 40; i++) {
    const held = [...CODES, undefined][Math.floor(rng() * 4)];
    const sources = pick(rng, news, 1 + Math.floor(rng() * 2)).flatMap((a) =>
      // Some articles quote a meeting twice: the article's meetings repeat through MeetingSource.
      rng() < 0.4 ? [{ article: a, quote: 'Met.', position: 1 }, { article: a, quote: 'Met again.', position: 2 }] : [{ article: a, quote: 'Met.' }],
    );
    await meeting(prisma, {
      date: DATES[i % DATES.length] ?? null,
      ...(held ? { countryCode: held } : {}),
      participants: pick(rng, people, 2 + Math.floor(rng() * 2)).map((p) => ({ person: p })),
      sources,
    });
  }
  for (let i = 0; i < 30; i++) {
    await agreement(prisma, {
      date: DATES[(i * 3) % DATES.length] ?? null,
      parties: pick(rng, CODES, 2),
      signatories: pick(rng, people, 1 + Math.floor(rng() * 3)),
    });
  }
  fixture.people = people.map((p) => p.id);
  fixture.articles = news.map((a) => a.id);
});

const ORDER = `coalesce(x."date", '-infinity'::date) DESC, x.id DESC`;

/** The expected children, in order, from a plain query over the source tables (no copies, no LATERAL). */
async function expected(prisma: PrismaClient, kind: string, parent: string | number): Promise<number[]> {
  const queries: Record<string, string> = {
    countryMeetings: `SELECT x.id FROM "Meeting" x WHERE x."countryCode" = $1 OR EXISTS (SELECT 1 FROM "MeetingParticipant" mp
      JOIN "Person" p ON p.id = mp."personId" WHERE mp."meetingId" = x.id AND p."countryCode" = $1) ORDER BY ${ORDER}`,
    personMeetings: `SELECT x.id FROM "Meeting" x WHERE x.id IN (SELECT "meetingId" FROM "MeetingParticipant" WHERE "personId" = $1::int) ORDER BY ${ORDER}`,
    articleMeetings: `SELECT x.id FROM "Meeting" x WHERE x.id IN (SELECT "meetingId" FROM "MeetingSource" WHERE "articleId" = $1::int) ORDER BY ${ORDER}`,
    personAgreements: `SELECT x.id FROM "Agreement" x WHERE x.id IN (SELECT "agreementId" FROM "AgreementSignatory" WHERE "personId" = $1::int) ORDER BY ${ORDER}`,
    countryAgreements: `SELECT x.id FROM "Agreement" x WHERE x.id IN (SELECT "agreementId" FROM "AgreementParty" WHERE "countryCode" = $1) ORDER BY ${ORDER}`,
  };
  const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(queries[kind]!, parent);
  return rows.map((r) => r.id);
}

interface Connection {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** How to reach one parent's connection through the API. */
const FIELDS: Record<string, { parent: (p: string | number) => string; list: string; type: 'Meeting' | 'Agreement' }> = {
  countryMeetings: { parent: (c) => `country(code: "${c}")`, list: 'meetings', type: 'Meeting' },
  personMeetings: { parent: (id) => `person(id: "${toGlobalId('Person', Number(id))}")`, list: 'meetings', type: 'Meeting' },
  articleMeetings: { parent: (id) => `article(id: "${toGlobalId('Article', Number(id))}")`, list: 'meetings', type: 'Meeting' },
  personAgreements: { parent: (id) => `person(id: "${toGlobalId('Person', Number(id))}")`, list: 'agreements', type: 'Agreement' },
  countryAgreements: { parent: (c) => `country(code: "${c}")`, list: 'agreements', type: 'Agreement' },
};

async function connection(kind: string, parent: string | number, args: string): Promise<Connection> {
  const f = FIELDS[kind]!;
  const data = await api.data<Record<string, Record<string, Connection>>>(
    `{ p: ${f.parent(parent)} { ${f.list}(${args}) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
  );
  return data.p![f.list]!;
}

/** Every page of size `size`, walked forwards with `after:`, then backwards with `before:`. */
async function walk(kind: string, parent: string | number, size: number): Promise<{ forward: string[]; backward: string[]; totals: number[] }> {
  const forward: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection = await connection(kind, parent, `first: ${size}${after ? `, after: "${after}"` : ''}`);
    forward.push(...page.nodes.map((n) => n.id));
    totals.push(page.totalCount);
    if (forward.length > size && !page.pageInfo.hasPreviousPage) throw new Error('a later page says it has no previous page');
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page: Connection = await connection(kind, parent, `last: ${size}${before ? `, before: "${before}"` : ''}`);
    backward.unshift(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forward, backward, totals };
}

function parentsOf(kind: string): (string | number)[] {
  if (kind.startsWith('country')) return CODES;
  if (kind.startsWith('article')) return fixture.articles;
  return fixture.people;
}

async function expectSameAsPlainQuery(kind: string): Promise<void> {
  const type = FIELDS[kind]!.type;
  for (const parent of parentsOf(kind)) {
    const want = (await expected(api.prisma, kind, parent)).map((id) => toGlobalId(type, id));
    const got = await walk(kind, parent, 3);
    expect(got.forward, `${kind} of ${parent}, forwards`).toEqual(want);
    expect(got.backward, `${kind} of ${parent}, backwards`).toEqual(want);
    expect(new Set(got.totals), `${kind} of ${parent}, totalCount`).toEqual(new Set([want.length]));
  }
}

describe('nested connections through LATERAL top-N', () => {
  it('the fixture has what the shapes need: undated rows, ties, overlapping and repeated children', async () => {
    const [row] = await api.prisma.$queryRawUnsafe<{ undated: number; shared: number; repeated: number }[]>(`SELECT
      (SELECT count(*)::int FROM "Meeting" WHERE "date" IS NULL) AS undated,
      (SELECT count(*)::int FROM "Meeting" m WHERE EXISTS (SELECT 1 FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId"
        WHERE mp."meetingId" = m.id AND p."countryCode" = m."countryCode")) AS shared,
      (SELECT count(*)::int FROM (SELECT 1 FROM "MeetingSource" GROUP BY "articleId", "meetingId" HAVING count(*) > 1) r) AS repeated`);
    expect(row!.undated).toBeGreaterThan(0);
    expect(row!.shared).toBeGreaterThan(0);
    expect(row!.repeated).toBeGreaterThan(0);
    expect(await staleSortKeyCopies(api.prisma)).toEqual({ meetingDate: 0, personCountryCode: 0, signatoryDate: 0, partyDate: 0 });
  });

  for (const kind of Object.keys(FIELDS)) {
    it(`${kind}: every page, both ways, and totalCount equal a plain query`, async () => {
      await expectSameAsPlainQuery(kind);
    });
  }

  it('reads the first page of every parent in one statement, whatever the number of parents', async () => {
    const query = (n: number) => `{ countries(first: ${n}) { nodes { code meetings(first: 4) { nodes { id } } } } }`;
    const statementsFor = async (n: number) => {
      api.resetStatements();
      const data = await api.data<{ countries: { nodes: { code: string; meetings: { nodes: { id: string }[] } }[] } }>(query(n));
      for (const c of data.countries.nodes.filter((c) => CODES.includes(c.code))) {
        const want = (await expected(api.prisma, 'countryMeetings', c.code)).slice(0, 4).map((id) => toGlobalId('Meeting', id));
        expect(c.meetings.nodes.map((m) => m.id)).toEqual(want);
      }
      return api.statements.filter((s) => /CROSS JOIN LATERAL/.test(s)).length;
    };
    expect(await statementsFor(1)).toBe(1);
    expect(await statementsFor(3)).toBe(1);
  });

  it('follows changed sort keys: a new meeting or agreement date, a person moving country', async () => {
    const prisma = api.prisma;
    const [m] = await expected(prisma, 'countryMeetings', 'XA');
    const oldest = (await expected(prisma, 'countryMeetings', 'XA')).at(-1)!;
    // The oldest meeting becomes the newest; an undated one gets a date.
    await prisma.meeting.update({ where: { id: oldest }, data: { date: day('2030-01-01').date } });
    const undated = await prisma.meeting.findFirst({ where: { date: null } });
    if (undated) await prisma.meeting.update({ where: { id: undated.id }, data: { date: day('2010-05-05').date } });
    const agreementIds = await expected(prisma, 'countryAgreements', 'XB');
    await prisma.agreement.update({ where: { id: agreementIds.at(-1)! }, data: { date: day('2031-02-02').date } });
    await prisma.agreement.update({ where: { id: agreementIds[0]! }, data: { date: null } });
    const mover = await prisma.person.findFirstOrThrow({ where: { countryCode: 'XC' } });
    await prisma.person.update({ where: { id: mover.id }, data: { countryCode: 'XA' } });

    expect(await staleSortKeyCopies(prisma)).toEqual({ meetingDate: 0, personCountryCode: 0, signatoryDate: 0, partyDate: 0 });
    expect((await expected(prisma, 'countryMeetings', 'XA'))[0]).toBe(oldest);
    expect(m).not.toBe(oldest);
    for (const kind of Object.keys(FIELDS)) await expectSameAsPlainQuery(kind);
  });
});
