/**
 * Once per test run: a PostgreSQL server (DATABASE_URL's, or an embedded one)
 * and a freshly built, migrated and seeded template database that every test
 * file clones (see test/support/database.ts).
 */
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded.ts';
import { buildTemplate, dropDatabase } from '../../src/db/testing.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    template: string;
    embeddedDir: string | null;
  }
}

const TEMPLATE = `diplomacy_test_template_${process.pid}`;
export const EMBEDDED_TEST_DIR = '.data/test-postgres';

let embedded: EmbeddedServer | undefined;
let serverUrl = '';

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
    embedded = await startEmbeddedPostgres({ dir: EMBEDDED_TEST_DIR, port });
    serverUrl = embedded.adminUrl;
  }
  await buildTemplate(serverUrl, TEMPLATE);
  project.provide('serverUrl', serverUrl);
  project.provide('template', TEMPLATE);
  project.provide('embeddedDir', embedded ? EMBEDDED_TEST_DIR : null);
  const where = embedded ? 'embedded PostgreSQL' : 'DATABASE_URL';
  console.log(`[test setup] ${where}: template ${TEMPLATE} migrated and seeded in ${Date.now() - started} ms`);
}

export async function teardown(): Promise<void> {
  await dropDatabase(serverUrl, TEMPLATE).catch(() => {});
  await embedded?.stop();
}
