/**
 * The compiled executor (graphql-jit, the default) and graphql-js's reference
 * executor give the same answers: same HTTP status, same data, same errors,
 * for a spread of operations over the seed documents, good and bad.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/ingest/seed.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { useFreshDatabase } from '../support/database.ts';

const db = useFreshDatabase();
const TOKEN = 'a-token-for-the-executor-comparison';
const servers: Record<'compiled' | 'graphqlJs', { app: App; url: string }> = {} as never;

beforeAll(async () => {
  await seedDatabase(db.prisma);
  for (const [name, execution] of [['compiled', 'compiled'], ['graphqlJs', 'graphql-js']] as const) {
    const app = createApp({ prisma: db.prisma, apiToken: TOKEN, execution });
    servers[name] = { app, url: await app.start(0, '127.0.0.1') };
  }
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.app.stop()));
});

interface Answer {
  status: number;
  body: unknown;
}

/** POSTs to one server; error ids (random per error) are replaced so two answers can be compared. */
async function ask(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  // A document with several operations names the one to run in its first line: `# operation: Name`.
  const operationName = /^# operation: (\w+)/.exec(query)?.[1];
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables, operationName }) });
  const text = (await res.text()).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<error id>');
  return { status: res.status, body: JSON.parse(text) };
}

/** Both servers' answers to one operation. */
async function bothAnswer(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ compiled: Answer; graphqlJs: Answer }> {
  return {
    compiled: await ask(servers.compiled.url, query, variables, headers),
    graphqlJs: await ask(servers.graphqlJs.url, query, variables, headers),
  };
}

const MEETING_FIELDS = `id date datePrecision year status kind city venue summary
  country { code name } participants { name } participantRoles { role person { name roles { title } } }
  agreements { title kind documentCount } sources { quote position article { title publishedAt } }`;

const ANSWERS_WITH_DATA: [string, string, Record<string, unknown>?][] = [
  ['agreements by year', `{ agreementsByYear { year agreements documents } }`],
  ['meetings attended by an official, nested', `query ($name: String!) { meetings(filter: { participant: $name }, first: 5) { totalCount nodes { ${MEETING_FIELDS} } } }`, { name: 'Putin' }],
  ['a country with its meetings, participants and their agreements', `{ country(code: "ve") { code name meetings(first: 3) { nodes { date participants { name agreements(first: 2) { nodes { title parties { code } } } } } } } }`],
  ['full-text search', `query ($q: String!) { articles(filter: { search: $q }, first: 3) { totalCount nodes { id title publisher publishedAt sourceFiles } } }`, { q: 'oil' }],
  ['paging forward and back', `{ meetings(first: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date } } } }`],
  ['agreements with every field', `{ agreements(first: 4) { nodes { id title kind date datePrecision year documentCount documentCountApproximate spanFromYear spanToYear topics valueUsd parties { code } signatories { name } meeting { id } sources { position } } } }`],
  ['aliases, fragments, __typename and directives', `query ($withRoles: Boolean!) {
     a: people(first: 2) { nodes { ...P __typename } }
     b: people(first: 1, filter: { name: "Lavrov" }) { nodes { name roles @include(if: $withRoles) { title } } }
   }
   fragment P on Person { id name aliases country { code } }`, { withRoles: false }],
  ['a person by name, with an inline fragment on the node interface', `{ person(name: "Lavrov") { id name ... on Node { id } meetings(first: 1) { nodes { date } } } }`],
  ['introspection', getIntrospectionQuery()],
  ['a named operation picked from several', `# operation: Second
   query First { countries(first: 1) { nodes { code } } } query Second { countries(first: 2) { nodes { code name } } }`],
];

const ANSWERS_WITH_ERRORS: [string, string, Record<string, unknown>?, Record<string, string>?][] = [
  ['a variable of the wrong type', `query ($first: Int) { meetings(first: $first) { nodes { id } } }`, { first: 'ten' }],
  ['a variable out of Int range', `query ($first: Int) { meetings(first: $first) { nodes { id } } }`, { first: 2 ** 31 }],
  ['a missing required variable', `query ($name: String!) { person(name: $name) { id } }`],
  ['a page size over the limit', `{ meetings(first: 101) { nodes { id } } }`],
  ['a forged cursor', `{ meetings(first: 1, after: "bm90LWEtY3Vyc29y") { nodes { id } } }`],
  ['a forged global id', `{ node(id: "garbage") { id } }`],
  ['a malformed partial date', `{ meetings(filter: { from: "2019-13" }) { nodes { id } } }`],
  ['an unknown field', `{ meetings { nodes { nope } } }`],
  ['a mutation without a token', `mutation { ingestArticle(input: { text: "x" }) { status } }`],
  ['a mutation with a wrong token', `mutation { ingestArticle(input: { text: "x" }) { status } }`, undefined, { authorization: 'Bearer wrong-token-of-some-length' }],
];

describe('compiled execution answers like graphql-js', () => {
  it.each(ANSWERS_WITH_DATA)('%s', async (_name, query, variables) => {
    const { compiled, graphqlJs } = await bothAnswer(query, variables);
    expect(graphqlJs.status).toBe(200);
    expect((graphqlJs.body as { errors?: unknown }).errors).toBeUndefined();
    expect(compiled).toEqual(graphqlJs);
  });

  it.each(ANSWERS_WITH_ERRORS)('%s', async (_name, query, variables, headers) => {
    const { compiled, graphqlJs } = await bothAnswer(query, variables, headers);
    expect((graphqlJs.body as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(compiled).toEqual(graphqlJs);
  });

  it('a mutation with the token ingests the same way through both', async () => {
    const input = {
      title: 'Chile and Peru sign trade accords',
      publishedAt: '2023-03-10',
      text: 'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Thursday, and the two leaders signed three agreements on trade and energy.',
    };
    const auth = { authorization: `Bearer ${TOKEN}` };
    const mutation = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status extracted { people meetings agreements } warnings article { title meetings(first: 2) { nodes { date city } } } } }`;
    const first = await ask(servers.compiled.url, mutation, { input }, auth);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ data: { ingestArticle: { status: 'CREATED' } } });
    // The same story again: both executors now report the duplicate identically.
    const { compiled, graphqlJs } = await bothAnswer(mutation, { input }, auth);
    expect(compiled).toEqual(graphqlJs);
    expect(compiled.body).toMatchObject({ data: { ingestArticle: { status: expect.not.stringMatching(/^CREATED$/) } } });
  });
});
