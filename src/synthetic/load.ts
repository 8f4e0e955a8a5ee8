/**
 * Fills a database with a synthetic corpus through COPY, in one transaction.
 * The pieces: world.ts (countries and people), plan.ts (each story's facts),
 * article.ts (each story's text and provenance), tables.ts (rows per table).
 */
import postgres from 'postgres';
import { ensureCountries } from '../countries/load.ts';
import { createPrisma } from '../db/prisma.ts';
import { copyRows } from './copy.ts';
import { storyDay } from './plan.ts';
import { CONTENT_TABLES, SERIAL_TABLES, TABLES, type TableSpec } from './tables.ts';
import { buildCountries, buildWorld, type CountryRow, type World } from './world.ts';

/** What to generate. */
export interface SyntheticOptions {
  /** Number of articles; meetings match it, agreements come close, people are a tenth (at least 20). */
  articles: number;
  /** PRNG seed: the same seed gives byte-identical rows. Default 42. */
  seed?: number;
  /** Truncate the content tables (not Country) in the same transaction first. Default false. */
  reset?: boolean;
  /** People in the cast. Default: `articles / 10`, at least 20. */
  people?: number;
}

/** Progress of a load, phase by phase (a phase is a table, or a step like "vacuum analyze"). */
export type LoadEvent =
  | { type: 'start'; phase: string; steps: number }
  | { type: 'step'; phase: string; done: number; rows: number }
  | { type: 'end'; phase: string; rows: number; ms: number };

/** What a load did. */
export interface LoadSummary {
  seed: number;
  articles: number;
  /** Rows written per table, in load order. */
  rows: Record<string, number>;
  /** Duration of each phase in milliseconds, in order. */
  phases: { phase: string; ms: number }[];
  totalMs: number;
}

/** Thrown when the database already has content and `reset` was not asked for. */
export class SyntheticLoadRefused extends Error {
  override readonly name = 'SyntheticLoadRefused';
}

/** Default seed of `npm run seed:synthetic`. */
export const DEFAULT_SEED = 42;

/** How many story steps make one progress tick. */
const STORIES_PER_TICK = 500;

/**
 * Loads a synthetic corpus into the (migrated) database at `url`.
 * Refuses, with SyntheticLoadRefused, when content tables have rows and
 * `reset` is false: synthetic ids start at 1 and would clash with them.
 * Everything but the country list and the final VACUUM (ANALYZE) is one transaction.
 */
export async function loadSyntheticCorpus(url: string, options: SyntheticOptions, onProgress: (event: LoadEvent) => void = () => {}): Promise<LoadSummary> {
  const settings = validate(options);
  const started = performance.now();
  const summary: LoadSummary = { seed: settings.seed, articles: settings.articles, rows: {}, phases: [], totalMs: 0 };
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    if (!settings.reset) await refuseIfNotEmpty(sql, url);
    const world = await phase(summary, onProgress, 'countries and cast', async () => {
      const countries = await loadCountries(url, sql);
      return buildWorld(settings.seed, settings.articles, settings.people, countries, (i) => storyDay(settings.seed, i));
    });
    await sql.begin(async (tx) => {
      // Large sorts for the GIN indexes fill in memory rather than on disk.
      await tx.unsafe(`SET LOCAL maintenance_work_mem = '256MB'`);
      if (settings.reset) await tx.unsafe(`TRUNCATE ${CONTENT_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
      else await refuseIfNotEmpty(tx, url);
      for (const spec of TABLES) summary.rows[spec.table] = await copyTable(summary, tx, world, spec, onProgress);
      await phase(summary, onProgress, 'sequences', () => resetSequences(tx));
    });
    await phase(summary, onProgress, 'vacuum analyze', async () => {
      // VACUUM as well as ANALYZE: it sets the visibility map of the freshly copied pages, without
      // which an index-only scan (a person's meeting count) still reads every heap row it counts.
      await sql.unsafe(`VACUUM (ANALYZE) ${TABLES.map((t) => `"${t.table}"`).join(', ')}`);
    });
  } finally {
    await sql.end();
  }
  summary.totalMs = performance.now() - started;
  return summary;
}

interface Settings {
  articles: number;
  seed: number;
  reset: boolean;
  people: number;
}

function validate(options: SyntheticOptions): Settings {
  const { articles, seed = DEFAULT_SEED, reset = false } = options;
  if (!Number.isInteger(articles) || articles < 10) throw new RangeError(`articles must be an integer of at least 10, got ${articles}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const people = options.people ?? Math.max(20, Math.round(articles / 10));
  if (!Number.isInteger(people) || people < 2) throw new RangeError(`people must be an integer of at least 2, got ${people}`);
  return { articles, seed, reset, people };
}

type Queryable = postgres.Sql | postgres.TransactionSql;

/** Refuses to load over existing content, naming the tables that have rows. */
async function refuseIfNotEmpty(sql: Queryable, url: string): Promise<void> {
  const checks = CONTENT_TABLES.map((t) => `SELECT '${t}' AS "table", count(*)::int AS "rows" FROM (SELECT 1 FROM "${t}" LIMIT 1000) sample`).join(' UNION ALL ');
  const found = (await sql.unsafe<{ table: string; rows: number }[]>(checks)).filter((r) => r.rows > 0);
  if (!found.length) return;
  const where = new URL(url);
  where.password = '';
  const list = found.map((r) => `${r.table} (${r.rows >= 1000 ? '1000+' : r.rows} rows)`).join(', ');
  throw new SyntheticLoadRefused(
    `refusing to load a synthetic corpus into ${where.host}${where.pathname}: the content tables are not empty: ${list}. ` +
      'Synthetic ids would clash with that data. Use an empty database, or pass --reset (reset: true) to truncate ' +
      `${CONTENT_TABLES.join(', ')} and everything linked to them first.`,
  );
}

/** Inserts missing countries (through the project's own loader), then reads them back. */
async function loadCountries(url: string, sql: Queryable) {
  const prisma = createPrisma(url, { poolSize: 1 });
  try {
    await ensureCountries(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const rows = await sql<CountryRow[]>`SELECT code, name, demonyms FROM "Country" ORDER BY code`;
  return buildCountries(rows);
}

/** COPYs one table, reporting progress every few hundred stories; returns the rows written. */
async function copyTable(summary: LoadSummary, tx: postgres.TransactionSql, world: World, spec: TableSpec, onProgress: (event: LoadEvent) => void): Promise<number> {
  const started = performance.now();
  onProgress({ type: 'start', phase: spec.table, steps: spec.perStory ? Math.ceil(world.articleCount / STORIES_PER_TICK) : 1 });
  let done = 0;
  let rowsSoFar = 0;
  const rows = spec.rows(world, (index) => {
    if ((index + 1) % STORIES_PER_TICK === 0 || index + 1 === world.articleCount) onProgress({ type: 'step', phase: spec.table, done: ++done, rows: rowsSoFar });
  });
  const counted = (function* () {
    for (const row of rows) {
      rowsSoFar++;
      yield row;
    }
  })();
  const copied = await copyRows(tx, spec.table, spec.columns, counted);
  if (!spec.perStory) onProgress({ type: 'step', phase: spec.table, done: 1, rows: copied });
  const ms = performance.now() - started;
  summary.phases.push({ phase: spec.table, ms });
  onProgress({ type: 'end', phase: spec.table, rows: copied, ms });
  return copied;
}

/** Points each serial sequence past the ids we wrote, so the next ordinary insert succeeds. */
async function resetSequences(tx: postgres.TransactionSql): Promise<void> {
  for (const table of SERIAL_TABLES) {
    await tx.unsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 0) + 1, false) FROM "${table}"`);
  }
}

/** Runs a one-step phase (not a table), recording its duration and reporting it. */
async function phase<T>(summary: LoadSummary, onProgress: (event: LoadEvent) => void, name: string, run: () => Promise<T>): Promise<T> {
  onProgress({ type: 'start', phase: name, steps: 1 });
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  summary.phases.push({ phase: name, ms });
  onProgress({ type: 'step', phase: name, done: 1, rows: 0 });
  onProgress({ type: 'end', phase: name, rows: 0, ms });
  return result;
}
