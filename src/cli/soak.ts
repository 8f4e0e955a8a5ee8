/**
 * `npm run soak -- --minutes N [--concurrency 16]`: starts the app on the
 * configured database (DATABASE_URL, else the embedded one; migrated, and
 * seeded when empty), runs a sustained mixed GraphQL load against it over
 * HTTP on 127.0.0.1 from this process, stops by itself after N minutes, and
 * prints requests, errors and memory drift. Exits 1 when any request failed.
 *
 * Memory is sampled after a full GC at start, after warm-up (the first tenth
 * of the run, at least 5 s) and at the end; steady growth between the last
 * two hints at a leak. The load generator runs in the same process, so its
 * memory is included.
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { loadConfig } from '../config/config.ts';
import { createPrisma } from '../db/prisma.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { withDatabaseServer } from '../db/server.ts';
import { seedDatabase } from '../ingest/seed.ts';
import { createApp } from '../server/app.ts';
import { runCli } from './run.ts';

/** The mix: what a public client of the graph asks, lists, filters, lookups and a second page. */
const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'articles', query: '{ articles(first: 10) { totalCount nodes { id title publishedAt people { name } } } }' },
  { name: 'meetings', query: '{ meetings(first: 20) { totalCount nodes { date city status participants { name country { code } } } } }' },
  { name: 'meetings by year', query: 'query ($y: Int) { meetings(filter: { year: $y }) { totalCount nodes { id summary } } }', variables: { y: 2024 } },
  { name: 'agreements', query: '{ agreements(first: 20) { nodes { title kind parties { name } signatories { name } } } agreementsByYear { year agreements documents } }' },
  { name: 'countries', query: '{ countries(first: 50) { nodes { code name } pageInfo { endCursor hasNextPage } } }' },
  { name: 'person', query: 'query ($n: String) { person(name: $n) { name roles { title } meetings(first: 5) { nodes { date } } } }', variables: { n: 'Modi' } },
  { name: 'search', query: 'query ($s: String) { articles(filter: { search: $s }) { totalCount } }', variables: { s: 'talks' } },
];

interface Stats {
  requests: number;
  errors: number;
  /** First few failures, for the report. */
  samples: string[];
  latencies: number[];
}

interface MemorySample {
  label: string;
  rssMb: number;
  heapMb: number;
}

/**
 * A full garbage collection, so samples show live memory rather than garbage
 * not yet collected (the usual way to reach `gc` without starting node with --expose-gc).
 */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

function sampleMemory(label: string): MemorySample {
  collectGarbage();
  const m = process.memoryUsage();
  return { label, rssMb: Math.round(m.rss / 1048576), heapMb: Math.round(m.heapUsed / 1048576) };
}

/** One client: sends operations round-robin until `deadline`. */
async function client(url: string, offset: number, deadline: number, stats: Stats): Promise<void> {
  for (let i = offset; Date.now() < deadline; i++) {
    const op = OPERATIONS[i % OPERATIONS.length]!;
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || body.errors) fail(stats, `${op.name}: ${res.status} ${JSON.stringify(body.errors ?? '').slice(0, 200)}`);
    } catch (error) {
      fail(stats, `${op.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    stats.requests++;
    if (stats.latencies.length < 500_000) stats.latencies.push(performance.now() - started); // bounded for long runs
  }
}

function fail(stats: Stats, sample: string): void {
  stats.errors++;
  if (stats.samples.length < 5) stats.samples.push(sample);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! * 10) / 10 : 0;
}

function parseOptions(): { minutes: number; concurrency: number } {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '1' }, concurrency: { type: 'string', default: '16' } } });
  const minutes = Number(values.minutes);
  const concurrency = Number(values.concurrency);
  if (!(minutes > 0 && minutes <= 24 * 60)) throw new Error(`--minutes must be a number of minutes between 0 and 1440; received ${JSON.stringify(values.minutes)}`);
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256)) throw new Error(`--concurrency must be an integer 1–256; received ${JSON.stringify(values.concurrency)}`);
  return { minutes, concurrency };
}

runCli(async () => {
  const { minutes, concurrency } = parseOptions();
  const config = loadConfig();
  return withDatabaseServer(async (databaseUrl) => {
    await applyMigrations(databaseUrl);
    const prisma = createPrisma(databaseUrl, { poolSize: config.DB_POOL_SIZE, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS, prepareStatements: config.DB_PREPARED_STATEMENTS });
    if ((await prisma.article.count()) === 0) await seedDatabase(prisma);
    // Only ever 127.0.0.1: the load never leaves this machine.
    const app = createApp({ prisma, requestTimeoutMillis: config.REQUEST_TIMEOUT_MS });
    const url = await app.start(0, '127.0.0.1');
    try {
      const memory = [sampleMemory('start')];
      const stats: Stats = { requests: 0, errors: 0, samples: [], latencies: [] };
      const started = Date.now();
      const deadline = started + minutes * 60_000;
      const warmUp = Math.max(5000, (deadline - started) / 10);
      const warmTimer = setTimeout(() => memory.push(sampleMemory('after warm-up')), warmUp);
      console.log(`soak: ${concurrency} clients for ${minutes} min against ${url}`);
      await Promise.all(Array.from({ length: concurrency }, (_, i) => client(url, i, deadline, stats)));
      clearTimeout(warmTimer);
      memory.push(sampleMemory('end'));
      report(stats, memory, (Date.now() - started) / 1000);
      return stats.errors === 0 ? 0 : 1;
    } finally {
      await app.stop();
      await prisma.$disconnect();
    }
  }, config);
});

function report(stats: Stats, memory: MemorySample[], seconds: number): void {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  console.log(`requests  ${stats.requests} in ${seconds.toFixed(1)} s (${(stats.requests / seconds).toFixed(0)}/s)`);
  console.log(`errors    ${stats.errors}`);
  for (const sample of stats.samples) console.log(`  ${sample}`);
  console.log(`latency   p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, p99 ${percentile(sorted, 99)} ms, max ${percentile(sorted, 100)} ms`);
  console.log('memory    ' + memory.map((m) => `${m.label}: rss ${m.rssMb} MB, heap ${m.heapMb} MB`).join(' | '));
  const warm = memory.find((m) => m.label === 'after warm-up');
  const end = memory[memory.length - 1]!;
  if (warm) console.log(`drift     after warm-up → end: rss ${end.rssMb - warm.rssMb >= 0 ? '+' : ''}${end.rssMb - warm.rssMb} MB, heap ${end.heapMb - warm.heapMb >= 0 ? '+' : ''}${end.heapMb - warm.heapMb} MB`);
}
