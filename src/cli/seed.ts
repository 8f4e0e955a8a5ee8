/**
 * `npm run seed`: migrates the database, then loads seed/documents through the
 * ingestion pipeline. Idempotent; prints what it did.
 */
import { loadConfig } from '../config/config.ts';
import { createPrisma } from '../db/prisma.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { withDatabaseServer } from '../db/server.ts';
import { seedDatabase } from '../ingest/seed.ts';
import { describeReport, describeSummary } from './report.ts';
import { runCli } from './run.ts';

runCli(() =>
  withDatabaseServer(async (url) => {
  const prisma = createPrisma(url, { poolSize: 2 });
  try {
    // Prisma's first connection (its query compiler's start-up included, ~0.1-0.2 s) overlaps the migrations.
    const [applied] = await Promise.all([applyMigrations(url), prisma.$connect()]);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    const started = Date.now();
    const summary = await seedDatabase(prisma, (report) => console.log(describeReport(report)));
    console.log(describeSummary(summary, Date.now() - started));
    return summary.failed ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}, loadConfig()));
