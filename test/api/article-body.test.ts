/**
 * Lists of articles leave the (possibly large) body out of their SQL and load
 * it by id, in one batch, only when a query selects it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi(async (prisma) => {
  await article(prisma, { title: 'First', body: 'Ministers met in Nairobi and signed two accords on oil.', publishedAt: '2024-01-02' });
  await article(prisma, { title: 'Second', body: 'A phone call on oil prices between two presidents.', publishedAt: '2024-01-03' });
});

describe('article bodies in lists', () => {
  it('are not read when not selected', async () => {
    api.resetStatements();
    const data = await api.data<{ articles: { nodes: { title: string }[] } }>(`{ articles(filter: { search: "oil" }, first: 10) { nodes { title } } }`);
    expect(data.articles.nodes.map((a) => a.title)).toEqual(['Second', 'First']);
    const list = api.statements.find((s) => s.includes('websearch_to_tsquery'));
    expect(list).toBeDefined();
    expect(list).not.toMatch(/ar\.\*|"body"\s*(,|FROM)/);
    expect(api.statements).toHaveLength(1);
  });

  it('are loaded in one batch when selected', async () => {
    api.resetStatements();
    const data = await api.data<{ articles: { nodes: { body: string }[] } }>(`{ articles(first: 10) { nodes { body } } }`);
    expect(data.articles.nodes.map((a) => a.body)).toEqual([
      'A phone call on oil prices between two presidents.',
      'Ministers met in Nairobi and signed two accords on oil.',
    ]);
    expect(api.statements).toHaveLength(2);
  });
});
