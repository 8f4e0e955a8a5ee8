/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements our server issues for one
 * request: the server (started with BENCH_CAPTURE=1) records each statement
 * with its parameters; they are fetched from `/__bench/sql` and explained here.
 */
import postgres from 'postgres';
import type { CapturedStatement } from './serve-ours.ts';

/** One explained statement. */
export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  /** The statement's duration as measured inside the server. */
  serverMs: number;
  /** "Execution Time" reported by EXPLAIN ANALYZE. */
  executionMs: number;
  planningMs: number;
  /** Shared buffers the statement's top plan node touched (hit + read): its work, whatever the machine's load. */
  buffers: number;
  plan: string;
}

/** Reads the statements the server captured since its last reset. */
export async function capturedStatements(origin: string): Promise<CapturedStatement[]> {
  const res = await fetch(`${origin}/__bench/sql`);
  return (await res.json()) as CapturedStatement[];
}

/** Clears the server's counters and captured statements. */
export async function resetStats(origin: string): Promise<void> {
  await fetch(`${origin}/__bench/reset`, { method: 'POST' });
}

/** A millisecond figure from an EXPLAIN line such as "Execution Time: 12.3 ms". */
function timing(plan: string, label: string): number {
  return Number(new RegExp(`${label}: ([\\d.]+) ms`).exec(plan)?.[1] ?? Number.NaN);
}

/** Shared buffers (hit + read) of the first "Buffers:" line of a plan, the top node's total. */
function sharedBuffers(plan: string): number {
  const line = /Buffers: shared([^\n]*)/.exec(plan)?.[1] ?? '';
  const count = (label: string) => Number(new RegExp(`${label}=(\\d+)`).exec(line)?.[1] ?? 0);
  return count('hit') + count('read');
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) for each statement on the database at `url`. */
export async function explainAll(url: string, statements: readonly CapturedStatement[]): Promise<ExplainedStatement[]> {
  const sql = postgres(url, { max: 1 });
  try {
    const out: ExplainedStatement[] = [];
    for (const s of statements) {
      const params = JSON.parse(s.params || '[]') as unknown[];
      const rows = await sql.unsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, params as never[]);
      const plan = rows.map((r) => Object.values(r)[0]).join('\n');
      out.push({ sql: s.query.trim(), params, serverMs: s.durationMs, executionMs: timing(plan, 'Execution Time'), planningMs: timing(plan, 'Planning Time'), buffers: sharedBuffers(plan), plan });
    }
    return out;
  } finally {
    await sql.end();
  }
}

/** Markdown of explained statements: a summary table, then each plan. */
export function formatExplained(title: string, explained: readonly ExplainedStatement[]): string {
  const total = explained.reduce((a, e) => a + e.executionMs, 0);
  const lines = [
    `### ${title}`,
    '',
    `${explained.length} statements, ${total.toFixed(1)} ms total execution time.`,
    '',
    '| # | execution ms | statement (start) |',
    '| ---: | ---: | --- |',
    ...explained.map((e, i) => `| ${i + 1} | ${e.executionMs.toFixed(2)} | \`${e.sql.replace(/\s+/g, ' ').slice(0, 110).replace(/\|/g, '\\|')}\` |`),
    '',
  ];
  explained.forEach((e, i) => {
    lines.push(`#### ${title} — statement ${i + 1}`, '', '```sql', e.sql, `-- params: ${JSON.stringify(e.params)}`, '```', '', '```', e.plan, '```', '');
  });
  return lines.join('\n');
}
