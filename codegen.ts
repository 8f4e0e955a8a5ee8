/**
 * GraphQL Code Generator: resolver types from the domain SDL files, with the
 * models of src/graphql/models.ts as mappers and the server's Context.
 * Run: npx graphql-codegen --config codegen.ts
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const MODELS = '../models.ts';

/** GraphQL type → model type exported by src/graphql/models.ts (paths are relative to the output file). */
const mappers = Object.fromEntries(
  [
    'Article',
    'Person',
    'Country',
    'Meeting',
    'Agreement',
    'Role',
    'MeetingParticipant',
    'Source',
    'Node',
    'PageInfo',
    ...['Article', 'Person', 'Country', 'Meeting', 'Agreement'].flatMap((t) => [`${t}Connection`, `${t}Edge`]),
  ].map((type) => [type, `${MODELS}#${type}Model`]),
);

const config: CodegenConfig = {
  schema: 'src/**/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        importExtension: '.ts',
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          PartialDate: { input: '../../ingest/types.ts#PartialDate', output: 'string' },
          Date: { input: 'Date', output: 'Date' },
        },
        contextType: '../../server/context.ts#Context',
        mappers,
        useIndexSignature: false,
        optionalResolveType: false,
        resolversNonOptionalTypename: false,
      },
    },
  },
};

export default config;
