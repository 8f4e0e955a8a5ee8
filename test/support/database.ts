/**
 * One helper gives each test file its own database: a clone of the migrated,
 * seeded template built by globalSetup. Call it at the top of a test file.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { cloneDatabase, type DisposableDatabase } from '../../src/db/testing.ts';

export interface TestDatabase {
  url: string;
  name: string;
  prisma: PrismaClient;
}

/**
 * Registers hooks that create a fresh seeded database before the file's tests
 * and drop it after. Fields are filled in by the time tests run.

 */
export function useFreshDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  let db: DisposableDatabase | undefined;
  beforeAll(async () => {
    db = await cloneDatabase(inject('serverUrl'), inject('template'));
    handle.url = db.url;
    handle.name = db.name;
    handle.prisma = createPrisma(db.url, { poolSize: 4 });
  });
  afterAll(async () => {
    await handle.prisma?.$disconnect();
    await db?.drop();
  });
  return handle;
}

/** Empties every table but the country list, for tests that load their own articles. */
export async function truncateContent(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(
    'TRUNCATE "Article", "Person", "Meeting", "Agreement" RESTART IDENTITY CASCADE',
  );
}
