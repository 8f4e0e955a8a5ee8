/**
 * Database gone mid-traffic: a PostgreSQL cluster of this test's own is
 * stopped under a serving app; requests must fail fast with 503
 * DATABASE_UNAVAILABLE (not a masked 500, not a hang), the process keeps
 * serving /healthz, and once the cluster is back the same app serves 200s
 * again without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded.ts';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { applyMigrations } from '../../src/db/schemaEngine.ts';
import { ensureDatabaseExists, withDatabase } from '../../src/db/server.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { captureLogger, codesOf, wire, type WireResponse } from './support.ts';

const DIR = '.data/test-outage-postgres';
const PORT = Number(process.env.TEST_OUTAGE_PG_PORT ?? 54341);
const QUERY = '{ articles(first: 5) { totalCount nodes { id title } } }';

let cluster: EmbeddedServer;
let prisma: PrismaClient;
let app: App;
let url = '';
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  cluster = await startEmbeddedPostgres({ dir: DIR, port: PORT });
  const databaseUrl = withDatabase(cluster.adminUrl, 'outage');
  await ensureDatabaseExists(databaseUrl);
  await applyMigrations(databaseUrl);
  prisma = createPrisma(databaseUrl, { poolSize: 4, statementTimeoutMs: 2000 });
  app = createApp({ prisma, logger: captureLogger(logs) });
  url = await app.start(0, '127.0.0.1');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await prisma?.$disconnect();
  await cluster?.stop().catch(() => {});
});

async function query(): Promise<WireResponse & { millis: number }> {
  const started = Date.now();
  const res = await wire(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }));
  return { ...res, millis: Date.now() - started };
}

describe('the database goes away and comes back', () => {
  it('serves, fails fast with 503 DATABASE_UNAVAILABLE while it is down, and recovers by itself', async () => {
    for (let i = 0; i < 5; i++) expect((await query()).status).toBe(200);

    await cluster.stop();
    const during = await Promise.all(Array.from({ length: 8 }, () => query()));
    for (const res of during) {
      expect(res.status, res.text).toBe(503);
      expect(codesOf(res)).toContain('DATABASE_UNAVAILABLE');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma|pg/i);
      expect(res.millis).toBeLessThan(2000);
    }
    expect((await fetch(new URL('/healthz', url))).status).toBe(200);
    const readyz = await wire(await fetch(new URL('/readyz', url)));
    expect(readyz.status).toBe(503);
    expect(readyz.text).toContain('database unreachable');

    await cluster.start();
    const recovered = await firstSuccess(10_000);
    expect(recovered.status).toBe(200);
    expect(recovered.body?.errors).toBeUndefined();
    expect((await fetch(new URL('/readyz', url))).status).toBe(200);
    // The outage was logged with the error ids clients saw.
    const errorId = during[0]!.body?.errors?.[0]?.extensions?.errorId;
    expect(logs.some((l) => l.errorId === errorId && l.msg === 'database unavailable')).toBe(true);
  });
});

/** Polls until a query succeeds (PostgreSQL may still be starting for a moment), at most `millis`. */
async function firstSuccess(millis: number): Promise<WireResponse> {
  const deadline = Date.now() + millis;
  let last = await query();
  while (last.status !== 200 && Date.now() < deadline) {
    expect(last.status).toBe(503);
    await new Promise((r) => setTimeout(r, 200));
    last = await query();
  }
  return last;
}
