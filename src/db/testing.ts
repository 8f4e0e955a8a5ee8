/**
 * Fresh databases for tests: ours, and other projects' that test against this API.
 * A template database is migrated and seeded once; each test database is a
 * clone of it (PostgreSQL `CREATE DATABASE … TEMPLATE`), which takes a fraction of a second.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { createPrisma } from './prisma.ts';
import { applyMigrations, MIGRATIONS_DIR, PRISMA_DIR } from './schemaEngine.ts';
import { withDatabase } from './server.ts';
import { SEED_DOCUMENTS_DIR, seedDatabase } from '../ingest/seed.ts';

/** A database that exists until `drop()` is called. */
export interface DisposableDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function admin(serverUrl: string) {
  return postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates `template` on the server at `serverUrl`: migrated, and seeded with the
 * seed documents unless `seed` is false. Replaces any database of that name.
 */
export async function buildTemplate(serverUrl: string, template: string, options: { seed?: boolean } = {}): Promise<void> {
  const sql = admin(serverUrl);
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS ${quote(template)} WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE ${quote(template)}`);
  } finally {
    await sql.end();
  }
  const url = withDatabase(serverUrl, template);
  await applyMigrations(url);
  if (options.seed !== false) {
    const prisma = createPrisma(url, { poolSize: 2 });
    try {
      const summary = await seedDatabase(prisma);
      if (summary.failed) {
        const why = summary.reports.flatMap((r) => (r.ok ? [] : [r.error.message]));
        throw new Error(`seeding the template failed:\n${why.join('\n')}`);
      }
    } finally {
      await prisma.$disconnect();
    }
  }
}

/** Clones `template` into a new database, named `name` or `<prefix>_<random>`. */
export async function cloneDatabase(serverUrl: string, template: string, prefix = 'test', name = `${prefix}_${randomBytes(6).toString('hex')}`): Promise<DisposableDatabase> {
  const sql = admin(serverUrl);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`);
        break;
      } catch (e) {
        // 55006: another session is briefly connected to the template; try again.
        if ((e as { code?: string }).code !== '55006' || attempt >= 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await sql.end();
  }
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

/** Drops a database, closing anyone still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = admin(serverUrl);
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
  } finally {
    await sql.end();
  }
}

/**
 * Name of the seeded template for the current migrations, seed documents and
 * pipeline code: any change to them gives a new name, so a stale template is never used.
 */
export async function templateNameForThisVersion(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of [MIGRATIONS_DIR, SEED_DOCUMENTS_DIR, join(PRISMA_DIR, '../src/ingest')]) {
    for (const entry of (await readdir(dir, { recursive: true })).sort()) {
      hash.update(entry);
      hash.update(await readFile(join(dir, entry)).catch(() => Buffer.alloc(0)));
    }
  }
  return `diplomacy_template_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * A fresh, migrated, seeded database on the server at `serverUrl` (default:
 * DATABASE_URL), for another project's tests. The template is built on first
 * use and reused after that. Call `drop()` when done.
 *
 * ```ts
 * const db = await createSeededDatabase();
 * // … point your app at db.url …
 * await db.drop();
 * ```
 */
export async function createSeededDatabase(serverUrl = process.env.DATABASE_URL, name?: string): Promise<DisposableDatabase> {
  if (!serverUrl) throw new Error('createSeededDatabase: pass a PostgreSQL server URL or set DATABASE_URL');
  const template = await templateNameForThisVersion();
  const sql = admin(serverUrl);
  try {
    // One builder at a time; the others wait, then find the template ready.
    await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(72410002)`;
      const [found] = await tx`SELECT 1 FROM pg_database WHERE datname = ${template}`;
      if (!found) await buildTemplate(serverUrl, template);
    });
  } finally {
    await sql.end();
  }
  return cloneDatabase(serverUrl, template, 'seeded', name);
}
