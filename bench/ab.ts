/**
 * A/B of two variants of our server, side by side on the synthetic database:
 * both run at once, and short rounds alternate between them, so a load change
 * on the machine hits both alike. Per round it reads the server's own CPU time
 * (utime + stime from /proc/<pid>/stat) and divides by the requests served:
 * CPU per request is steadier than req/s on a shared machine. It reads the
 * CPU of the local PostgreSQL's processes over each round the same way.
 *
 * Variants differ by environment only, e.g. a feature switch:
 *   tsx bench/ab.ts --a GRAPHQL_EXECUTION=graphql-js --b GRAPHQL_EXECUTION=compiled --only page1,byYear --rounds 4 --seconds 4
 * A build of another commit: --a BENCH_OURS_BUNDLE=/path/to/dist/bench/serve-ours.mjs (see servers.ts).
 * Flags: --connections N (4), --rounds N (3), --seconds N per round (4), --only ids (all light ones).
 */
import { readdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadFixture } from './fixture.ts';
import { measure } from './load.ts';
import { buildCases } from './queries.ts';
import { requestFor, startServer, stopServer, type RunningServer } from './servers.ts';

const SYNTHETIC_URL = 'postgresql://postgres@127.0.0.1:5432/diplomacy_synthetic';
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the process has used so far. */
async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by each PostgreSQL backend serving `database` on
 * this machine (their process titles read "postgres: <user> <database> …"),
 * by process id. The rounds run one variant at a time, so the CPU the
 * backends gain over a round is that variant's database CPU: what a change on
 * the SQL side (a cheaper plan, statements parsed once) saves, which the
 * server's own CPU does not show.
 */
async function postgresCpuByBackend(database: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const title = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (!title.startsWith('postgres: ') || !title.split(' ').includes(database)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(entry, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND);
  }
  return out;
}

/** CPU the backends gained between two readings. A pool may close idle connections meanwhile (those were the idle variant's), and open new ones (counted from zero). */
function cpuGained(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** `KEY=value,KEY2=value` → an env object. */
function envOf(spec: string): Record<string, string> {
  return Object.fromEntries(
    spec
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        if (at < 1) throw new Error(`--a/--b take KEY=value pairs; got "${pair}"`);
        return [pair.slice(0, at), pair.slice(at + 1)];
      }),
  );
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      a: { type: 'string', default: '' },
      b: { type: 'string', default: '' },
      only: { type: 'string', default: 'byYear,search,page1' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '4' },
      connections: { type: 'string', default: '4' },
    },
  });
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? SYNTHETIC_URL;
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const database = new URL(databaseUrl).pathname.slice(1);
  const fixture = await loadFixture(databaseUrl);
  // Only our side is used; the peer cursor sample just has to parse.
  const cases = buildCases(fixture, Buffer.from('["ab"]').toString('base64')).filter((c) => values.only.split(',').includes(c.id));
  const variants = { A: envOf(values.a), B: envOf(values.b) };
  console.log(`A: ${values.a || '(default)'}   B: ${values.b || '(default)'}   ${rounds} rounds × ${seconds} s at ${connections} connections`);
  const servers: Record<'A' | 'B', RunningServer> = {
    A: await startServer({ kind: 'ours', port: 5701, databaseUrl, poolSize: 10, env: variants.A }),
    B: await startServer({ kind: 'ours', port: 5702, databaseUrl, poolSize: 10, env: variants.B }),
  };
  try {
    for (const c of cases) {
      const perRequest: Record<'A' | 'B', number[]> = { A: [], B: [] };
      const dbPerRequest: Record<'A' | 'B', number[]> = { A: [], B: [] };
      const rps: Record<'A' | 'B', number[]> = { A: [], B: [] };
      for (let round = 0; round < rounds; round++) {
        // Alternate which variant goes first, so a trend in the load favours neither.
        for (const v of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
          const request = requestFor(servers[v], c);
          await measure(request, connections, 1, 0);
          const before = await cpuSecondsOf(servers[v].pid);
          const dbBefore = await postgresCpuByBackend(database);
          const result = await measure(request, connections, seconds, 0);
          const cpu = (await cpuSecondsOf(servers[v].pid)) - before;
          const dbCpu = cpuGained(dbBefore, await postgresCpuByBackend(database));
          perRequest[v].push((cpu * 1000) / result.requests);
          dbPerRequest[v].push((dbCpu * 1000) / result.requests);
          rps[v].push(result.requestsPerSecond);
        }
      }
      const a = median(perRequest.A);
      const b = median(perRequest.B);
      const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' ');
      const dbA = median(dbPerRequest.A);
      const dbB = median(dbPerRequest.B);
      console.log(`${c.id.padEnd(10)} CPU ms/request median A ${a.toFixed(3)}  B ${b.toFixed(3)}  (B ÷ A ${(b / a).toFixed(2)})   rounds A [${fmt(perRequest.A)}]  B [${fmt(perRequest.B)}]   req/s median A ${median(rps.A).toFixed(0)}  B ${median(rps.B).toFixed(0)}`);
      console.log(`${''.padEnd(10)} PostgreSQL CPU ms/request median A ${dbA.toFixed(3)}  B ${dbB.toFixed(3)}  (B ÷ A ${(dbB / dbA).toFixed(2)})   rounds A [${fmt(dbPerRequest.A)}]  B [${fmt(dbPerRequest.B)}]`);
    }
  } finally {
    await stopServer(servers.A);
    await stopServer(servers.B);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
