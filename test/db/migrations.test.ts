import { describe, expect, inject, it } from 'vitest';
import postgres from 'postgres';
import { diffMigrationsToSchema, readMigrations } from '../../src/db/schemaEngine.ts';
import { withDatabase } from '../../src/db/server.ts';

describe('prisma/migrations and schema.prisma', () => {
  it('are in sync: replaying every migration gives exactly the schema', async () => {
    const sql = await diffMigrationsToSchema(inject('serverUrl'));
    expect(sql).toMatch(/^-- This is an empty migration\.?$/);
  });

  it('record every applied migration in _prisma_migrations, as `prisma migrate deploy` expects', async () => {
    const db = postgres(withDatabase(inject('serverUrl'), inject('template')), { max: 1 });
    try {
      const rows = await db`SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
      const onDisk = (await readMigrations()).migrationDirectories.map((d) => d.path);
      expect(onDisk.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await db.end();
    }
  });
});
