/**
 * `npm start`: database (DATABASE_URL, else embedded PostgreSQL under
 * .data/postgres) → pending migrations → seed if empty → API on PORT.
 */
import { exposureOf, loadConfig } from '../config/config.ts';
import { createLogger } from '../config/logger.ts';
import { createPrisma } from '../db/prisma.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { openDatabaseServer } from '../db/server.ts';
import { seedDatabase } from '../ingest/seed.ts';
import { createApp } from '../server/app.ts';
import { describeSummary } from './report.ts';

const started = Date.now();
const config = loadConfig();
const log = createLogger(config);

const database = await openDatabaseServer(config);
log.info({ database: database.embedded ? `embedded PostgreSQL in ${config.EMBEDDED_PG_DIR}` : 'DATABASE_URL' }, 'database ready');

const applied = await applyMigrations(database.url);
if (applied.length) log.info({ applied }, 'migrations applied');

const prisma = createPrisma(database.url, { poolSize: config.DB_POOL_SIZE, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
if (config.SEED_ON_START && (await prisma.article.count()) === 0) {
  const t = Date.now();
  const summary = await seedDatabase(prisma);
  log.info(describeSummary(summary, Date.now() - t));
}

const app = createApp({
  prisma,
  logger: log,
  apiToken: config.API_TOKEN,
  ...exposureOf(config),
  federation: config.FEDERATION ?? false,
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
