/**
 * Databases on demand, for people and for other projects' test suites:
 *   npm run db:create -- --name demo   a fresh migrated, seeded database (template clone); prints its URL
 *   npm run db:drop -- --name demo     drops it
 *   npm run db:reset                   drops and rebuilds the application database (migrate + seed)
 * The server is DATABASE_URL's, or the embedded one.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { createPrisma } from '../db/prisma.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { EMBEDDED_DATABASE, ensureDatabaseExists, openDatabaseServer, withDatabase } from '../db/server.ts';
import { createSeededDatabase, dropDatabase } from '../db/testing.ts';
import { seedDatabase } from '../ingest/seed.ts';
import { describeSummary } from './report.ts';
import { runCli } from './run.ts';

const [command = ''] = process.argv.slice(2, 3);
const { values } = parseArgs({ args: process.argv.slice(3), options: { name: { type: 'string' } } });
const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

runCli(async () => {
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const appDatabase = config.DATABASE_URL ? new URL(config.DATABASE_URL).pathname.slice(1) : EMBEDDED_DATABASE;
  try {
    switch (command) {
      case 'create':
        return await create(server.url, requireName(values.name), Boolean(server.embedded));
      case 'drop':
        await dropDatabase(server.url, requireName(values.name));
        console.log(`dropped ${values.name}`);
        return 0;
      case 'reset':
        return await reset(server.url, appDatabase);
      default:
        console.error(`usage: npm run db:create -- --name NAME | npm run db:drop -- --name NAME | npm run db:reset (got "${command}")`);
        return 2;
    }
  } finally {
    await server.embedded?.stop();
  }
});

function requireName(name: string | undefined): string {
  if (!name || !NAME.test(name)) {
    throw new Error(`--name must be a lower-case PostgreSQL identifier (letters, digits, _; at most 63); got ${JSON.stringify(name ?? null)}`);
  }
  return name;
}

async function create(serverUrl: string, name: string, embeddedStartedHere: boolean): Promise<number> {
  const started = Date.now();
  const db = await createSeededDatabase(serverUrl, name);
  console.log(`created ${name} in ${Date.now() - started} ms\n${db.url}`);
  if (embeddedStartedHere) {
    console.log('note: the embedded PostgreSQL stops when this command ends; keep `npm start` running (it shares it) or set DATABASE_URL.');
  }
  return 0;
}

async function reset(serverUrl: string, database: string): Promise<number> {
  await dropDatabase(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  await ensureDatabaseExists(url);
  await applyMigrations(url);
  const prisma = createPrisma(url, { poolSize: 2 });
  try {
    const t = Date.now();
    const summary = await seedDatabase(prisma);
    console.log(`reset ${database}\n${describeSummary(summary, Date.now() - t)}`);
    return summary.failed ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}
