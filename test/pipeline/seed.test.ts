import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/ingest/seed.ts';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { useFreshDatabase } from '../support/database.ts';
import { staleSortKeyCopies } from '../support/sortKeys.ts';
import type { PrismaClient } from '../../src/db/prisma.ts';

const db = useFreshDatabase();

/** Row counts of every table: equal counts before and after mean nothing was written. */
async function tableCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const rows = await prisma.$queryRawUnsafe<{ table: string; n: bigint }[]>(`
    SELECT 'article' AS table, count(*) AS n FROM "Article" UNION ALL
    SELECT 'person', count(*) FROM "Person" UNION ALL
    SELECT 'role', count(*) FROM "PersonRole" UNION ALL
    SELECT 'meeting', count(*) FROM "Meeting" UNION ALL
    SELECT 'participant', count(*) FROM "MeetingParticipant" UNION ALL
    SELECT 'meetingSource', count(*) FROM "MeetingSource" UNION ALL
    SELECT 'agreement', count(*) FROM "Agreement" UNION ALL
    SELECT 'agreementSource', count(*) FROM "AgreementSource" UNION ALL
    SELECT 'articlePerson', count(*) FROM "ArticlePerson"`);
  return Object.fromEntries(rows.map((r) => [r.table, Number(r.n)]));
}

describe('seeding', () => {
  it('loads the five seed documents as four articles: two renderings of one story are one article', async () => {
    const articles = await db.prisma.article.findMany({ orderBy: { id: 'asc' } });
    expect(articles).toHaveLength(4);
    const twoRenderings = articles.find((a) => a.sourceFiles.length === 2);
    expect(twoRenderings?.sourceFiles.map((f) => f.split('/').pop()).sort()).toEqual([
      '000_e741f6c3f604ae46.txt',
      '001_ef9df05638b02414.txt',
    ]);
  });

  it('gives junction rows copies of their sort keys equal to their sources', async () => {
    expect(await staleSortKeyCopies(db.prisma)).toEqual({ meetingDate: 0, personCountryCode: 0, signatoryDate: 0, partyDate: 0 });
    const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "MeetingParticipant" WHERE "meetingDate" IS NOT NULL`);
    expect(row!.n).toBeGreaterThan(0);
  });

  it('is idempotent: seeding again reports every article as known and changes no row', async () => {
    const before = await tableCounts(db.prisma);
    const summary = await seedDatabase(db.prisma);
    expect(summary.failed).toBe(0);
    expect(summary.created).toBe(0);
    expect(summary.unchanged + summary.enriched).toBe(5);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('is safe when two seeds run at once: still one article per story', async () => {
    const before = await tableCounts(db.prisma);
    const [a, b] = await Promise.all([seedDatabase(db.prisma), seedDatabase(db.prisma)]);
    expect(a.failed + b.failed).toBe(0);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe('malformed documents', () => {
  const cases = [
    { name: 'empty', text: '   \n\n ', reason: /empty document/ },
    { name: 'binary', text: 'PK\u0003\u0004\u0000\u0000\u0014\u0000binary\u0000junk', reason: /binary content/ },
    { name: 'over 1 MiB', text: 'The minister met the president. '.repeat(40_000), reason: /too large: \d+ bytes/ },
    {
      name: 'not English',
      text: 'El presidente ruso Vladímir Putin recibió a su homólogo venezolano en el Kremlin, donde firmaron varios acuerdos de cooperación energética.',
      reason: /not English/,
    },
    {
      name: 'without a publication date',
      text: 'Foreign ministers of Chile and Peru met on Thursday in Lima and signed three agreements on trade.',
      reason: /no publication date/,
    },
  ];

  for (const c of cases) {
    it(`refuses a document that is ${c.name}, naming the file and the reason, and writes nothing`, async () => {
      const before = await tableCounts(db.prisma);
      const report = await ingestDocument(db.prisma, { origin: `uploads/${c.name}.txt`, text: c.text, meta: {} });
      expect(report.ok).toBe(false);
      if (report.ok) return;
      expect(report.error.message).toContain(`uploads/${c.name}.txt`);
      expect(report.error.message).toMatch(c.reason);
      expect(await tableCounts(db.prisma)).toEqual(before);
    });
  }
});

describe('one transaction per article', () => {
  it('writes nothing of an article when a late step fails (an unknown party country)', async () => {
    const { loadArticle } = await import('../../src/ingest/load.ts');
    const before = await tableCounts(db.prisma);
    const quote = 'Kenya and Ethiopia signed two agreements on Monday.';
    const attempt = loadArticle(
      db.prisma,
      { origin: 'atomicity.txt', body: quote, sentences: [{ text: quote, start: 0, end: quote.length }], meta: { publishedAt: '2023-03-08' } },
      {
        people: [{ name: 'Amina Testperson', aliases: [], roles: [], firstMention: { quote, position: 0 } }],
        countries: [{ code: 'KE', firstMention: { quote, position: 0 } }],
        meetings: [],
        agreements: [
          {
            title: 'two agreements', kind: 'PACKAGE', date: { year: 2023, month: 3, day: 6, precision: 'DAY' },
            documentCount: 2, documentCountApproximate: false, parties: ['KE', 'XX'], signatories: [], topics: [], sources: [{ quote, position: 0 }],
          },
        ],
        warnings: [],
      },
    );
    await expect(attempt).rejects.toThrow();
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});
