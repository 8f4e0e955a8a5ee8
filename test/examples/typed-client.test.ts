/**
 * The typed-client example (examples/typed-client): its committed generated
 * code matches what codegen produces now, and `runExample` works against the
 * real server on the seeded corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createClientCodegenConfig, OUTPUT_DIR } from '../../examples/typed-client/codegen.ts';
import { GraphQLRequestError, request, runExample, type ExampleResult } from '../../examples/typed-client/src/client.ts';
import { countryAgreementsQuery } from '../../examples/typed-client/src/operations.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { useFreshDatabase } from '../support/database.ts';

/** The committed generated files, by name. */
function committedFiles(): Map<string, string> {
  return new Map(readdirSync(OUTPUT_DIR).map((name) => [name, readFileSync(`${OUTPUT_DIR}${name}`, 'utf8')]));
}

/** What codegen generates now from schema.graphql and the example's operations, by file name (nothing is written). */
async function regeneratedFiles(): Promise<Map<string, string>> {
  const outputs: { filename: string; content: string }[] = await generate({ ...createClientCodegenConfig(), silent: true }, false);
  return new Map(outputs.map((output) => [basename(output.filename), output.content]));
}

describe('typed-client generated code', () => {
  it('is up to date with schema.graphql and the operations (run `npm run example:codegen` when this fails)', async () => {
    const [committed, regenerated] = [committedFiles(), await regeneratedFiles()];
    expect([...committed.keys()].sort()).toEqual([...regenerated.keys()].sort());
    for (const [name, content] of regenerated) expect(committed.get(name), `src/gql/${name} is stale`).toBe(content);
  }, 60_000);
});

describe('typed-client runExample against the seeded server', () => {
  const db = useFreshDatabase();
  let app: App | undefined;
  let url = '';
  let result: ExampleResult;

  beforeAll(async () => {
    app = createApp({ prisma: db.prisma });
    url = await app.start(0, '127.0.0.1');
    result = await runExample(url);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('returns agreements per year, ascending, including 2019, 2024 and 2025', () => {
    const years: number[] = result.agreementsByYear.map((entry) => entry.year);
    expect(years).toEqual(expect.arrayContaining([2019, 2024, 2025]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const entry of result.agreementsByYear) expect(entry.documents).toBeGreaterThanOrEqual(entry.agreements);
  });

  it("returns Maduro's meetings, each with participants and sources", () => {
    expect(result.meetings.totalCount).toBeGreaterThan(0);
    expect(result.meetings.nodes.length).toBeGreaterThan(0);
    for (const meeting of result.meetings.nodes) {
      expect(meeting.participants.length).toBeGreaterThanOrEqual(1);
      expect(meeting.sources.length).toBeGreaterThanOrEqual(1);
      const quote: string = meeting.sources[0]!.quote;
      expect(quote.length).toBeGreaterThan(0);
    }
  });

  it("pages through Venezuela's agreements with the after cursor", () => {
    const pages = result.countryAgreements;
    expect(pages).not.toBeNull();
    expect(pages!.code).toBe('VE');
    expect(pages!.agreements.length).toBe(Math.min(pages!.totalCount, 10));
    expect(new Set(pages!.agreements.map((a) => a.id)).size).toBe(pages!.agreements.length);
    for (const agreement of pages!.agreements) expect(agreement.parties.map((p) => p.code)).toContain('VE');
  });

  it('types every result from the schema, with no casts (checked by `npm run typecheck`)', () => {
    expectTypeOf(result.agreementsByYear[0]!.year).toEqualTypeOf<number>();
    expectTypeOf(result.meetings.nodes[0]!.participants[0]!.name).toEqualTypeOf<string>();
    expectTypeOf(result.meetings.nodes[0]!.date).toEqualTypeOf<string | null>();
    expectTypeOf(result.meetings.nodes[0]!.kind).toEqualTypeOf<'IN_PERSON' | 'PHONE_CALL' | 'VIDEO_CALL'>();
    expectTypeOf(result.countryAgreements!.agreements[0]!.year).toEqualTypeOf<number | null>();
  });

  it('surfaces GraphQL errors as GraphQLRequestError', async () => {
    const failing = request(url, countryAgreementsQuery, { code: 'VE', first: 1, after: 'not-a-cursor' });
    await expect(failing).rejects.toBeInstanceOf(GraphQLRequestError);
  });
});
