/**
 * A/B of two variants of our server, side by side on the synthetic database:
 * both run at once, and short rounds alternate between them, so a load change
 * on the machine hits both alike. Per round it reads the server's own CPU time
 * (utime + stime from /proc/<pid>/stat) and divides by the requests served:
 * CPU per request is steadier than req/s on a shared machine.
 *
 * Variants differ by environment only, e.g. a feature switch:
 *   tsx bench/ab.ts --a GRAPHQL_EXECUTION=graphql-js --b GRAPHQL_EXECUTION=compiled --only page1,byYear --rounds 4 --seconds 4
 * A build of another commit: --a BENCH_OURS_BUNDLE=/path/to/dist/bench/serve-ours.mjs (see servers.ts).
 * Flags: --connections N (4), --rounds N (3), --seconds N per round (4), --only ids (all light ones).
 */
import { readFile } from 'node:fs/promises';
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
      const rps: Record<'A' | 'B', number[]> = { A: [], B: [] };
      for (let round = 0; round < rounds; round++) {
        // Alternate which variant goes first, so a trend in the load favours neither.
        for (const v of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
          const request = requestFor(servers[v], c);
          await measure(request, connections, 1, 0);
          const before = await cpuSecondsOf(servers[v].pid);
          const result = await measure(request, connections, seconds, 0);
          const cpu = (await cpuSecondsOf(servers[v].pid)) - before;
          perRequest[v].push((cpu * 1000) / result.requests);
          rps[v].push(result.requestsPerSecond);
        }
      }
      const a = median(perRequest.A);
      const b = median(perRequest.B);
      const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' ');
      console.log(`${c.id.padEnd(10)} CPU ms/request median A ${a.toFixed(3)}  B ${b.toFixed(3)}  (B ÷ A ${(b / a).toFixed(2)})   rounds A [${fmt(perRequest.A)}]  B [${fmt(perRequest.B)}]   req/s median A ${median(rps.A).toFixed(0)}  B ${median(rps.B).toFixed(0)}`);
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
