/**
 * Prints the executable schema's SDL to schema.graphql, the committed record
 * of the API (so API changes show in review).
 *
 *   npx tsx scripts/print-schema.ts          # rewrite schema.graphql
 *   npx tsx scripts/print-schema.ts --check  # exit 1 when schema.graphql is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../src/graphql/printSchema.ts';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const current = printedSchema();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (committed !== current) {
    console.error('schema.graphql is out of date: run `npx tsx scripts/print-schema.ts` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is current.');
} else {
  writeFileSync(target, current);
  console.log(`wrote ${target}`);
}
