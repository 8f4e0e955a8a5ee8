/**
 * Federation 2 composition: our subgraph composes with a second subgraph that
 * extends `Country` (keyed by `code`) with a field of its own.
 */
import { composeServices, type CompositionResult } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphSchema, ENTITY_KEYS, FEDERATION_SPEC_URL } from '../../src/graphql/federation.ts';
import { createApp } from '../../src/server/app.ts';
import { useFreshDatabase } from '../support/database.ts';

const db = useFreshDatabase();

/** A tiny second subgraph: GDP per country, joined to ours on `Country.code`. */
const ECONOMY_SDL = `
  extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])

  type Country @key(fields: "code") {
    code: String!
    "Gross domestic product in current US dollars."
    gdpUsd: Float
  }

  type Query {
    richestCountries(first: Int): [Country!]!
  }
`;

/** Our subgraph's SDL exactly as a router reads it (`_service { sdl }`). */
function ourSubgraphSdl(): string {
  return printSubgraphSchema(createSubgraphSchema());
}

/** The SDL block of one type in `sdl` (from its `type Name` line to its closing brace). */
function typeBlock(sdl: string, name: string): string {
  const match = new RegExp(`^type ${name}\\b[^{]*\\{[^}]*\\}`, 'm').exec(sdl);
  return match?.[0] ?? '';
}

describe('federation subgraph', () => {
  let sdl: string;
  let result: CompositionResult;

  beforeAll(() => {
    sdl = ourSubgraphSdl();
    result = composeServices([
      { name: 'diplomacy', url: 'http://diplomacy.invalid/graphql', typeDefs: parse(sdl) },
      { name: 'economy', url: 'http://economy.invalid/graphql', typeDefs: parse(ECONOMY_SDL) },
    ]);
  });

  it('links federation 2 and puts the @keys on the entities', () => {
    expect(sdl).toContain(`@link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@shareable"])`);
    for (const [type, keys] of Object.entries(ENTITY_KEYS)) {
      for (const fields of keys) expect(sdl, type).toMatch(new RegExp(`^type ${type} implements Node\\n(  @key\\(fields: "\\w+"\\)\\n)*  @key\\(fields: "${fields}"\\)`, 'm'));
    }
    expect(sdl).toMatch(/^type PageInfo\n  @shareable/m);
  });

  it('composes with a subgraph that extends Country by code, without errors', () => {
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toBeDefined();
  });

  it('puts our types and the other subgraph’s field into the supergraph', () => {
    const supergraph = result.supergraphSdl ?? '';
    for (const type of [...Object.keys(ENTITY_KEYS), 'Source', 'PageInfo', 'AgreementYear']) expect(supergraph).toMatch(new RegExp(`^type ${type}\\b`, 'm'));
    const country = typeBlock(supergraph, 'Country');
    expect(country).toContain('@join__type(graph: DIPLOMACY, key: "code")');
    expect(country).toContain('@join__type(graph: ECONOMY, key: "code")');
    expect(country).toMatch(/gdpUsd: Float @join__field\(graph: ECONOMY\)/);
    expect(country).toMatch(/name: String! @join__field\(graph: DIPLOMACY\)/);
    expect(typeBlock(supergraph, 'Query')).toMatch(/agreementsByYear\(filter: AgreementFilter\): \[AgreementYear!\]! @join__field\(graph: DIPLOMACY\)/);
  });
});

describe('FEDERATION=true on the real server', () => {
  it('serves the subgraph: _service returns SDL with @key', async () => {
    const app = createApp({ prisma: db.prisma, federation: true });
    const url = await app.start(0, '127.0.0.1');
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
      const body = (await res.json()) as { data: { _service: { sdl: string } } };
      expect(body.data._service.sdl).toMatch(/type Country[^{]*@key\(fields: "code"\)/);
    } finally {
      await app.stop();
    }
  });
});
