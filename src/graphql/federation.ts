/**
 * Optional Apollo Federation 2 subgraph mode: the same SDL files and resolvers
 * as `createSchema()`, plus the federation `@link` header, `@key`s on the
 * entities and `__resolveReference` resolvers that load an entity by its key
 * through the request's loaders. A router composes this subgraph with others
 * (which may extend e.g. `Country @key(fields: "code")` with their own fields).
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
// Type only: the package root does not re-export its resolver map type.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { getResolversFromSchema } from '@graphql-tools/utils';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type SchemaExtensionNode,
} from 'graphql';
import type { Context } from '../server/context.ts';
import { badUserInput } from './errors.ts';
import type { AgreementModel, ArticleModel, CountryModel, MeetingModel, PersonModel } from './models.ts';
import { decodeGlobalId, type NodeType } from './node.ts';
import { createSchema, loadTypeDefs } from './schema.ts';

/** The federation spec version this subgraph links (needs @apollo/composition / Rover ≥ 2.7 to compose). */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.7';

/** The entities of this subgraph and their keys (`@key(fields: …)`, one directive per key). */
export const ENTITY_KEYS = {
  Person: ['id'],
  Country: ['id', 'code'],
  Meeting: ['id'],
  Agreement: ['id'],
  Article: ['id'],
} as const satisfies Record<NodeType, readonly string[]>;

/** Value types that other subgraphs may define too (`@shareable`). */
const SHAREABLE_TYPES: ReadonlySet<string> = new Set(['PageInfo']);

/** A type with `@key`s. */
type EntityType = keyof typeof ENTITY_KEYS;

/** An entity representation as a router sends it in `_entities(representations:)`. */
interface EntityReference {
  __typename: string;
  id?: unknown;
  code?: unknown;
}

/** The argument named in errors about a representation. */
const REPRESENTATIONS = 'representations';
/** The field named in errors about a representation. */
const ENTITIES_FIELD = 'Query._entities';

/** `extend schema @link(url: FEDERATION_SPEC_URL, import: ["@key", "@shareable"])`. */
function linkExtension(): SchemaExtensionNode {
  const [definition] = parse(`extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@shareable"])`).definitions;
  return definition as SchemaExtensionNode;
}

/** A directive without arguments, or with one string argument. */
function directive(name: string, argument?: { name: string; value: string }): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: argument
      ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value: { kind: Kind.STRING, value: argument.value } }]
      : [],
  };
}

/** The federation directives a type definition gets: its `@key`s, or `@shareable`. */
function federationDirectivesOf(typeName: string): ConstDirectiveNode[] {
  if (Object.hasOwn(ENTITY_KEYS, typeName)) {
    return ENTITY_KEYS[typeName as EntityType].map((fields) => directive('key', { name: 'fields', value: fields }));
  }
  return SHAREABLE_TYPES.has(typeName) ? [directive('shareable')] : [];
}

/** The definition with the federation directives of its type added (other definitions unchanged). */
function withFederationDirectives(definition: DefinitionNode): DefinitionNode {
  if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
  const added = federationDirectivesOf(definition.name.value);
  if (added.length === 0) return definition;
  const annotated: ObjectTypeDefinitionNode = { ...definition, directives: [...(definition.directives ?? []), ...added] };
  return annotated;
}

/** Every domain's SDL file (`loadTypeDefs()`), parsed, with `@key`s on the entities and `@shareable` on shared value types. */
function annotatedTypeDefs(): DocumentNode {
  const definitions = loadTypeDefs().flatMap((sdl) => parse(sdl).definitions);
  return { kind: Kind.DOCUMENT, definitions: definitions.map(withFederationDirectives) };
}

/** The subgraph SDL as one document: the federation `@link` header and the annotated domain SDL. */
export function loadSubgraphTypeDefs(): DocumentNode {
  return { kind: Kind.DOCUMENT, definitions: [linkExtension(), ...annotatedTypeDefs().definitions] };
}

/** The string value of a representation's key field. @throws BAD_USER_INPUT when it is not a string. */
function keyValue(reference: EntityReference, field: 'id' | 'code'): string {
  const value = reference[field];
  if (typeof value !== 'string') throw badUserInput(REPRESENTATIONS, `must give ${reference.__typename}.${field} as a string`, value, ENTITIES_FIELD);
  return value;
}

/** The entities whose global id wraps an integer database id. */
type IntKeyedEntity = Exclude<EntityType, 'Country'>;

/** The database id of a representation keyed by global `id`. */
function databaseId(reference: EntityReference, type: IntKeyedEntity): number {
  return decodeGlobalId(keyValue(reference, 'id'), type, REPRESENTATIONS, ENTITIES_FIELD);
}

/** The ISO code of a Country representation, keyed by `code` (any case) or by global `id`. */
function countryCode(reference: EntityReference): string {
  if (reference.code !== undefined) return keyValue(reference, 'code').toUpperCase();
  return decodeGlobalId(keyValue(reference, 'id'), 'Country', REPRESENTATIONS, ENTITIES_FIELD);
}

/**
 * The loaded row tagged with its type (a copy, so the loader's cached row is
 * left as it is); null when there is no row. The type argument names the model
 * the type's resolvers expect, so a loader returning another shape fails to compile.
 */
async function tagged<T extends object>(row: Promise<T | null>, type: EntityType): Promise<(T & { __typename: EntityType }) | null> {
  const value = await row;
  return value && { ...value, __typename: type };
}

/**
 * `__resolveReference` of each entity: the row its key names, via the request's
 * loaders; null when there is none. Async on purpose: a bad key then rejects
 * that one entity, where a synchronous throw would fail the whole `_entities` list.
 */
const referenceResolvers = {
  Person: { __resolveReference: async (ref: EntityReference, ctx: Context) => tagged<PersonModel>(ctx.loaders.people.byId.load(databaseId(ref, 'Person')), 'Person') },
  Country: { __resolveReference: async (ref: EntityReference, ctx: Context) => tagged<CountryModel>(ctx.loaders.countries.byCode.load(countryCode(ref)), 'Country') },
  Meeting: { __resolveReference: async (ref: EntityReference, ctx: Context) => tagged<MeetingModel>(ctx.loaders.meetings.byId.load(databaseId(ref, 'Meeting')), 'Meeting') },
  Agreement: { __resolveReference: async (ref: EntityReference, ctx: Context) => tagged<AgreementModel>(ctx.loaders.agreements.byId.load(databaseId(ref, 'Agreement')), 'Agreement') },
  Article: { __resolveReference: async (ref: EntityReference, ctx: Context) => tagged<ArticleModel>(ctx.loaders.articles.byId.load(databaseId(ref, 'Article')), 'Article') },
} satisfies Record<EntityType, { __resolveReference: (ref: EntityReference, ctx: Context) => Promise<object | null> }>;

/**
 * The resolvers of `createSchema()` (field resolvers, `__resolveType`s,
 * scalars), read back from the schema so the list of domains lives in
 * schema.ts only. graphql-tools and @apollo/subgraph type resolver maps
 * differently but share this runtime form, hence the one cast.
 */
function apiResolvers(): GraphQLResolverMap<Context> {
  return getResolversFromSchema(createSchema()) as GraphQLResolverMap<Context>;
}

/**
 * The API as an Apollo Federation 2 subgraph: the schema of `createSchema()`
 * plus `_service`, `_entities` and the `@key`s of ENTITY_KEYS. Serve it in
 * place of `createSchema()` (same context) to put the API behind a router.
 * Two modules: the API (annotated SDL and `apiResolvers()`) and federation
 * (the `@link` header and each entity's `__resolveReference`).
 */
export function createSubgraphSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: annotatedTypeDefs(), resolvers: apiResolvers() },
    { typeDefs: { kind: Kind.DOCUMENT, definitions: [linkExtension()] }, resolvers: referenceResolvers },
  ]);
}
