/**
 * `npm run bench`: our API vs the floor (one hand-written SQL statement per
 * query) vs PostGraphile 5, on the synthetic corpus. See docs/benchmarks.md.
 *
 * Flags: --seconds N (default 10, plus --warmup 2), --connections N (16),
 * --soak N requests for the RSS drift check (100000, capped at --soak-seconds 480), --profile-seconds N (15),
 * --only id,id (time only these cases), --quick (smoke run: 2 s, 1 s warm-up,
 * 3000-request soak, 3 s profile). DATABASE_URL defaults to the local synthetic database.
 */
import { parseArgs } from 'node:util';
import { runBench, type BenchOptions } from '../../bench/harness.ts';

const SYNTHETIC_URL = 'postgresql://postgres@127.0.0.1:5432/diplomacy_synthetic';

/** Options from the command line. */
function optionsFromArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      soak: { type: 'string' },
      'soak-seconds': { type: 'string' },
      'profile-seconds': { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const number = (value: string | undefined, normal: number, smoke: number) => (value !== undefined ? Number(value) : quick ? smoke : normal);
  return {
    databaseUrl: process.env.BENCH_DATABASE_URL ?? SYNTHETIC_URL,
    seconds: number(values.seconds, 10, 2),
    warmupSeconds: number(values.warmup, 2, 1),
    connections: number(values.connections, 16, 16),
    poolSize: 10,
    soakRequests: number(values.soak, 100_000, 3000),
    soakMaxSeconds: number(values['soak-seconds'], 480, 60),
    profileSeconds: number(values['profile-seconds'], 15, 3),
    only: values.only ? values.only.split(',') : [],
    outDir: values.out ?? 'bench/results',
  };
}

await runBench(optionsFromArgs(process.argv.slice(2)));
