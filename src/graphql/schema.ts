/**
 * The executable schema: every domain's SDL file and resolvers, merged.
 * Add a domain by listing its `.graphql` file and its resolvers here.
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { agreementResolvers } from '../agreements/agreements.resolvers.ts';
import { articleResolvers } from '../articles/articles.resolvers.ts';
import { countryResolvers } from '../countries/countries.resolvers.ts';
import { meetingResolvers } from '../meetings/meetings.resolvers.ts';
import { peopleResolvers } from '../people/people.resolvers.ts';
import { ingestResolvers } from '../ingest/ingest.resolvers.ts';
import { projectPath } from '../config/paths.ts';
import { baseResolvers } from './base.resolvers.ts';

/** The SDL files, relative to src/. Codegen reads the same files (`src/**\/*.graphql`). */
const SDL_FILES = [
  'graphql/base.graphql',
  'articles/articles.graphql',
  'people/people.graphql',
  'countries/countries.graphql',
  'meetings/meetings.graphql',
  'agreements/agreements.graphql',
  'ingest/ingest.graphql',
];

/** The SDL of every domain, in a stable order. */
export function loadTypeDefs(): string[] {
  return SDL_FILES.map((file) => readFileSync(projectPath('src', file), 'utf8'));
}

/** Builds the executable schema; throws when SDL and resolvers disagree (a resolver for an unknown field). */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [baseResolvers, articleResolvers, peopleResolvers, countryResolvers, meetingResolvers, agreementResolvers, ingestResolvers],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
