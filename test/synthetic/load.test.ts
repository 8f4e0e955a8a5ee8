/**
 * The synthetic corpus loaded into a real PostgreSQL database at a small scale:
 * proportions, shapes, exact provenance, determinism, and the refusal to mix
 * with existing content.
 */
import { describe, expect, it } from 'vitest';
import { loadSyntheticCorpus, SyntheticLoadRefused, type LoadSummary } from '../../src/synthetic/load.ts';
import { useFreshDatabase } from '../support/database.ts';
import { staleSortKeyCopies } from '../support/sortKeys.ts';

const db = useFreshDatabase();
const ARTICLES = 300;

async function count(table: string): Promise<number> {
  const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
  return row?.n ?? 0;
}

/** md5 of a table's rows in key order: equal digests mean byte-identical data. */
async function digest(table: string, orderBy: string): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ md5: string }[]>(
    `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${orderBy}), '')) AS md5 FROM "${table}" t`,
  );
  return row?.md5 ?? '';
}

async function digests(): Promise<Record<string, string>> {
  return {
    meetings: await digest('Meeting', 'id'),
    participants: await digest('MeetingParticipant', '"meetingId", "personId"'),
    articles: await digest('Article', 'id'),
    agreements: await digest('Agreement', 'id'),
    people: await digest('Person', 'id'),
    roles: await digest('PersonRole', 'id'),
  };
}

/** Rows of a provenance table whose quote is not the text at its position in the article body. */
async function misquoted(table: string): Promise<number> {
  const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`
    SELECT count(*)::int AS n FROM "${table}" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s.quote <> substring(a.body FROM s.position + 1 FOR length(s.quote))`);
  return row?.n ?? 0;
}

describe('synthetic corpus', () => {
  it('refuses to load over existing content, naming the non-empty tables and the way out', async () => {
    const attempt = loadSyntheticCorpus(db.url, { articles: ARTICLES });
    await expect(attempt).rejects.toBeInstanceOf(SyntheticLoadRefused);
    await expect(attempt).rejects.toThrow(/content tables are not empty: Article \(4 rows\).*--reset/s);
    expect(await count('Article')).toBe(4);
  });

  let summary: LoadSummary;

  it('loads with reset: counts per table in the requested proportions, matching the summary', async () => {
    summary = await loadSyntheticCorpus(db.url, { articles: ARTICLES, seed: 42, reset: true });
    for (const [table, rows] of Object.entries(summary.rows)) expect(await count(table), table).toBe(rows);
    const rows = summary.rows;
    expect(rows.Article).toBe(ARTICLES);
    expect(rows.Meeting).toBe(ARTICLES);
    expect(rows.Person).toBe(30);
    expect(rows.Agreement).toBeGreaterThan(ARTICLES * 0.7);
    expect(rows.Agreement).toBeLessThan(ARTICLES * 1.4);
    expect(rows.AgreementParty).toBe(2 * (rows.Agreement ?? 0));
    expect(rows.AgreementSource).toBe(rows.Agreement);
    expect(rows.MeetingSource).toBeGreaterThanOrEqual(ARTICLES);
    expect(rows.PersonRole).toBeGreaterThanOrEqual(rows.Person ?? 0);
    expect(rows.PersonRole).toBeLessThanOrEqual(3 * (rows.Person ?? 0));
    expect(rows.ArticlePerson).toBeGreaterThanOrEqual(2 * ARTICLES);
    expect(rows.ArticleCountry).toBeGreaterThanOrEqual(ARTICLES);
  });

  it('writes the junction rows with copies of their sort keys equal to their sources', async () => {
    expect(await staleSortKeyCopies(db.prisma)).toEqual({ meetingDate: 0, personCountryCode: 0, signatoryDate: 0, partyDate: 0 });
    expect(await count('MeetingParticipant')).toBeGreaterThan(0);
  });

  it('gives every meeting 2–6 participants, most meetings held in person, dates within 2001–2025', async () => {
    const [shape] = await db.prisma.$queryRawUnsafe<{ fewest: number; most: number; held: number; inPerson: number; first: number; last: number }[]>(`
      SELECT min(n)::int AS fewest, max(n)::int AS most,
             avg((status = 'HELD')::int)::float AS held, avg((kind = 'IN_PERSON')::int)::float AS "inPerson",
             min(year)::int AS first, max(year)::int AS last
      FROM "Meeting" m JOIN (SELECT "meetingId", count(*) AS n FROM "MeetingParticipant" GROUP BY 1) p ON p."meetingId" = m.id`);
    expect(shape?.fewest).toBe(2);
    expect(shape?.most).toBeLessThanOrEqual(6);
    expect(shape?.held).toBeGreaterThan(0.7);
    expect(shape?.inPerson).toBeGreaterThan(0.6);
    expect(shape?.first).toBeGreaterThanOrEqual(2001);
    expect(shape?.last).toBeLessThanOrEqual(2025);
    expect(await count('Meeting')).toBe(ARTICLES);
  });

  it('quotes every fact exactly: each quote is the body text at its position', async () => {
    for (const table of ['MeetingSource', 'AgreementSource', 'PersonRole', 'ArticlePerson', 'ArticleCountry']) {
      expect(await misquoted(table), table).toBe(0);
    }
    // Paragraph breaks survive COPY's escaping, and offsets after them still line up.
    const [breaks] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Article" WHERE body LIKE E'%\\n\\n%'`);
    expect(breaks?.n).toBe(ARTICLES);
    const [names] = await db.prisma.$queryRawUnsafe<{ missing: number }[]>(`
      SELECT (SELECT count(*) FROM "ArticlePerson" ap JOIN "Person" p ON p.id = ap."personId" WHERE strpos(ap.quote, p.name) = 0)
           + (SELECT count(*) FROM "ArticleCountry" ac JOIN "Country" c ON c.code = ac."countryCode" WHERE strpos(ac.quote, c.name) = 0)
           + (SELECT count(*) FROM "PersonRole" r WHERE strpos(r.quote, r.title) = 0) AS missing`);
    expect(Number(names?.missing)).toBe(0);
  });

  it('makes participation skewed: the busiest person attends at least 10× the median', async () => {
    const [spread] = await db.prisma.$queryRawUnsafe<{ busiest: number; median: number }[]>(`
      SELECT max(n)::float AS busiest, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS median
      FROM (SELECT p.id, count(mp."meetingId") AS n FROM "Person" p LEFT JOIN "MeetingParticipant" mp ON mp."personId" = p.id GROUP BY p.id) counts`);
    expect(spread?.busiest).toBeGreaterThanOrEqual(10 * Math.max(1, spread?.median ?? 0));
  });

  it('finds some but not all articles by full-text search for "oil"', async () => {
    const [hits] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM "Article"
      WHERE to_tsvector('english'::regconfig, coalesce("title", '') || ' ' || "body") @@ plainto_tsquery('english', 'oil')`);
    expect(hits?.n).toBeGreaterThan(ARTICLES * 0.03);
    expect(hits?.n).toBeLessThan(ARTICLES * 0.5);
  });

  it('is deterministic: the same seed gives identical rows, another seed different ones', async () => {
    const first = await digests();
    await loadSyntheticCorpus(db.url, { articles: ARTICLES, seed: 42, reset: true });
    expect(await digests()).toEqual(first);
    await loadSyntheticCorpus(db.url, { articles: ARTICLES, seed: 43, reset: true });
    const other = await digests();
    for (const key of Object.keys(first) as (keyof typeof first)[]) expect(other[key], key).not.toBe(first[key]);
  });

  it('resets the id sequences: ordinary inserts after the load succeed', async () => {
    const article = await db.prisma.article.create({ data: { body: 'After the synthetic load.', contentHash: 'after-synthetic-load' } });
    expect(article.id).toBe(ARTICLES + 1);
    const person = await db.prisma.person.create({ data: { name: 'Test Person', key: 'test person', nameKeys: ['test person'] } });
    const meeting = await db.prisma.meeting.create({ data: { key: 'after-load', status: 'HELD', kind: 'IN_PERSON', participants: { create: [{ personId: person.id }] } } });
    const agreement = await db.prisma.agreement.create({ data: { key: 'after-load', title: 'Test', kind: 'AGREEMENT', meetingId: meeting.id } });
    await db.prisma.meetingSource.create({ data: { meetingId: meeting.id, articleId: article.id, quote: 'After', position: 0 } });
    await db.prisma.agreementSource.create({ data: { agreementId: agreement.id, articleId: article.id, quote: 'After', position: 0 } });
    await db.prisma.personRole.create({ data: { personId: person.id, title: 'Tester', articleId: article.id, quote: 'After', position: 0 } });
  });
});
