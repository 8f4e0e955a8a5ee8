/**
 * The benchmark run: start ours, the floor and PostGraphile on the synthetic
 * database, check they answer each query alike, time each query on each, count
 * our SQL statements per request, soak ours for RSS drift, then profile and
 * EXPLAIN the slowest queries. Every phase prints as it goes; the whole run
 * is written to bench/results/ (JSON and Markdown).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { formatSummary, summarizeProfile } from './cpuprofile-summary.ts';
import { capturedStatements, explainAll, formatExplained, resetStats, type ExplainedStatement } from './explain.ts';
import { loadFixture, type Fixture } from './fixture.ts';
import { measure, soak, type LoadResult } from './load.ts';
import { buildCases, PEER_CURSOR_SAMPLE_QUERY, type BenchCase } from './queries.ts';
import type { OursStats } from './serve-ours.ts';
import { requestFor, rssOf, send, startServer, stopServer, systemNode, type RunningServer, type ServerKind } from './servers.ts';
import { differences, fingerprint } from './verify.ts';

/** Options of a run (see src/cli/bench.ts). */
export interface BenchOptions {
  databaseUrl: string;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  poolSize: number;
  soakRequests: number;
  /** The soak stops after this many seconds even if fewer requests were sent (the count reached is reported). */
  soakMaxSeconds: number;
  profileSeconds: number;
  /** Case ids to time (all when empty). */
  only: string[];
  outDir: string;
}

/** One timed cell: a case on a server, plus the server's RSS after it. */
export interface TimedResult extends LoadResult {
  rssBytes: number;
}

/** Statements per request of our server for one case at N and 3N rows. */
export interface StatementCount {
  caseId: string;
  rowsN: number;
  rows3N: number;
}

/** Everything a run measured. */
export interface BenchReport {
  date: string;
  machine: { nproc: number; memoryGiB: number; node: string; loadNode: string; postgres: string; cpu: string };
  options: BenchOptions;
  fixture: Fixture;
  cases: { id: string; label: string }[];
  warnings: string[];
  statements: StatementCount[];
  timed: Record<string, Partial<Record<ServerKind, TimedResult>>>;
  soak?: { mix: string[]; seconds: number; requests: number; rssBeforeBytes: number; rssAfterBytes: number; heapBeforeBytes: number; heapAfterBytes: number; load: LoadResult };
  profile?: { caseId: string; file: string; summary: string };
  explain?: string;
  /** The database's work for one request of page 1 and of page 500 (EXPLAIN ANALYZE, summed over its statements). */
  deepPages?: Record<'page1' | 'page500', { statements: number; buffers: number; executionMs: number }>;
}

const KINDS: readonly ServerKind[] = ['ours', 'floor', 'peer'];
const PORTS: Record<ServerKind, number> = { ours: 5678, floor: 5679, peer: 5680 };

/** Our server's counters. */
async function oursStats(ours: RunningServer): Promise<OursStats> {
  return (await (await fetch(`${ours.origin}/__bench/stats`)).json()) as OursStats;
}

/** Asks our server (started with --expose-gc) to collect garbage. */
async function collectGarbage(ours: RunningServer): Promise<void> {
  await fetch(`${ours.origin}/__bench/gc`, { method: 'POST' });
}

/** Starts the three servers, one after another (so their start-up does not overlap). */
async function startAll(o: BenchOptions): Promise<Record<ServerKind, RunningServer>> {
  const common = { databaseUrl: o.databaseUrl, poolSize: o.poolSize };
  const ours = await startServer({ kind: 'ours', port: PORTS.ours, ...common, nodeFlags: ['--expose-gc'] });
  const floor = await startServer({ kind: 'floor', port: PORTS.floor, ...common });
  const peer = await startServer({ kind: 'peer', port: PORTS.peer, ...common });
  return { ours, floor, peer };
}

/** A cursor of the peer's meetings list, from which its page-500 cursor is built. */
async function peerCursorSample(peer: RunningServer): Promise<string> {
  const answer = (await send({ url: `${peer.origin}/graphql`, body: JSON.stringify(PEER_CURSOR_SAMPLE_QUERY) })) as {
    data?: { meetings?: { pageInfo?: { endCursor?: string } } };
  };
  const cursor = answer.data?.meetings?.pageInfo?.endCursor;
  if (!cursor) throw new Error(`PostGraphile gave no cursor: ${JSON.stringify(answer).slice(0, 300)}`);
  return cursor;
}

/** Compares every server's answer with ours per case; returns the warnings. */
async function verify(servers: Record<ServerKind, RunningServer>, cases: readonly BenchCase[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const c of cases) {
    const ours = fingerprint(await send(requestFor(servers.ours, c)));
    const notes: string[] = [];
    for (const kind of ['floor', 'peer'] as const) {
      const diff = differences(ours, fingerprint(await send(requestFor(servers[kind], c))));
      for (const d of diff) warnings.push(`WARNING ${c.id}: ${kind} differs from ours — ${d}`);
      notes.push(`${kind} ${diff.length ? 'DIFFERS' : 'same'}`);
    }
    console.log(`  ${c.id.padEnd(12)} ours: ${ours.ids.length} top rows, ${Object.values(ours.leafCounts).reduce((a, b) => a + b, 0)} leaves; ${notes.join(', ')}`);
  }
  for (const w of warnings) console.log(`  ${w}`);
  return warnings;
}

/** Our SQL statements per request for `c`, from the counters over `repeat` sequential requests. */
async function statementsPerRequest(ours: RunningServer, c: BenchCase, repeat = 3): Promise<number> {
  await resetStats(ours.origin);
  for (let i = 0; i < repeat; i++) await send(requestFor(ours, c));
  const stats = await oursStats(ours);
  return stats.statements / Math.max(1, stats.graphqlRequests);
}

/** Statements per request at N (20) and 3N (60) rows for every case. */
async function countStatements(ours: RunningServer, casesN: readonly BenchCase[], cases3N: readonly BenchCase[]): Promise<StatementCount[]> {
  const out: StatementCount[] = [];
  for (const [i, c] of casesN.entries()) {
    const big = cases3N[i];
    const count = { caseId: c.id, rowsN: await statementsPerRequest(ours, c), rows3N: big ? await statementsPerRequest(ours, big) : Number.NaN };
    console.log(`  ${c.id.padEnd(12)} ${count.rowsN} statements/request at N rows, ${count.rows3N} at 3N`);
    out.push(count);
  }
  return out;
}

/** Times every case on every server. */
async function timeAll(servers: Record<ServerKind, RunningServer>, cases: readonly BenchCase[], o: BenchOptions): Promise<BenchReport['timed']> {
  const timed: BenchReport['timed'] = {};
  for (const c of cases) {
    timed[c.id] = {};
    for (const kind of KINDS) {
      const result = await measure(requestFor(servers[kind], c), o.connections, o.seconds, o.warmupSeconds);
      const cell = { ...result, rssBytes: await rssOf(servers[kind].pid) };
      timed[c.id]![kind] = cell;
      const errors = cell.errors || cell.non2xx ? ` ERRORS ${cell.errors} non2xx ${cell.non2xx}` : '';
      console.log(`  ${c.id.padEnd(12)} ${kind.padEnd(5)} ${cell.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${cell.p50Ms} ms  p99 ${cell.p99Ms} ms  RSS ${mb(cell.rssBytes)}${errors}`);
    }
  }
  return timed;
}

/** Chunk size of the soak: it is sent in chunks so it can stop at its time cap. */
const SOAK_CHUNK = 10_000;

/**
 * RSS (and heap after a forced GC) of ours before and after `soakRequests`
 * requests cycling through `cases`, in chunks, stopping early at `soakMaxSeconds`.
 */
async function soakOurs(ours: RunningServer, cases: readonly BenchCase[], o: BenchOptions): Promise<NonNullable<BenchReport['soak']>> {
  const requests = cases.map((c) => requestFor(ours, c));
  await soak(requests, o.connections, Math.min(2000, o.soakRequests)); // settle pools and JIT first
  await collectGarbage(ours);
  const before = await oursStats(ours);
  const started = Date.now();
  const chunks: LoadResult[] = [];
  let sent = 0;
  while (sent < o.soakRequests && (Date.now() - started) / 1000 < o.soakMaxSeconds) {
    const chunk = await soak(requests, o.connections, Math.min(SOAK_CHUNK, o.soakRequests - sent));
    chunks.push(chunk);
    sent += chunk.requests;
    // A soak runs for minutes: one line per chunk shows it moving, and how RSS moves with it.
    const now = await oursStats(ours);
    console.log(`  soak ${sent}/${o.soakRequests} requests, ${((Date.now() - started) / 1000).toFixed(0)} s, RSS ${mb(now.rssBytes)}`);
  }
  const seconds = (Date.now() - started) / 1000;
  await collectGarbage(ours);
  const after = await oursStats(ours);
  const load: LoadResult = {
    requestsPerSecond: sent / seconds,
    p50Ms: Math.max(...chunks.map((c) => c.p50Ms)),
    p99Ms: Math.max(...chunks.map((c) => c.p99Ms)),
    requests: sent,
    errors: chunks.reduce((a, c) => a + c.errors, 0),
    non2xx: chunks.reduce((a, c) => a + c.non2xx, 0),
  };
  const mix = cases.map((c) => c.id);
  return { mix, seconds, requests: sent, rssBeforeBytes: before.rssBytes, rssAfterBytes: after.rssBytes, heapBeforeBytes: before.heapUsedBytes, heapAfterBytes: after.heapUsedBytes, load };
}

/** Minimum throughput (req/s, ours) for a case to join the soak mix: slower ones would keep 100k requests from finishing in time. */
const SOAK_MIN_RPS = 40;

/** Profiles ours under load of `c` with --cpu-prof and summarizes the profile. */
async function profileOurs(c: BenchCase, o: BenchOptions): Promise<NonNullable<BenchReport['profile']>> {
  const dir = path.resolve(o.outDir, 'profiles');
  await mkdir(dir, { recursive: true });
  const before = new Set(await readdir(dir));
  const ours = await startServer({ kind: 'ours', port: PORTS.ours + 10, databaseUrl: o.databaseUrl, poolSize: o.poolSize, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  try {
    await measure(requestFor(ours, c), o.connections, o.profileSeconds, 1);
  } finally {
    await stopServer(ours);
  }
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  return { caseId: c.id, file: path.join(dir, file), summary: formatSummary(await summarizeProfile(path.join(dir, file))) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements ours issues for one request of each of `cases`, by case id. */
async function explainOurs(cases: readonly BenchCase[], o: BenchOptions): Promise<Map<string, ExplainedStatement[]>> {
  const ours = await startServer({ kind: 'ours', port: PORTS.ours + 11, databaseUrl: o.databaseUrl, poolSize: o.poolSize, env: { BENCH_CAPTURE: '1' } });
  try {
    const out = new Map<string, ExplainedStatement[]>();
    for (const c of cases) {
      await send(requestFor(ours, c)); // warm caches, then capture one request
      await resetStats(ours.origin);
      await send(requestFor(ours, c));
      out.set(c.id, await explainAll(o.databaseUrl, await capturedStatements(ours.origin)));
    }
    return out;
  } finally {
    await stopServer(ours);
  }
}

/** One request's database work, summed over its statements. */
function workOf(explained: readonly ExplainedStatement[]): { statements: number; buffers: number; executionMs: number } {
  return { statements: explained.length, buffers: explained.reduce((a, e) => a + e.buffers, 0), executionMs: explained.reduce((a, e) => a + e.executionMs, 0) };
}

/** Describes the machine. */
async function machine(o: BenchOptions): Promise<BenchReport['machine']> {
  const postgres = (await import('postgres')).default(o.databaseUrl, { max: 1 });
  const [row] = await postgres<{ v: string }[]>`SELECT version() AS v`;
  await postgres.end();
  const node = execFileSync(systemNode(), ['--version'], { encoding: 'utf8' }).trim();
  return { nproc: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node, loadNode: process.version, postgres: row?.v ?? '?', cpu: os.cpus()[0]?.model ?? '?' };
}

/** Megabytes, for printing. */
export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

/** The two cases where ours has the lowest throughput. */
function slowest(timed: BenchReport['timed'], cases: readonly BenchCase[]): BenchCase[] {
  return [...cases]
    .filter((c) => timed[c.id]?.ours)
    .sort((a, b) => (timed[a.id]?.ours?.requestsPerSecond ?? 0) - (timed[b.id]?.ours?.requestsPerSecond ?? 0))
    .slice(0, 2);
}

/** Runs the whole benchmark and returns (and writes) its report. */
export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const started = Date.now();
  console.log('fixture …');
  const fixture = await loadFixture(o.databaseUrl);
  console.log(`  busiest leader ${fixture.person.name} (${fixture.person.meetings} meetings), country ${fixture.countryCode}, page-500 key ${JSON.stringify(fixture.page500After)}`);
  const report: BenchReport = { date: new Date().toISOString(), machine: await machine(o), options: o, fixture, cases: [], warnings: [], statements: [], timed: {} };
  console.log('starting servers …');
  const servers = await startAll(o);
  let allCases: BenchCase[] = [];
  try {
    const sample = await peerCursorSample(servers.peer);
    allCases = buildCases(fixture, sample);
    const cases = o.only.length ? allCases.filter((c) => o.only.includes(c.id)) : allCases;
    report.cases = cases.map((c) => ({ id: c.id, label: c.label }));
    console.log('verifying equivalence …');
    report.warnings = await verify(servers, allCases);
    console.log('counting our SQL statements per request (N = 20 vs 3N = 60 rows) …');
    report.statements = await countStatements(servers.ours, allCases, buildCases(fixture, sample, 60));
    console.log(`timing (${o.connections} connections, ${o.warmupSeconds} s warm-up + ${o.seconds} s per query and server) …`);
    report.timed = await timeAll(servers, cases, o);
    if (o.soakRequests > 0) {
      console.log(`soak: ${o.soakRequests} requests of the mix on ours …`);
      const fast = allCases.filter((c) => (report.timed[c.id]?.ours?.requestsPerSecond ?? SOAK_MIN_RPS) >= SOAK_MIN_RPS);
      report.soak = await soakOurs(servers.ours, fast.length ? fast : allCases, o);
      console.log(`  mix ${report.soak.mix.join(', ')}: ${report.soak.requests} requests in ${report.soak.seconds.toFixed(0)} s; RSS ${mb(report.soak.rssBeforeBytes)} → ${mb(report.soak.rssAfterBytes)}, heap after GC ${mb(report.soak.heapBeforeBytes)} → ${mb(report.soak.heapAfterBytes)} (${report.soak.load.requestsPerSecond.toFixed(0)} req/s, ${report.soak.load.errors} errors)`);
    }
  } finally {
    for (const kind of KINDS) await stopServer(servers[kind]);
  }
  const worst = slowest(report.timed, allCases);
  if (o.profileSeconds > 0 && worst[0]) {
    console.log(`profiling ours on ${worst[0].id} (${o.profileSeconds} s) …`);
    report.profile = await profileOurs(worst[0], o);
    console.log(report.profile.summary.split('\n').slice(0, 14).join('\n'));
  }
  // Page 1 and page 500 are always explained: whether a deep page costs what the first does is the database's
  // work per request (buffers touched), which does not move with the machine's load as req/s does.
  const deep = allCases.filter((c) => c.id === 'page1' || c.id === 'page500');
  const explained = [...new Set([...(o.profileSeconds > 0 ? worst : []), ...deep])];
  if (explained.length) {
    console.log(`EXPLAIN (ANALYZE, BUFFERS) for ${explained.map((c) => c.id).join(', ')} …`);
    const plans = await explainOurs(explained, o);
    report.explain = explained.map((c) => formatExplained(`${c.id}: ${c.label}`, plans.get(c.id) ?? [])).join('\n');
    const page1 = plans.get('page1');
    const page500 = plans.get('page500');
    if (page1 && page500) {
      report.deepPages = { page1: workOf(page1), page500: workOf(page500) };
      console.log(`  page 1: ${report.deepPages.page1.buffers} buffers, ${report.deepPages.page1.executionMs.toFixed(2)} ms; page 500: ${report.deepPages.page500.buffers} buffers, ${report.deepPages.page500.executionMs.toFixed(2)} ms`);
    }
  }
  await writeReport(report);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return report;
}

/** Writes the report as JSON and Markdown under `outDir`. */
async function writeReport(report: BenchReport): Promise<void> {
  const { formatReport } = await import('./report.ts');
  await mkdir(report.options.outDir, { recursive: true });
  await writeFile(path.join(report.options.outDir, 'latest.json'), JSON.stringify(report, null, 2));
  const markdown = formatReport(report);
  await writeFile(path.join(report.options.outDir, 'latest.md'), markdown);
  console.log(`\n${markdown.split('\n## Profile')[0]}`);
}
