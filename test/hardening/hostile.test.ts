/**
 * Hostile input over HTTP: every attack gets a 4xx or a GraphQL error with a
 * code — never a 500 — and the server answers a normal query correctly after it.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, useHardenedServer, type WireResponse } from './support.ts';

const server = useHardenedServer();

const NORMAL = '{ articles(first: 2) { totalCount nodes { id title } } }';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Asserts the attack was refused properly, then that a normal query still works. */
async function expectRefusedThenHealthy(res: WireResponse, code?: string): Promise<void> {
  expect(res.status, res.text.slice(0, 300)).not.toBe(500);
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
  if (res.status === 200) expect(res.body?.errors?.length, res.text.slice(0, 300)).toBeGreaterThan(0);
  for (const c of codesOf(res)) expect(c).toEqual(expect.any(String));
  if (code) expect(codesOf(res)).toContain(code);
  expect(res.text).not.toMatch(/at .+\.(ts|js):\d+|prisma|SELECT |postgres/i);
  const after = await server.gql(NORMAL);
  expect(after.status).toBe(200);
  expect(after.body?.errors).toBeUndefined();
  expect((after.body?.data?.articles as { totalCount: number }).totalCount).toBeGreaterThan(0);
}

/** `{ a { b { a { b ... } } } }` through the graph, `levels` deep. */
function depthBomb(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = i % 2 ? `participants { ${inner} }` : `meetings(first: 1) { nodes { ${inner} } }`;
  return `{ people(first: 1) { nodes { ${inner} } } }`;
}

describe('query limits', () => {
  it('a depth bomb is QUERY_TOO_COMPLEX (400)', async () => {
    const res = await server.gql(depthBomb(12));
    expect(res.status).toBe(400);
    await expectRefusedThenHealthy(res, 'QUERY_TOO_COMPLEX');
    expect(res.body?.errors?.[0]?.message).toMatch(/depth limit of 12/);
  });

  it('an alias flood is QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ');
    const res = await server.gql(`{ ${fields} }`);
    await expectRefusedThenHealthy(res, 'QUERY_TOO_COMPLEX');
  });

  it('a directive flood is QUERY_TOO_COMPLEX', async () => {
    const directives = Array.from({ length: 80 }, () => '@include(if: true)').join(' ');
    const res = await server.gql(`{ articles(first: 1) { totalCount ${directives.replace(/@include\(if: true\)/g, (d, i: number) => (i ? d.replace('include', 'skip').replace('true', 'false') : d))} } }`);
    await expectRefusedThenHealthy(res);
  });

  it('a fragment flood ("billion laughs" of spreads) is refused quickly', async () => {
    const fragments = ['fragment F0 on Query { articles(first: 1) { totalCount } }'];
    for (let i = 1; i <= 40; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const started = Date.now();
    const res = await server.gql(`{ ...F40 } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(2000);
    await expectRefusedThenHealthy(res, 'QUERY_TOO_COMPLEX');
  });

  it('cyclic fragments are GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await server.gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    await expectRefusedThenHealthy(res, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a document over the token limit is GRAPHQL_PARSE_FAILED', async () => {
    const res = await server.gql(`{ ${'__typename '.repeat(6000)} }`);
    await expectRefusedThenHealthy(res, 'GRAPHQL_PARSE_FAILED');
  });

  it('cost multiplies down the tree, page sizes from variables included', async () => {
    const query = `query ($n: Int) { people(first: $n) { nodes { meetings(first: $n) { nodes { participants { articles(first: $n) { nodes { title } } } } } } } }`;
    const cheap = await server.gql(query, { n: 2 });
    expect(cheap.status).toBe(200);
    expect(cheap.body?.errors).toBeUndefined();
    const costly = await server.gql(query, { n: 100 });
    expect(costly.status).toBe(400);
    expect(costly.body?.errors?.[0]?.message).toMatch(/cost limit of 100000 exceeded/);
    await expectRefusedThenHealthy(costly, 'QUERY_TOO_COMPLEX');
  });
});

describe('malformed requests', () => {
  it('invalid JSON is 400', async () => {
    await expectRefusedThenHealthy(await server.raw({ method: 'POST', headers: JSON_HEADERS, body: '{"query": "{ articles { totalCount } }"' }), 'BAD_REQUEST');
  });

  it('invalid UTF-8 is 400', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ __typename }", "x": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    await expectRefusedThenHealthy(await server.raw({ method: 'POST', headers: JSON_HEADERS, body: bytes }), 'BAD_REQUEST');
  });

  it('wrong content types are 4xx', async () => {
    for (const type of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) {
      const res = await server.raw({ method: 'POST', headers: { 'content-type': type, 'apollo-require-preflight': 'true' }, body: 'query={__typename}' });
      await expectRefusedThenHealthy(res);
    }
    await expectRefusedThenHealthy(await server.raw({ method: 'POST', body: JSON.stringify({ query: NORMAL }) }));
  });

  it('a JSON body that is not an object is 400', async () => {
    for (const body of ['42', '"query"', 'null', '[]', '[1,2]', '{"query": 5}', '{"query": "{ __typename }", "variables": "nope"}']) {
      await expectRefusedThenHealthy(await server.raw({ method: 'POST', headers: JSON_HEADERS, body }));
    }
  });

  it('a batch is refused while batching is off', async () => {
    const res = await server.raw({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify([{ query: NORMAL }, { query: NORMAL }]) });
    expect(res.status).toBe(400);
    await expectRefusedThenHealthy(res, 'BAD_REQUEST');
  });

  it('a mutation over GET is 405', async () => {
    const res = await server.raw({
      method: 'GET',
      search: `?query=${encodeURIComponent('mutation { ingestArticle(input: { text: "x" }) { status } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    await expectRefusedThenHealthy(res);
  });

  it('a body over the limit is 413, even without Content-Length', async () => {
    const big = JSON.stringify({ query: NORMAL, variables: { s: 'x'.repeat(2 * 1024 * 1024) } });
    expect((await server.raw({ method: 'POST', headers: JSON_HEADERS, body: big })).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = await server.raw({ method: 'POST', headers: JSON_HEADERS, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    await expectRefusedThenHealthy(chunked);
  });
});

describe('hostile variables and arguments', () => {
  it('an enormous string in a filter is answered with a code, not a 500', async () => {
    const res = await server.gql('query ($s: String) { articles(filter: { search: $s }) { totalCount } }', { s: 'diplomacy '.repeat(10_000) });
    expect(res.status).toBeLessThan(500);
    for (const c of codesOf(res)) expect(c).toEqual(expect.any(String));
    await expectRefusedThenHealthy(await server.gql('{ nope }'));
  });

  it('an enormous list where an Int goes is 400', async () => {
    const res = await server.gql('query ($n: Int) { articles(first: $n) { totalCount } }', { n: Array.from({ length: 100_000 }, (_, i) => i) });
    expect(res.status).toBe(400);
    await expectRefusedThenHealthy(res);
  });

  it.each([-1, 100_000, 2 ** 31])('first: %d is BAD_USER_INPUT', async (first) => {
    const res = await server.gql('query ($n: Int) { meetings(first: $n) { totalCount } }', { n: first });
    await expectRefusedThenHealthy(res);
    expect(codesOf(res)[0]).toMatch(/BAD_USER_INPUT/);
  });

  it('forged cursors are BAD_USER_INPUT', async () => {
    const forged = ['garbage', '', Buffer.from('["Article",1]').toString('base64url'), Buffer.from('not json').toString('base64url'), 'A'.repeat(5000), '../../etc/passwd'];
    for (const after of forged) {
      const res = await server.gql('query ($a: String) { meetings(after: $a) { totalCount } }', { a: after });
      await expectRefusedThenHealthy(res, 'BAD_USER_INPUT');
    }
  });

  it('forged IDs are BAD_USER_INPUT or null, never an internal error', async () => {
    for (const id of ['x', '', 'TWVldGluZzotMQ', Buffer.from('Meeting:99999999999999999999').toString('base64url'), "1' OR '1'='1", '\u0000']) {
      const res = await server.gql('query ($id: ID!) { node(id: $id) { id } meeting(id: $id) { id } }', { id });
      expect(res.status).toBeLessThan(500);
      expect(codesOf(res).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    }
    await expectRefusedThenHealthy(await server.gql('{ nope }'));
  });

  it('SQL-looking filter strings are plain text', async () => {
    const evil = `'; DROP TABLE "Article"; --`;
    const res = await server.gql(
      `query ($s: String) {
        articles(filter: { search: $s, publisher: $s }) { totalCount }
        meetings(filter: { participant: $s, countryCode: $s }) { totalCount }
        agreements(filter: { topic: $s, signatory: $s }) { totalCount }
        people(filter: { name: $s }) { totalCount }
      }`,
      { s: evil },
    );
    expect(res.status).toBeLessThan(500);
    for (const c of codesOf(res)) expect(c).toBe('BAD_USER_INPUT');
    expect(await server.db.prisma.article.count()).toBeGreaterThan(0);
    await expectRefusedThenHealthy(await server.gql('{ nope }'));
  });
});
