/**
 * Typed raw SQL for the load stage. The load runs its statements through
 * `$queryRaw`/`$executeRaw` rather than Prisma's model API: each model query
 * shape costs Prisma 10–70 ms to compile the first time a process sends it
 * (its WASM query compiler), and a seed or ingest run sends each shape only a
 * few times, so compiling was most of a load; a raw statement costs ~1–2 ms.
 */
import { Prisma } from '../generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

/** An `INSERT … VALUES` of `rows` into `table` (rows take sequence ids in order); undefined when there are no rows. */
export function insertRows(table: string, columns: readonly string[], rows: readonly Prisma.Sql[][]): Prisma.Sql | undefined {
  if (rows.length === 0) return undefined;
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(row)})`));
  return Prisma.sql`${head}${values}`;
}

/** `insertRows` skipping rows already there (Prisma's `createMany({ skipDuplicates: true })`). */
export function insertIgnoring(table: string, columns: readonly string[], rows: readonly Prisma.Sql[][]): Prisma.Sql | undefined {
  const insert = insertRows(table, columns, rows);
  return insert && Prisma.sql`${insert} ON CONFLICT DO NOTHING`;
}

/**
 * Runs independent INSERTs as one statement (data-modifying CTEs), saving a
 * round trip each. They must not read each other's rows: the parts of one
 * statement do not see each other's writes. Sends nothing when all are empty.
 */
export async function insertTogether(tx: Tx, inserts: readonly (Prisma.Sql | undefined)[]): Promise<void> {
  const parts = inserts.filter((s): s is Prisma.Sql => s !== undefined);
  const last = parts.pop();
  if (!last) return;
  if (parts.length === 0) {
    await tx.$executeRaw(last);
    return;
  }
  const ctes = Prisma.join(parts.map((part, i) => Prisma.sql`${Prisma.raw(`i${i}`)} AS (${part})`));
  await tx.$executeRaw`WITH ${ctes} ${last}`;
}

/** A value as a SQL parameter. */
export const param = (value: unknown): Prisma.Sql => Prisma.sql`${value}`;

/** A `YYYY-MM-DD` (or null) parameter typed as a date. */
export function dateParam(date: Date | null | undefined): Prisma.Sql {
  return Prisma.sql`${date ? date.toISOString().slice(0, 10) : null}::date`;
}

/** A parameter cast to one of the schema's enum (or array) types, e.g. `"MeetingKind"`, `text[]`. */
export function typed(value: unknown, type: string): Prisma.Sql {
  return Prisma.sql`${value}::${Prisma.raw(type)}`;
}

/** The current time as Prisma stores `@updatedAt`/`now()` (UTC, timestamp without time zone). */
export const NOW_UTC = Prisma.raw(`(now() AT TIME ZONE 'UTC')`);
