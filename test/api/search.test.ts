/**
 * Full-text search reads the stored, generated "searchVector" column
 * (migration article_search_vector), which PostgreSQL keeps in step with the
 * title and body on every write.
 */
import { describe, expect, it } from 'vitest';
import { article } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi(async (prisma) => {
  await article(prisma, { title: 'Pipeline talks', body: 'The ministers discussed oil exports.', publishedAt: '2024-02-01' });
  await article(prisma, { title: 'Harvest', body: 'A record wheat harvest.', publishedAt: '2024-02-02' });
});

/** Titles of the articles matching `search`, newest first. */
async function titles(search: string): Promise<string[]> {
  const data = await api.data<{ articles: { nodes: { title: string }[] } }>(`query ($q: String!) { articles(filter: { search: $q }) { nodes { title } } }`, { q: search });
  return data.articles.nodes.map((a) => a.title);
}

describe('article search', () => {
  it('matches title and body words through the stored vector, stemmed', async () => {
    api.resetStatements();
    expect(await titles('exported oil')).toEqual(['Pipeline talks']);
    expect(api.statements[0]).toMatch(/ar\."searchVector" @@ websearch_to_tsquery/);
    expect(await titles('harvest')).toEqual(['Harvest']);
  });

  it('follows an edited body', async () => {
    await api.prisma.article.updateMany({ where: { title: 'Pipeline talks' }, data: { body: 'The ministers discussed gas exports.' } });
    expect(await titles('oil')).toEqual([]);
    expect(await titles('gas')).toEqual(['Pipeline talks']);
  });
});
