/**
 * The load stage on hand-built extractions: how many statements one article
 * costs (bounded, not growing with its people), that a re-ingest writes
 * nothing, and that resolution inside one article and across articles
 * (names, renderings, meetings, agreements) stores what it always did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { loadArticle } from '../../src/ingest/load.ts';
import type { ExtractedPerson, Extraction, NormalizedDocument } from '../../src/ingest/types.ts';
import { truncateContent, useFreshDatabase } from '../support/database.ts';
import { staleSortKeyCopies } from '../support/sortKeys.ts';

const db = useFreshDatabase();
let counted: PrismaClient;
let statements: string[] = [];

beforeAll(async () => {
  await truncateContent(db.prisma);
  counted = createPrisma(db.url, { poolSize: 2, onQuery: (sql) => statements.push(sql) });
});
afterAll(() => counted?.$disconnect());

/** A one-sentence article dated `publishedAt`. */
function doc(origin: string, body: string, meta: NormalizedDocument['meta'] = { publishedAt: '2024-03-05' }): NormalizedDocument {
  return { origin, body, sentences: [{ text: body, start: 0, end: body.length }], meta };
}

function person(name: string, quote: string, extra: Partial<ExtractedPerson> = {}): ExtractedPerson {
  return { name, aliases: [], roles: [], firstMention: { quote, position: 0 }, ...extra };
}

/** An article naming `n` people with a role each, who all meet and sign one agreement. */
function crowd(n: number, tag: string): { document: NormalizedDocument; extraction: Extraction } {
  const body = `Delegates of round ${tag} met in Geneva on Monday and signed an accord on trade.`;
  const quote = { quote: body, position: 0 };
  const people = Array.from({ length: n }, (_, i) =>
    person(`Delegate${tag} Number${i}`, body, { countryCode: 'CH', roles: [{ title: 'Envoy', countryCode: 'CH', source: quote }] }),
  );
  return {
    document: doc(`crowd-${tag}.txt`, body),
    extraction: {
      people,
      countries: [{ code: 'CH', firstMention: quote }],
      meetings: [{ participants: people.map((p) => ({ name: p.name })), date: { year: 2024, month: 3, day: 4, precision: 'DAY' }, status: 'HELD', kind: 'IN_PERSON', city: 'Geneva', sources: [quote] }],
      agreements: [{
        title: `accord ${tag}`, kind: 'AGREEMENT', date: { year: 2024, month: 3, day: 4, precision: 'DAY' }, documentCount: n,
        documentCountApproximate: false, parties: ['CH'], signatories: people.map((p) => p.name), topics: ['trade'], sources: [quote], meetingIndex: 0,
      }],
      warnings: [],
    },
  };
}

/** Runs `fn` and returns the SQL statements it sent through the counting client. */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  await fn();
  const sent = statements;
  statements = [];
  return sent;
}

const WRITE = /^\s*(WITH\b[\s\S]*\b)?(INSERT|UPDATE|DELETE)\b/i;

describe('statements per article', () => {
  it('does not grow with the number of people: 3 and 30 people cost the same', async () => {
    const few = crowd(3, 'a');
    const many = crowd(30, 'b');
    const small = await statementsOf(() => loadArticle(counted, few.document, few.extraction));
    const large = await statementsOf(() => loadArticle(counted, many.document, many.extraction));
    expect(large.length).toBe(small.length);
    // lock, two story lookups, article, people read/insert, mentions, meeting ×3, agreement ×3, and BEGIN/COMMIT
    expect(large.length).toBeLessThanOrEqual(16);
    expect(await db.prisma.articlePerson.count({ where: { person: { name: { startsWith: 'Delegateb' } } } })).toBe(30);
    expect(await db.prisma.agreementSignatory.count({ where: { agreement: { title: 'accord b' } } })).toBe(30);
    expect(await db.prisma.personRole.count({ where: { person: { name: { startsWith: 'Delegateb' } } } })).toBe(30);
  });

  it('re-ingesting the same story says unchanged and sends no write at all', async () => {
    const again = crowd(30, 'b');
    let status = '';
    const sent = await statementsOf(async () => ({ status } = await loadArticle(counted, again.document, again.extraction)));
    expect(status).toBe('unchanged');
    expect(sent.filter((s) => WRITE.test(s))).toEqual([]);
  });
});

describe('resolution', () => {
  it('matches a surname to the person named in full earlier in the same article, keeping the first mention', async () => {
    const body = 'Chinese Foreign Minister Wang Yi met envoys in Beijing. Yi said talks went well.';
    await loadArticle(db.prisma, doc('wang.txt', body), {
      people: [person('Wang Yi', 'Chinese Foreign Minister Wang Yi met envoys in Beijing.', { countryCode: 'CN' }), person('Yi', 'Yi said talks went well.')],
      countries: [], meetings: [], agreements: [], warnings: [],
    });
    const people = await db.prisma.person.findMany({ where: { articles: { some: { article: { sourceFiles: { has: 'wang.txt' } } } } }, include: { articles: true } });
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Wang Yi');
    expect(people[0]!.articles.map((a) => a.quote)).toEqual(['Chinese Foreign Minister Wang Yi met envoys in Beijing.']);
  });

  it('gives a person known by surname alone the full name a later article states, and keeps one row', async () => {
    await loadArticle(db.prisma, doc('lavrov-1.txt', 'Lavrov spoke in Moscow.'), {
      people: [person('Lavrov', 'Lavrov spoke in Moscow.')], countries: [], meetings: [], agreements: [], warnings: [],
    });
    await loadArticle(db.prisma, doc('lavrov-2.txt', 'Russian Foreign Minister Sergei Lavrov spoke in Delhi.', { publishedAt: '2024-03-06' }), {
      people: [person('Sergei Lavrov', 'Russian Foreign Minister Sergei Lavrov spoke in Delhi.', { countryCode: 'RU', aliases: ['Lavrov'] })],
      countries: [], meetings: [], agreements: [], warnings: [],
    });
    const rows = await db.prisma.person.findMany({ where: { nameKeys: { has: 'lavrov' } } });
    expect(rows.map((r) => ({ name: r.name, key: r.key, aliases: r.aliases, countryCode: r.countryCode }))).toEqual([
      { name: 'Sergei Lavrov', key: 'sergei lavrov', aliases: ['Lavrov'], countryCode: 'RU' },
    ]);
  });

  it('merges a later report of a planned meeting: held, finer date, place, and junction dates follow', async () => {
    const people = [person('Ana Planner', 'x', { countryCode: 'PE' }), person('Bo Visitor', 'x', { countryCode: 'CL' })];
    const meeting = (status: 'PLANNED' | 'HELD', date: Extraction['meetings'][number]['date'], city?: string) => ({
      participants: people.map((p) => ({ name: p.name })), date, status, kind: 'IN_PERSON' as const, city, sources: [{ quote: 'x', position: 0 }],
    });
    await loadArticle(db.prisma, doc('plan.txt', 'Ana Planner will meet Bo Visitor in May.'), {
      people, countries: [], meetings: [meeting('PLANNED', { year: 2024, month: 5, precision: 'MONTH' })], agreements: [], warnings: [],
    });
    await loadArticle(db.prisma, doc('held.txt', 'Ana Planner met Bo Visitor in Lima on 7 May.', { publishedAt: '2024-05-08' }), {
      people, countries: [], meetings: [meeting('HELD', { year: 2024, month: 5, day: 7, precision: 'DAY' }, 'Lima')], agreements: [], warnings: [],
    });
    const stored = await db.prisma.meeting.findMany({ where: { participants: { some: { person: { name: 'Ana Planner' } } } }, include: { sources: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'HELD', datePrecision: 'DAY', city: 'Lima', year: 2024 });
    expect(stored[0]!.date?.toISOString().slice(0, 10)).toBe('2024-05-07');
    expect(stored[0]!.sources).toHaveLength(2);
    expect(await staleSortKeyCopies(db.prisma)).toEqual({ meetingDate: 0, personCountryCode: 0, signatoryDate: 0, partyDate: 0 });
  });

  it('merges a later report of an agreement: topics united, value kept', async () => {
    const agreement = (topics: string[], valueUsd?: number) => ({
      title: 'gas deal', kind: 'CONTRACT' as const, date: { year: 2023, month: 2, day: 1, precision: 'DAY' as const }, documentCount: 1,
      documentCountApproximate: false, parties: ['QA', 'EG'], signatories: [], topics, valueUsd, sources: [{ quote: 'y', position: 0 }],
    });
    await loadArticle(db.prisma, doc('gas-1.txt', 'Qatar and Egypt signed a gas deal worth $2 billion.'), {
      people: [], countries: [], meetings: [], agreements: [agreement(['energy'], 2e9)], warnings: [],
    });
    await loadArticle(db.prisma, doc('gas-2.txt', 'The Egypt–Qatar gas deal also covers ports.', { publishedAt: '2024-03-07' }), {
      people: [], countries: [], meetings: [], agreements: [agreement(['ports', 'energy'])], warnings: [],
    });
    const stored = await db.prisma.agreement.findMany({ where: { title: 'gas deal' }, include: { parties: true, sources: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ topics: ['energy', 'ports'], valueUsd: 2e9, documentCount: 1 });
    expect(stored[0]!.parties.map((p) => p.countryCode).sort()).toEqual(['EG', 'QA']);
    expect(stored[0]!.sources).toHaveLength(2);
  });

  it('fills in the metadata a second rendering adds: enriched, both files remembered', async () => {
    const body = 'Kenya and Ethiopia agreed on Monday to open a new border post.';
    const empty: Extraction = { people: [], countries: [], meetings: [], agreements: [], warnings: [] };
    const first = await loadArticle(db.prisma, doc('plain.txt', body), empty);
    const second = await loadArticle(db.prisma, doc('rich.md', body, { publishedAt: '2024-03-05', title: 'Border post', url: 'https://example.org/border' }), empty);
    expect(first.status).toBe('created');
    expect(second).toEqual({ status: 'enriched', articleId: first.articleId });
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(stored).toMatchObject({ title: 'Border post', url: 'https://example.org/border', sourceFiles: ['plain.txt', 'rich.md'] });
    expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(stored.createdAt.getTime());
    expect(Math.abs(stored.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
