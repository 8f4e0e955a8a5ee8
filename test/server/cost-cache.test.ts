/**
 * The cost check's memo (src/server/limits.ts): the same parsed operation is
 * estimated once per set of page-size values, and a cached estimate never lets
 * a costlier set of variables through.
 */
import { describe, expect, it } from 'vitest';
import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/graphql/schema.ts';
import { costKeyOf, costLimitPlugin, DEFAULT_LIMITS, pageSizeVariablesOf } from '../../src/server/limits.ts';

const schema: GraphQLSchema = createSchema();
const NESTED = `query ($n: Int) { people(first: $n) { nodes { meetings(first: $n) { nodes { participants { articles(first: $n) { nodes { title } } } } } } } }`;
const DEFAULTED = `query ($n: Int = 100) { people(first: $n) { nodes { meetings(first: $n) { nodes { participants { articles(first: $n) { nodes { title } } } } } } } }`;

/** Runs the plugin's didResolveOperation the way Apollo does; resolves to 'ok' or the refusal's message. */
async function check(plugin: ReturnType<typeof costLimitPlugin>, document: DocumentNode, variables?: Record<string, unknown>): Promise<string> {
  const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation: (c: unknown) => Promise<void> };
  const operation = getOperationAST(document);
  try {
    await listener.didResolveOperation({ document, operation, request: { query: '', ...(variables ? { variables } : {}) }, schema });
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('cost check memo', () => {
  it('a cached cheap estimate does not let a costly variables set through, in any order', async () => {
    const plugin = costLimitPlugin(DEFAULT_LIMITS.maxCost);
    const document = parse(NESTED); // one document object, as Apollo's document store returns it
    for (let round = 0; round < 3; round++) {
      expect(await check(plugin, document, { n: 2 })).toBe('ok');
      expect(await check(plugin, document, { n: 100 })).toMatch(/cost limit of 100000 exceeded, found \d+/);
      expect(await check(plugin, document, { n: 3 })).toBe('ok');
    }
  });

  it('tells an absent variable (its default applies) from null and from a number', async () => {
    const plugin = costLimitPlugin(DEFAULT_LIMITS.maxCost);
    const document = parse(DEFAULTED);
    for (let round = 0; round < 2; round++) {
      expect(await check(plugin, document, {})).toMatch(/cost limit/); // default 100
      expect(await check(plugin, document)).toMatch(/cost limit/);
      expect(await check(plugin, document, { n: null })).toBe('ok'); // null: the default page of 20
      expect(await check(plugin, document, { n: 2 })).toBe('ok');
      expect(await check(plugin, document, { n: 100 })).toMatch(/cost limit/);
    }
  });

  it('reports the same refusal from the memo as from a fresh estimate', async () => {
    const plugin = costLimitPlugin(DEFAULT_LIMITS.maxCost);
    const document = parse(NESTED);
    const first = await check(plugin, document, { n: 50 });
    expect(first).toMatch(/cost limit/);
    expect(await check(plugin, document, { n: 50 })).toBe(first);
    expect(await check(costLimitPlugin(DEFAULT_LIMITS.maxCost), parse(NESTED), { n: 50 })).toBe(first);
  });

  it('keeps checking past the memo size', async () => {
    const plugin = costLimitPlugin(DEFAULT_LIMITS.maxCost);
    const document = parse(NESTED);
    for (let n = 1; n <= 80; n++) await check(plugin, document, { n });
    expect(await check(plugin, document, { n: 99 })).toMatch(/cost limit/);
    expect(await check(plugin, document, { n: 2 })).toBe('ok');
  });

  it('keys on page-size variables only, in fragments too', () => {
    const document = parse(`query ($a: Int, $b: Int, $q: String) { ...F articles(first: $a, filter: { search: $q }) { totalCount } } fragment F on Query { meetings(last: $b) { totalCount } }`);
    const names = pageSizeVariablesOf(document);
    expect(names).toEqual(['a', 'b']);
    expect(costKeyOf(names, { a: 1, q: 'x' })).toBe(costKeyOf(names, { a: 1, q: 'y' }));
    expect(costKeyOf(names, { a: 1 })).not.toBe(costKeyOf(names, { a: 2 }));
    expect(costKeyOf(names, { a: 1 })).not.toBe(costKeyOf(names, { a: 1, b: null }));
    expect(costKeyOf(names, { a: '1' })).not.toBe(costKeyOf(names, { a: 1 }));
  });
});
