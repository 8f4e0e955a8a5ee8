/**
 * Production policy over HTTP: introspection, IDE and schema hints off, CORS
 * allow-list and preflight, request ids and request log lines, batching
 * limits, the per-request timeout, and the configuration that drives them.
 */
import { describe, expect, it } from 'vitest';
import { exposureOf, loadConfig } from '../../src/config/config.ts';
import { createApp } from '../../src/server/app.ts';
import { codesOf, useHardenedServer, wire } from './support.ts';

const ALLOWED = 'https://app.example.org';
const server = useHardenedServer({ introspection: false, ide: false, corsOrigins: [ALLOWED], maxBatchOperations: 3 });
const NORMAL = '{ articles(first: 1) { totalCount } }';

describe('introspection, IDE and error hints in production', () => {
  it('introspection is refused', async () => {
    const res = await server.gql('{ __schema { types { name } } }');
    expect(res.status).toBe(400);
    expect(codesOf(res)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('validation errors give no "Did you mean" hints about the schema', async () => {
    const res = await server.gql('{ articl { totalCount } }');
    expect(res.body?.errors?.[0]?.message).toBe('Cannot query field "articl" on type "Query".');
  });

  it('a browser gets no IDE', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
  });

  it('defaults follow NODE_ENV; INTROSPECTION and IDE override', () => {
    expect(exposureOf(loadConfig({ NODE_ENV: 'production' }))).toEqual({ introspection: false, ide: false });
    expect(exposureOf(loadConfig({ NODE_ENV: 'development' }))).toEqual({ introspection: true, ide: true });
    expect(exposureOf(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', IDE: 'true' }))).toEqual({ introspection: true, ide: true });
    expect(() => loadConfig({ MAX_DEPTH: '0' })).toThrow(/MAX_DEPTH="0"/);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example , https://b.example ' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('CORS', () => {
  it('an allowed origin gets CORS headers; another origin gets none', async () => {
    const allowed = await server.gql(NORMAL, undefined, { origin: ALLOWED });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const other = await server.gql(NORMAL, undefined, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('preflight OPTIONS is 204, with the allowed methods and headers only for an allowed origin', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const ok = await preflight(ALLOWED);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('request ids and request logs', () => {
  it('honours a sane x-request-id, replaces an insane one, and logs one line per request', async () => {
    const sane = await server.gql(NORMAL, undefined, { 'x-request-id': 'edge-proxy.42:abc' });
    expect(sane.headers.get('x-request-id')).toBe('edge-proxy.42:abc');
    const insane = await server.gql(NORMAL, undefined, { 'x-request-id': 'a b\u00e9<script>' + 'x'.repeat(300) });
    const generated = insane.headers.get('x-request-id') ?? '';
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 20));
    const lines = server.logs.filter((l) => l.msg === 'request');
    expect(lines).toContainEqual(expect.objectContaining({ requestId: 'edge-proxy.42:abc', method: 'POST', path: '/graphql', status: 200, durationMs: expect.any(Number) }));
    expect(lines.filter((l) => l.requestId === generated)).toHaveLength(1);
  });
});

describe('batching', () => {
  it('up to MAX_BATCH_OPERATIONS operations are served; more, or none, are 400', async () => {
    const batch = (n: number) => server.raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.from({ length: n }, () => ({ query: NORMAL }))) });
    const three = await batch(3);
    expect(three.status).toBe(200);
    expect(JSON.parse(three.text)).toHaveLength(3);
    for (const n of [0, 4, 1000]) {
      const res = await batch(n);
      expect(res.status).toBe(400);
      expect(codesOf(res)).toEqual(['BAD_REQUEST']);
    }
  });
});

describe('per-request timeout', () => {
  it('a request past the limit is 503 REQUEST_TIMEOUT, and the server goes on serving', async () => {
    const app = createApp({ prisma: server.db.prisma, requestTimeoutMillis: 1 });
    const url = await app.start(0, '127.0.0.1');
    try {
      const res = await wire(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ meetings(first: 100) { totalCount nodes { participants { name } sources { quote } } } }' }) }));
      expect(res.status).toBe(503);
      expect(codesOf(res)).toEqual(['REQUEST_TIMEOUT']);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});

describe('readiness', () => {
  it('/readyz is 200 with every migration applied, 503 naming the missing one otherwise', async () => {
    expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    const [row] = await server.db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await server.db.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${row!.migration_name}`;
    try {
      const res = await wire(await fetch(`${server.origin}/readyz`));
      expect(res.status).toBe(503);
      expect(res.text).toContain(row!.migration_name);
    } finally {
      await server.db.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${row!.migration_name}`;
    }
  });
});
