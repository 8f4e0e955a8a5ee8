/**
 * Reading rows with raw SQL straight from the pg pool under the Prisma client
 * (see `poolOf` in src/db/prisma.ts), for the API's read paths. Why: on the
 * benchmark's requests Prisma's `$queryRaw` cost about 1.0 ms of CPU per
 * statement against 0.4–0.6 ms for the same statement through `pg`, and the
 * API is CPU-bound (docs/benchmarks.md). Statements are still built as
 * `Prisma.sql` templates (values always go in as parameters), still counted
 * by `onQuery`, and rows come back typed exactly as `$queryRaw` returns them.
 * Writes and transactions stay on Prisma.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import { poolOf, type PrismaClient } from '../db/prisma.ts';

/** PostgreSQL type oids whose pg parsing differs from Prisma's. */
const OID = { int8: 20, date: 1082, timestamp: 1114 } as const;

/** A `date` as Prisma returns it: midnight UTC, whatever the process time zone (±infinity: an invalid Date, as Prisma gives). */
function parseDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/** A `timestamp` without time zone as Prisma reads it: a UTC time. */
function parseTimestamp(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}Z`);
}

/** pg's default parser of `oid`, typed for `getTypeParser`. */
function defaultParser(oid: number): (text: string) => unknown {
  return pg.types.getTypeParser(oid, 'text') as (text: string) => unknown;
}

/**
 * Text parsers matching `$queryRaw`: dates and timestamps in UTC (pg would
 * read them in the local zone), bigints as BigInt (pg gives strings); every
 * other type as pg parses it (numbers, booleans, text arrays, JSON).
 */
const PRISMA_TYPES = {
  getTypeParser(oid: number): (text: string) => unknown {
    switch (oid) {
      case OID.date:
        return parseDate;
      case OID.timestamp:
        return parseTimestamp;
      case OID.int8:
        return BigInt;
      default:
        return defaultParser(oid);
    }
  },
};

/**
 * Most distinct statement texts given a name. The API builds its SQL from a
 * fixed set of shapes (values are always parameters), so a few hundred cover
 * every read; past the cap, texts run unnamed, so memory stays bounded on both
 * sides even if some shape did vary with its input.
 */
const MAX_NAMED_STATEMENTS = 500;

const statementNames = new Map<string, string>();

/**
 * The prepared-statement name of a statement text, or undefined once the cap
 * is reached. Why name them: PostgreSQL then parses each text once per
 * connection (and may keep its plan) instead of on every request, which is
 * what PostGraphile does; on the search query that parse and plan was a
 * measurable share of the database's CPU (docs/benchmarks.md).
 */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `api_read_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * The rows of one read statement. On a client from `createPrisma` it runs on
 * its pg pool directly (and is reported to its statement hooks); on any other
 * client it falls back to `$queryRaw`, with the same result.
 */
export async function readRows<T>(prisma: PrismaClient, sql: Prisma.Sql): Promise<T[]> {
  const attached = poolOf(prisma);
  if (!attached) return prisma.$queryRaw<T[]>(sql);
  const { text, values } = sql;
  const started = performance.now();
  const result = await attached.pool.query({ name: attached.prepare ? statementName(text) : undefined, text, values, types: PRISMA_TYPES });
  attached.report(text, values, performance.now() - started);
  return result.rows as T[];
}
