import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../support/database.ts';
import { useServer } from '../support/server.ts';

const TOKEN = 'a-long-enough-test-token-0123456789';
const db = useFreshDatabase();
const open = useServer(db);
const guarded = useServer(db, { apiToken: TOKEN });

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status warnings extracted { people meetings agreements countries }
    article { id title publishedAt people { name } meetings(first: 5) { nodes { date city status participants { name } } } }
  }
}`;

const ARTICLE = {
  title: 'Chile and Peru sign trade accords',
  publishedAt: '2023-03-10',
  text:
    'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Thursday, ' +
    'and the two leaders signed three agreements on trade and energy.\n\n' +
    'Boric said the accords would deepen a partnership that dates back decades.',
};

describe('Mutation.ingestArticle', () => {
  it('is off (403 FORBIDDEN) when no API_TOKEN is configured', async () => {
    const res = await open.gql(INGEST, { input: ARTICLE });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('asks for a token (401 UNAUTHENTICATED) when none is sent', async () => {
    const res = await guarded.gql(INGEST, { input: ARTICLE });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong token (403 FORBIDDEN) and writes nothing', async () => {
    const before = await db.prisma.article.count();
    const res = await guarded.gql(INGEST, { input: ARTICLE }, { authorization: 'Bearer wrong-token-wrong-token' });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('stores a new article with what it states, then says UNCHANGED for the same story', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    type Payload = { ingestArticle: { status: string; extracted: { people: number; meetings: number }; article: { title: string; publishedAt: string; people: { name: string }[]; meetings: { nodes: { date: string; city: string; participants: { name: string }[] }[] } } } };
    const first = await guarded.gql<Payload>(INGEST, { input: ARTICLE }, auth);
    expect(first.errors).toBeUndefined();
    const payload = first.data!.ingestArticle;
    expect(payload.status).toBe('CREATED');
    expect(payload.article).toMatchObject({ title: ARTICLE.title, publishedAt: '2023-03-10' });
    expect(payload.article.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Gabriel Boric', 'Dina Boluarte']));
    expect(payload.article.meetings.nodes).toContainEqual(
      expect.objectContaining({ date: '2023-03-09', city: 'Lima' }),
    );

    const again = await guarded.gql<Payload>(INGEST, { input: { ...ARTICLE, text: ARTICLE.text.replace(/\n\n/g, '\n') } }, auth);
    expect(again.data!.ingestArticle.status).toBe('UNCHANGED');
  });

  it('refuses an empty article with BAD_USER_INPUT naming the reason', async () => {
    const res = await guarded.gql(INGEST, { input: { text: '   ' } }, { authorization: `Bearer ${TOKEN}` });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/empty document/);
  });
});
