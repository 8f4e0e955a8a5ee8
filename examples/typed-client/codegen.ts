/**
 * GraphQL Code Generator config of the example frontend (client preset).
 *
 * Reads the API's printed schema (`schema.graphql` at the repo root) and the
 * operations written with `graphql()` in `src/**\/*.ts`, and writes typed
 * documents to `src/gql/`. Paths resolve from this file, so it runs the same
 * from the repo root (`npm run example:codegen`) or from this folder
 * (`npx graphql-codegen --config codegen.ts`).
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** An absolute path from a path relative to this folder. */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Where the generated code goes (a folder, with a trailing slash, as the client preset wants). */
export const OUTPUT_DIR = `${here('./src/gql')}/`;

/**
 * The config, with its output folder as a parameter so a test can regenerate
 * into a temporary folder and compare with the committed files.
 */
export function createClientCodegenConfig(outputDir: string = OUTPUT_DIR): CodegenConfig {
  return {
    schema: here('../../schema.graphql'),
    documents: [here('./src/**/*.ts'), `!${here('./src/gql/**')}`],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          importExtension: '.ts',
          enumsAsTypes: true,
          strictScalars: true,
          // Both custom scalars travel as JSON strings ("2019-04", "2019-04-01").
          scalars: { PartialDate: 'string', Date: 'string' },
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        },
      },
    },
  };
}

export default createClientCodegenConfig();
