import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient } from '../generated/prisma/client.ts';

/** One SQL statement as it was sent, for tests and the benchmark that count or capture them. */
export interface StatementEvent {
  query: string;
  /** The parameters as a JSON array. */
  params: string;
  durationMs: number;
}

export interface PrismaOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** PostgreSQL statement_timeout in milliseconds (default: server default). */
  statementTimeoutMs?: number;
  /**
   * Send the API's direct reads as named (prepared) statements (default true):
   * PostgreSQL parses each statement text once per connection. Turn off behind
   * a pooler that cannot keep them, such as PgBouncer in transaction mode before 1.21.
   */
  prepareStatements?: boolean;
  /** How long to wait for a connection before failing (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Called once per SQL statement (Prisma's and the pool's, see `poolOf`); used by tests that count queries. */
  onQuery?: (sql: string) => void;
  /** Called once per SQL statement with its parameters and duration (the benchmark's EXPLAIN capture). */
  onStatement?: (statement: StatementEvent) => void;
}

/** The pg pool under a Prisma client, and the hooks every statement on it must report to. */
export interface AttachedPool {
  pool: pg.Pool;
  /** Reports a statement run on `pool` directly (not through Prisma) to `onQuery` and `onStatement`. */
  report(query: string, params: readonly unknown[], durationMs: number): void;
  /** Whether direct reads go as named (prepared) statements (`PrismaOptions.prepareStatements`). */
  prepare: boolean;
}

const pools = new WeakMap<PrismaClient, AttachedPool>();

/**
 * The pg pool a client from `createPrisma` runs on, so that hot read paths can
 * send SQL straight to it (Prisma's `$queryRaw` costs about twice the CPU per
 * statement); undefined for a client built elsewhere. One pool for both keeps
 * the connection count at `poolSize`.
 */
export function poolOf(prisma: PrismaClient): AttachedPool | undefined {
  return pools.get(prisma);
}

/** A Prisma client on `url` through the pg driver adapter, on a pool that `poolOf` hands out. */
export function createPrisma(url: string, options: PrismaOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A database that hangs (rather than refusing) must still fail fast.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    ...(options.statementTimeoutMs ? { options: `-c statement_timeout=${options.statementTimeoutMs}` } : {}),
  });
  // An idle connection the server drops (a restart, an admin command) must not crash the process: the
  // pool discards it and the next query reconnects. The adapter adds such a listener only once Prisma
  // itself connects, which the direct reads may never make it do.
  pool.on('error', () => {});
  // disposeExternalPool: $disconnect() still closes the pool, as when the adapter owned it.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const { onQuery, onStatement } = options;
  const client = new PrismaClient({ adapter, log: onQuery || onStatement ? [{ emit: 'event', level: 'query' }] : [] });
  if (onQuery || onStatement) {
    client.$on('query' as never, (e: { query: string; params: string; duration: number }) => {
      onQuery?.(e.query);
      onStatement?.({ query: e.query, params: e.params, durationMs: e.duration });
    });
  }
  pools.set(client, {
    pool,
    prepare: options.prepareStatements ?? true,
    report: (query, params, durationMs) => {
      onQuery?.(query);
      // Serialised only when someone captures them: this runs for every statement of every request.
      onStatement?.({ query, params: JSON.stringify(params), durationMs });
    },
  });
  return client;
}
