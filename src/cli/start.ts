/**
 * `npm start`: database (DATABASE_URL, else embedded PostgreSQL under
 * .data/postgres) → pending migrations → seed if empty → API on PORT.
 *
 * The slow steps of a first start run side by side: the embedded server's
 * initdb and start (a separate process), the schema engine's WASM compile and
 * the migrations, Prisma's first connection, and loading the server's and the
 * extractor's modules (about 2 s of the start-up on its own, see
 * docs/benchmarks.md "Timings"). Only the light modules below are loaded
 * before the database is asked for.
 */
import { exposureOf, loadConfig, remoteExtractorOf, type Config } from '../config/config.ts';
import { createLogger, type Logger } from '../config/logger.ts';
import { applyMigrations, prepareSchemaEngine } from '../db/schemaEngine.ts';
import { openDatabaseServer, preloadDatabaseModules, type DatabaseServer } from '../db/server.ts';

const started = Date.now();
const config = loadConfig();
const log = createLogger(config);

/** Opens (starting on first use) the database. */
async function openDatabase(config: Config, log: Logger): Promise<DatabaseServer> {
  const database = await openDatabaseServer(config);
  log.info({ database: database.embedded ? `embedded PostgreSQL in ${config.EMBEDDED_PG_DIR}` : 'DATABASE_URL' }, 'database ready');
  return database;
}

/** Applies pending migrations; the schema engine's WASM was compiled while the server started. */
async function migrate(database: DatabaseServer, engine: Promise<void>, log: Logger): Promise<DatabaseServer> {
  try {
    await engine;
    const applied = await applyMigrations(database.url);
    if (applied.length) log.info({ applied }, 'migrations applied');
    return database;
  } catch (error) {
    await database.embedded?.stop().catch(() => {});
    throw error;
  }
}

/** The modules only needed once the database is there: Prisma's client, the pipeline, the server. */
async function loadServerModules() {
  const [prisma, seed, app, report] = await Promise.all([
    import('../db/prisma.ts'),
    import('../ingest/seed.ts'),
    import('../server/app.ts'),
    import('./report.ts'),
  ]);
  return { createPrisma: prisma.createPrisma, seedDatabase: seed.seedDatabase, createApp: app.createApp, describeSummary: report.describeSummary };
}

/** Waits for both; when one fails, still waits for the other (so no embedded server is left running) and stops the database. */
async function bothReady<B>(database: Promise<DatabaseServer>, other: Promise<B>): Promise<[DatabaseServer, B]> {
  const [db, rest] = await Promise.allSettled([database, other]);
  if (db.status === 'rejected') throw db.reason;
  if (rest.status === 'rejected') {
    await db.value.embedded?.stop().catch(() => {});
    throw rest.reason;
  }
  return [db.value, rest.value];
}

// The database's own modules first: imported alongside the others, they would wait behind them.
await preloadDatabaseModules(config);
const engine = prepareSchemaEngine();
engine.catch(() => {}); // awaited in migrate(); a failure must not be reported as unhandled before that
const opened = openDatabase(config, log);
const modules = loadServerModules();
const migrated = opened.then((database) => migrate(database, engine, log));
// Prisma's first connection (its query compiler's start-up included) overlaps the migrations.
const connected = Promise.all([opened, modules]).then(async ([database, { createPrisma }]) => {
  const client = createPrisma(database.url, { poolSize: config.DB_POOL_SIZE, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS, prepareStatements: config.DB_PREPARED_STATEMENTS });
  await client.$connect();
  return client;
});
connected.catch(() => {}); // its failures are those of `opened` or `modules`, reported below, or the connection's, awaited below
const [database, { seedDatabase, createApp, describeSummary }] = await bothReady(migrated, modules);

const prisma = await connected.catch(async (error: unknown) => {
  await database.embedded?.stop().catch(() => {});
  throw error;
});
if (config.SEED_ON_START && (await prisma.article.count()) === 0) {
  const t = Date.now();
  const summary = await seedDatabase(prisma);
  log.info(describeSummary(summary, Date.now() - t));
}

const app = createApp({
  prisma,
  logger: log,
  apiToken: config.API_TOKEN,
  extractor: remoteExtractorOf(config),
  ...exposureOf(config),
  federation: config.FEDERATION ?? false,
  execution: config.GRAPHQL_EXECUTION,
  corsOrigins: config.CORS_ORIGINS,
  bodyLimitBytes: config.BODY_LIMIT_BYTES,
  limits: {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
  },
  maxBatchOperations: config.MAX_BATCH_OPERATIONS,
  requestTimeoutMillis: config.REQUEST_TIMEOUT_MS,
  stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS,
});
const url = await app.start(config.PORT, config.HOST);
const shown = url.replace('0.0.0.0', 'localhost');
console.log(`\n  GraphQL API   ${shown}\n  GraphQL IDE   ${shown} (open it in a browser)\n  Health        ${shown.replace(/\/graphql$/, '/healthz')}\n  ready in ${Date.now() - started} ms\n`);

let stopping = false;
/** Stop accepting, let in-flight requests finish (up to SHUTDOWN_GRACE_MS), close the pool, exit 0 (1 if any step failed). */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping: finishing in-flight requests');
  let code = 0;
  for (const [step, run] of [
    ['http server', () => app.stop()],
    ['database pool', () => prisma.$disconnect()],
    ['embedded PostgreSQL', async () => database.embedded?.stop()],
  ] as const) {
    try {
      const t = Date.now();
      await run();
      log.info({ step, ms: Date.now() - t }, 'shutdown step done');
    } catch (err) {
      code = 1;
      log.error({ err, step }, 'shutdown step failed');
    }
  }
  log.info({ signal, code }, 'stopped');
  // pino writes asynchronously: flush before exiting so the last lines are not lost.
  log.flush(() => process.exit(code));
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
