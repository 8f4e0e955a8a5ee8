/** `npm run db:migrate`: applies pending migrations from prisma/migrations (like `prisma migrate deploy`). */
import { applyMigrations } from '../db/schemaEngine.ts';
import { withDatabaseServer } from '../db/server.ts';
import { runCli } from './run.ts';

runCli(() => withDatabaseServer(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date: no pending migration');
}));
