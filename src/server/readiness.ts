/**
 * Readiness: the database answers AND every migration in prisma/migrations is
 * applied. A load balancer sends traffic only to a ready instance; a process
 * whose schema is behind its code would fail requests in confusing ways.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { readMigrations } from '../db/schemaEngine.ts';

/** The answer of one readiness check. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** Runs a readiness check; never throws. */
export type ReadinessCheck = () => Promise<Readiness>;

/** Migration names in prisma/migrations, read once: the code shipped with this process does not change while it runs. */
export async function expectedMigrations(): Promise<string[]> {
  const list = await readMigrations();
  return list.migrationDirectories.map((d) => d.path);
}

/**
 * A readiness check against `prisma`, expecting the migrations that
 * `expected` resolves to (call `expectedMigrations()` once at start).
 */
export function createReadinessCheck(prisma: PrismaClient, expected: Promise<string[]>): ReadinessCheck {
  return async () => {
    let applied: Set<string>;
    try {
      const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      applied = new Set(rows.map((r) => r.migration_name));
    } catch (error) {
      return { ready: false, reason: describeFailure(error) };
    }
    const missing = (await expected).filter((name) => !applied.has(name));
    if (missing.length) return { ready: false, reason: `migrations not applied: ${missing.join(', ')}` };
    return { ready: true };
  };
}

/** Says whether the database is unreachable or merely unmigrated, without leaking the driver's message. */
function describeFailure(error: unknown): string {
  // 42P01 undefined_table (raw queries surface it in the message): the database answers but was never migrated.
  const text = error instanceof Error ? error.message : String(error);
  return /_prisma_migrations|42P01|does not exist/.test(text) ? 'migrations not applied: no _prisma_migrations table' : 'database unreachable';
}
