/**
 * Markdown of a benchmark report: machine, the results table (ours, floor,
 * PostGraphile and their ratios to ours), statement counts, RSS soak, the
 * targets and whether they were met, then the profile and EXPLAIN output.
 */
import type { BenchReport, TimedResult } from './harness.ts';

/** Our p99 latency target at 16 connections, in ms. */
export const P99_TARGET_MS = 50;
/** A deep page may touch this many times the buffers of page 1 and still cost the same (an index page more or less). */
export const DEEP_PAGE_BUFFER_SLACK = 1.5;
/** RSS drift over the soak still called flat. */
export const RSS_FLAT_TOLERANCE = 0.1;

const num = (n: number | undefined, digits = 0): string => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const mb = (bytes: number | undefined): string => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)}`);
const ratio = (a: number | undefined, b: number | undefined): string => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** The results table, one row per case. */
export function resultsTable(report: BenchReport): string {
  const statementsOf = (id: string) => report.statements.find((s) => s.caseId === id)?.rowsN;
  const lines = [
    '| query | ours req/s | ours p50 ms | ours p99 ms | ours SQL/req | ours RSS MB | floor req/s | floor p99 ms | peer req/s | peer p99 ms | peer RSS MB | floor ÷ ours req/s | peer ÷ ours req/s | peer ÷ ours p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of report.cases) {
    const row = report.timed[c.id] ?? {};
    const o: TimedResult | undefined = row.ours;
    const f = row.floor;
    const p = row.peer;
    lines.push(
      `| ${c.label} | ${num(o?.requestsPerSecond)} | ${num(o?.p50Ms)} | ${num(o?.p99Ms)} | ${num(statementsOf(c.id))} | ${mb(o?.rssBytes)} | ${num(f?.requestsPerSecond)} | ${num(f?.p99Ms)} | ${num(p?.requestsPerSecond)} | ${num(p?.p99Ms)} | ${mb(p?.rssBytes)} | ${ratio(f?.requestsPerSecond, o?.requestsPerSecond)} | ${ratio(p?.requestsPerSecond, o?.requestsPerSecond)} | ${ratio(p?.p99Ms, o?.p99Ms)} |`,
    );
  }
  return lines.join('\n');
}

/** Statements per request at N and 3N rows. */
export function statementsTable(report: BenchReport): string {
  return [
    '| query | ours SQL/request at N = 20 rows | at 3N = 60 rows |',
    '| --- | ---: | ---: |',
    ...report.statements.map((s) => `| ${s.caseId} | ${num(s.rowsN, 1)} | ${num(s.rows3N, 1)} |`),
  ].join('\n');
}

/** One target line: met or not, with the evidence. */
function target(name: string, met: boolean, evidence: string): string {
  return `| ${name} | ${met ? 'met' : '**not met**'} | ${evidence} |`;
}

/** The issue's targets, checked against the report. */
export function targetsTable(report: BenchReport): string {
  const rows = report.cases.map((c) => ({ id: c.id, ...report.timed[c.id] }));
  const slower = rows.filter((r) => r.ours && r.peer && r.ours.requestsPerSecond < r.peer.requestsPerSecond).map((r) => r.id);
  const overP99 = rows.filter((r) => r.ours && r.ours.p99Ms >= P99_TARGET_MS).map((r) => `${r.id} ${r.ours?.p99Ms} ms`);
  const growing = report.statements.filter((s) => s.rows3N !== s.rowsN).map((s) => `${s.caseId} ${s.rowsN}→${s.rows3N}`);
  const p1 = report.timed['page1']?.ours;
  const p500 = report.timed['page500']?.ours;
  const s1 = report.statements.find((s) => s.caseId === 'page1')?.rowsN;
  const s500 = report.statements.find((s) => s.caseId === 'page500')?.rowsN;
  const deepRatio = p1 && p500 ? p500.requestsPerSecond / p1.requestsPerSecond : Number.NaN;
  const deep = report.deepPages;
  // The same statements touching about as many buffers: the database's work, which the load does not move.
  const deepSame = deep ? deep.page500.statements === deep.page1.statements && deep.page500.buffers <= DEEP_PAGE_BUFFER_SLACK * deep.page1.buffers : s1 === s500 && deepRatio > 0.9;
  const deepEvidence = deep
    ? `page 500: ${deep.page500.statements} statement(s), ${deep.page500.buffers} buffers, ${num(deep.page500.executionMs, 2)} ms in EXPLAIN ANALYZE; page 1: ${deep.page1.statements}, ${deep.page1.buffers} buffers, ${num(deep.page1.executionMs, 2)} ms (req/s ${num(p500?.requestsPerSecond)} vs ${num(p1?.requestsPerSecond)}, timed apart)`
    : `page 500: ${num(p500?.requestsPerSecond)} req/s vs page 1: ${num(p1?.requestsPerSecond)} req/s (${num(deepRatio * 100)}%), ${s500} vs ${s1} statements`;
  const soak = report.soak;
  const drift = soak ? (soak.rssAfterBytes - soak.rssBeforeBytes) / soak.rssBeforeBytes : Number.NaN;
  return [
    '| target | result | evidence |',
    '| --- | --- | --- |',
    target('throughput ≥ PostGraphile on every query', slower.length === 0, slower.length ? `slower on ${slower.join(', ')}` : 'faster or equal on all'),
    target(`p99 < ${P99_TARGET_MS} ms at 16 connections`, overP99.length === 0, overP99.length ? `over on ${overP99.join(', ')}` : 'all under'),
    target('SQL statements per request constant in rows', growing.length === 0, growing.length ? `grows: ${growing.join(', ')}` : 'same at N and 3N rows for every query'),
    target('deep pages cost the same as the first', deepSame, deepEvidence),
    target(
      'RSS flat over 100k requests',
      !!soak && soak.requests >= 100_000 && Math.abs(drift) <= RSS_FLAT_TOLERANCE,
      soak ? `${soak.requests} requests: RSS ${mb(soak.rssBeforeBytes)} → ${mb(soak.rssAfterBytes)} MB (${num(drift * 100, 1)}%), heap after GC ${mb(soak.heapBeforeBytes)} → ${mb(soak.heapAfterBytes)} MB` : 'not run',
    ),
  ].join('\n');
}

/** The whole report as Markdown. */
export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const o = report.options;
  return [
    `# Benchmark run ${report.date}`,
    '',
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB; ours and floor on Node ${m.node}, PostGraphile on Node 24, autocannon on Node ${m.loadNode}; ${m.postgres.split(' on ')[0]}.`,
    `Load: autocannon, ${o.connections} connections, ${o.warmupSeconds} s warm-up + ${o.seconds} s per query and server; DB pool ${o.poolSize} per server; all on one machine.`,
    `Fixture: busiest leader ${report.fixture.person.name} (${report.fixture.person.meetings} meetings), country ${report.fixture.countryCode}.`,
    '',
    '## Results',
    '',
    resultsTable(report),
    '',
    report.warnings.length ? `Equivalence warnings:\n\n${report.warnings.map((w) => `- ${w}`).join('\n')}` : 'All three servers returned equivalent data for every query.',
    '',
    '## SQL statements per request (ours)',
    '',
    statementsTable(report),
    '',
    '## Targets',
    '',
    targetsTable(report),
    '',
    report.soak ? `Soak (mix: ${report.soak.mix.join(', ')}): ${report.soak.requests} requests in ${num(report.soak.seconds)} s at ${num(report.soak.load.requestsPerSecond)} req/s, p99 ${report.soak.load.p99Ms} ms, ${report.soak.load.errors} errors, ${report.soak.load.non2xx} non-2xx.` : '',
    '',
    report.profile ? `## Profile (ours, ${report.profile.caseId})\n\n${report.profile.summary}\n` : '',
    report.explain ? `## EXPLAIN (ANALYZE, BUFFERS)\n\n${report.explain}` : '',
  ].join('\n');
}
