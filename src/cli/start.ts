/**
 * `npm start`: database (DATABASE_URL, else embedded PostgreSQL under
 * .data/postgres) → pending migrations → seed if empty → API on PORT.
 */
import { loadConfig } from '../config/config.ts';
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

const app = createApp({ prisma, logger: log, apiToken: config.API_TOKEN });
const url = await app.start(config.PORT, config.HOST);
const shown = url.replace('0.0.0.0', 'localhost');
console.log(`\n  GraphQL API   ${shown}\n  GraphQL IDE   ${shown} (open it in a browser)\n  Health        ${shown.replace(/\/graphql$/, '/healthz')}\n  ready in ${Date.now() - started} ms\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping: finishing in-flight requests');
  await app.stop();
  await prisma.$disconnect();
  await database.embedded?.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
