import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient } from '../generated/prisma/client.ts';

export interface PrismaOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** PostgreSQL statement_timeout in milliseconds (default: server default). */
  statementTimeoutMs?: number;
  /** How long to wait for a connection before failing (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Called once per SQL statement; used by tests that count queries. */
  onQuery?: (sql: string) => void;
}

/** A Prisma client on `url` through the pg driver adapter. */
export function createPrisma(url: string, options: PrismaOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A database that hangs (rather than refusing) must still fail fast.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    ...(options.statementTimeoutMs ? { options: `-c statement_timeout=${options.statementTimeoutMs}` } : {}),
  });
  const client = new PrismaClient({ adapter, log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [] });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query' as never, (e: { query: string }) => onQuery(e.query));
  }
  return client;
}
