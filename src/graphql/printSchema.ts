/**
 * The schema as committed in schema.graphql. Types and fields keep the order
 * of the SDL files (base, then each domain), which is stable and reads like
 * the source.
 */
// 'graphql/index.js' is the build Node loads for 'graphql' (no exports map), and the
// one Apollo and graphql-tools use. Vite (vitest) would resolve a bare 'graphql' in
// our sources to the ESM build instead, and printSchema refuses a schema from the
// other copy ("Cannot use GraphQLSchema from another module or realm").
import { printSchema } from 'graphql/index.js';
import { createSchema } from './schema.ts';

/** The SDL of the executable schema, as schema.graphql holds it (trailing newline included). */
export function printedSchema(): string {
  return `${printSchema(createSchema())}\n`;
}
