import { loadConfig, type Config } from '../config/config.ts';
import type { EmbeddedServer } from './embedded.ts';

/** The PostgreSQL server this process talks to: the one in DATABASE_URL, else an embedded one. */
export interface DatabaseServer {
  /** URL of the application database. */
  url: string;
  /** The embedded cluster, when we started one. */
  embedded?: EmbeddedServer;
}

/** Database name used on the embedded server. */
export const EMBEDDED_DATABASE = 'diplomacy';

/**
 * Resolves the database to use, starting the embedded PostgreSQL when
 * DATABASE_URL is unset and creating its application database on first use.
 */
export async function openDatabaseServer(config: Config = loadConfig()): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    await ensureDatabaseExists(config.DATABASE_URL);
    return { url: config.DATABASE_URL };
  }
  // Loaded only when needed: the package installs process exit hooks.
  const { startEmbeddedPostgres, embeddedAdminUrl } = await import('./embedded.ts');
  const adminUrl = embeddedAdminUrl(config.EMBEDDED_PG_PORT);
  // Another command (say `npm start`) may already run the embedded server on this data: share it.
  if (await isReachable(adminUrl)) {
    const url = withDatabase(adminUrl, EMBEDDED_DATABASE);
    await ensureDatabaseExists(url);
    return { url };
  }
  const embedded = await startEmbeddedPostgres({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
  const url = withDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  await ensureDatabaseExists(url);
  return { url, embedded };
}

/**
 * Loads the modules `openDatabaseServer` needs (the embedded server's only
 * when DATABASE_URL is unset), so that it does not wait for them behind other
 * imports a caller starts at the same time.
 */
export async function preloadDatabaseModules(config: Config = loadConfig()): Promise<void> {
  await Promise.all([import('postgres'), config.DATABASE_URL ? undefined : import('./embedded.ts').then((m) => m.preloadEmbeddedPostgres())]);
}

/** True when a PostgreSQL server answers at `url` within a second. */
async function isReachable(url: string): Promise<boolean> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, { max: 1, connect_timeout: 1, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Runs `fn` with a server URL, stopping the embedded server afterwards if one was started. */
export async function withDatabaseServer<T>(fn: (url: string) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const server = await openDatabaseServer(config);
  try {
    return await fn(server.url);
  } finally {
    await server.embedded?.stop();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates the database named in `url` when it does not exist yet (concurrent callers are fine). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as found from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`).catch((e: { code?: string }) => {
      if (e.code !== '42P04') throw e; // created meanwhile by a concurrent caller
    });
  } finally {
    await admin.end();
  }
}
