/**
 * Concurrency: the same article ingested twice at once is stored once, and
 * readers polling while a seed runs see each article all-or-nothing (never
 * without its meetings).
 */
import { describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { seedDatabase } from '../../src/ingest/seed.ts';
import { truncateContent } from '../support/database.ts';
import { useHardenedServer } from './support.ts';

const TOKEN = 'hardening-token-0123456789abcdef';
const server = useHardenedServer({ apiToken: TOKEN });

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }';
const ARTICLE = {
  title: 'Ghana and Togo agree on border trade',
  publishedAt: '2024-02-14',
  text:
    'Ghanaian President Nana Akufo-Addo met Togolese President Faure Gnassingbe in Accra on Tuesday, ' +
    'and the two leaders signed an agreement on border trade.\n\nThe talks lasted three hours.',
};

describe('two ingests of the same article at once', () => {
  it('through the API: one CREATED, the other UNCHANGED, one Article', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const results = await Promise.all([server.gql(INGEST, { input: ARTICLE }, auth), server.gql(INGEST, { input: ARTICLE }, auth)]);
    for (const r of results) expect(r.body?.errors, r.text).toBeUndefined();
    const payloads = results.map((r) => r.body?.data?.ingestArticle as { status: string; article: { id: string } });
    expect(payloads.map((p) => p.status).sort()).toEqual(['CREATED', 'UNCHANGED']);
    expect(payloads[0]!.article.id).toBe(payloads[1]!.article.id);
    expect(await server.db.prisma.article.count({ where: { title: ARTICLE.title } })).toBe(1);
  });

  it('through ingestDocument on two connections: one Article', async () => {
    const other = createPrisma(server.db.url, { poolSize: 2 });
    try {
      const text = ARTICLE.text.replace('Accra', 'Lome').replace('border trade', 'energy');
      const raw = { origin: 'concurrent', text, meta: { title: 'Second story', publishedAt: '2024-03-01' } };
      const [a, b] = await Promise.all([ingestDocument(server.db.prisma, raw), ingestDocument(other, raw)]);
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) {
        expect([a.status, b.status].sort()).toEqual(['created', 'unchanged']);
        expect(a.articleId).toBe(b.articleId);
      }
      expect(await server.db.prisma.article.count({ where: { title: 'Second story' } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});

describe('a seed running while queries are served', () => {
  it('readers never see an article without its meetings', async () => {
    await truncateContent(server.db.prisma);
    const writer = createPrisma(server.db.url, { poolSize: 2 });
    const snapshots: Map<string, number>[] = [];
    let seeding = true;
    const seed = seedDatabase(writer).finally(() => (seeding = false));
    try {
      while (seeding) snapshots.push(await meetingsPerArticle());
      const summary = await seed;
      expect(summary.failed).toBe(0);
    } finally {
      await writer.$disconnect();
    }
    const final = await meetingsPerArticle();
    expect(final.size).toBeGreaterThan(0);
    expect(snapshots.length).toBeGreaterThan(2);
    for (const snapshot of snapshots) {
      for (const [id, meetings] of snapshot) expect(meetings, `article ${id}`).toBe(final.get(id));
    }
  });
});

/** Article id → number of meetings, as a reader sees them in one request. */
async function meetingsPerArticle(): Promise<Map<string, number>> {
  const res = await server.gql('{ articles(first: 100) { nodes { id meetings(first: 100) { totalCount nodes { id } } } } }');
  expect(res.body?.errors, res.text).toBeUndefined();
  const nodes = (res.body?.data?.articles as { nodes: { id: string; meetings: { totalCount: number; nodes: unknown[] } }[] }).nodes;
  for (const n of nodes) expect(n.meetings.nodes.length).toBe(n.meetings.totalCount);
  return new Map(nodes.map((n) => [n.id, n.meetings.totalCount]));
}
