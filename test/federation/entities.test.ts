/**
 * Federation entity resolution: `_entities` on our subgraph schema loads each
 * entity by its key through the request's loaders, then resolves its fields
 * with the API's own resolvers.
 */
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphSchema } from '../../src/graphql/federation.ts';
import { toGlobalId } from '../../src/graphql/node.ts';
import { createContext } from '../../src/server/context.ts';
import { useFreshDatabase } from '../support/database.ts';

const ENTITIES = `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Country { id code name }
      ... on Person { id name country { code } }
      ... on Meeting { id participants { name } }
      ... on Agreement { id title parties { code } }
      ... on Article { id headline: title }
    }
  }
`;

/** A representation as a router sends it. */
type Representation = { __typename: string } & Record<string, unknown>;

/** What `_entities` returns for the fields selected above. */
type EntitiesData = { _entities: ({ __typename: string } & Record<string, unknown>)[] };

describe('federation _entities', () => {
  const db = useFreshDatabase();
  let schema: GraphQLSchema;
  const logger = pino({ level: 'silent' });

  /** Runs `_entities` for `representations` with a fresh request context. */
  async function entities(representations: Representation[]): Promise<ExecutionResult<EntitiesData>> {
    const contextValue = createContext({ prisma: db.prisma, logger }, { requestId: 'federation-test' });
    return (await graphql({ schema, source: ENTITIES, variableValues: { representations }, contextValue })) as ExecutionResult<EntitiesData>;
  }

  beforeAll(() => {
    schema = createSubgraphSchema();
  });

  it('resolves a Country by code (any case) and by global id', async () => {
    const result = await entities([
      { __typename: 'Country', code: 'VE' },
      { __typename: 'Country', code: 'ru' },
      { __typename: 'Country', id: toGlobalId('Country', 'VE') },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: 'Country', id: toGlobalId('Country', 'VE'), code: 'VE', name: 'Venezuela' },
      { __typename: 'Country', id: toGlobalId('Country', 'RU'), code: 'RU', name: 'Russia' },
      { __typename: 'Country', id: toGlobalId('Country', 'VE'), code: 'VE', name: 'Venezuela' },
    ]);
  });

  it('resolves a Person by global id, with fields from the API resolvers', async () => {
    const person = await db.prisma.person.findFirstOrThrow({ where: { countryCode: { not: null } }, orderBy: { id: 'asc' } });
    const result = await entities([{ __typename: 'Person', id: toGlobalId('Person', person.id) }]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: 'Person', id: toGlobalId('Person', person.id), name: person.name, country: { code: person.countryCode } },
    ]);
  });

  it('resolves Meeting, Agreement and Article by global id', async () => {
    const [meeting, agreement, article] = await Promise.all([
      db.prisma.meeting.findFirstOrThrow({ orderBy: { id: 'asc' } }),
      db.prisma.agreement.findFirstOrThrow({ orderBy: { id: 'asc' } }),
      db.prisma.article.findFirstOrThrow({ orderBy: { id: 'asc' } }),
    ]);
    const result = await entities([
      { __typename: 'Meeting', id: toGlobalId('Meeting', meeting.id) },
      { __typename: 'Agreement', id: toGlobalId('Agreement', agreement.id) },
      { __typename: 'Article', id: toGlobalId('Article', article.id) },
    ]);
    expect(result.errors).toBeUndefined();
    const [m, a, r] = result.data?._entities ?? [];
    expect(m).toMatchObject({ __typename: 'Meeting', id: toGlobalId('Meeting', meeting.id) });
    expect((m?.participants as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(a).toMatchObject({ __typename: 'Agreement', id: toGlobalId('Agreement', agreement.id), title: agreement.title });
    expect(r).toEqual({ __typename: 'Article', id: toGlobalId('Article', article.id), headline: article.title });
  });

  it('returns null for a key that names nothing', async () => {
    const result = await entities([
      { __typename: 'Country', code: 'ZZ' },
      { __typename: 'Person', id: toGlobalId('Person', 2_000_000_000) },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, null]);
  });

  it('rejects a malformed or mistyped id as BAD_USER_INPUT on that entity only', async () => {
    const result = await entities([
      { __typename: 'Person', id: toGlobalId('Meeting', 1) },
      { __typename: 'Country', code: 'VE' },
      { __typename: 'Meeting', id: 42 },
    ]);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(result.errors?.map((error) => error.path)).toEqual([['_entities', 0], ['_entities', 2]]);
    expect(result.data?._entities).toEqual([null, expect.objectContaining({ code: 'VE' }), null]);
  });

  it('serves its SDL with the keys on `_service`', async () => {
    const result = await graphql({ schema, source: '{ _service { sdl } }', contextValue: createContext({ prisma: db.prisma, logger }, { requestId: 'sdl' }) });
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('@key(fields: \\"code\\")');
  });
});
