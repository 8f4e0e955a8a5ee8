/**
 * Limits on what one GraphQL request may ask for, so that an expensive or
 * hostile document is refused before it reaches the database:
 *
 * - tokens: graphql-js's own parser option `maxTokens` (the parser stops
 *   counting at the limit, so a huge document costs no more than the limit);
 * - depth, aliases, directives: graphql-armor's validation rules;
 * - cost: our own estimate after validation, with the request's variables
 *   (see cost.ts for why armor's cost rule does not fit).
 *
 * Every refusal is a QUERY_TOO_COMPLEX error with HTTP 400 (tokens: Apollo's
 * GRAPHQL_PARSE_FAILED, also 400).
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { queryTooComplex } from '../graphql/errors.ts';
import { estimateCost } from './cost.ts';

/** The limits, with the defaults `DEFAULT_LIMITS` gives. */
export interface QueryLimits {
  /** Deepest field nesting (fragments do not add a level). Default 12. */
  maxDepth: number;
  /** Most aliases per operation (`__typename` aliases are free). Default 30. */
  maxAliases: number;
  /** Most directives per operation. Default 50. */
  maxDirectives: number;
  /** Most lexical tokens per document. Default 5000. */
  maxTokens: number;
  /** Highest estimated cost (see cost.ts). Default 100 000. */
  maxCost: number;
}

/** Defaults of every limit; the same as src/config/config.ts. */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 50, maxTokens: 5000, maxCost: 100_000 };

/** Apollo's `parseOptions`: the token limit. */
export function parseOptionsOf(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * Validation rules for depth, aliases and directives. Armor reports a refusal
 * as a plain error prefixed "Syntax Error:"; we report our own
 * QUERY_TOO_COMPLEX error instead, so clients can tell "too big" from "wrong".
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reportTooComplex] };
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...common }),
    maxAliasesRule({ n: limits.maxAliases, ...common }),
    maxDirectivesRule({ n: limits.maxDirectives, ...common }),
  ] as unknown as ValidationRule[]; // armor's rules return visitor classes that graphql's ASTVisitor type does not name
}

function reportTooComplex(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, '')));
}

/**
 * Refuses operations whose estimated cost is over `maxCost`, once the
 * operation and its variables are known.
 *
 * The estimate is kept per operation: Apollo's document store hands back the
 * same parsed document for the same query text, and the cost depends only on
 * that document and on the values of the variables given to `first`/`last`
 * (see cost.ts). So the memo is keyed by the operation node, then by those
 * variables' values (absent, not a number, or the number): different page
 * sizes are estimated and checked again, the same ones are not re-walked.
 */
export function costLimitPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  const memos = new WeakMap<OperationDefinitionNode, CostMemo>();
  const listener = {
    async didResolveOperation({ document, operation, request, schema }: { document: DocumentNode; operation?: OperationDefinitionNode | undefined; request: { variables?: Record<string, unknown> | undefined }; schema: GraphQLSchema }) {
      if (!operation) return; // Apollo refuses a document without a runnable operation itself
      const variables = request.variables ?? {};
      let memo = memos.get(operation);
      if (!memo || memo.document !== document || memo.schema !== schema) {
        memo = { document, schema, variables: pageSizeVariablesOf(document), costs: new Map() };
        memos.set(operation, memo);
      }
      const key = costKeyOf(memo.variables, variables);
      let cost = memo.costs.get(key);
      if (cost === undefined) {
        cost = estimateCost({ schema, operation, fragments: fragmentsOf(document), variables });
        if (memo.costs.size < MAX_COSTS_PER_OPERATION) memo.costs.set(key, cost);
      }
      if (cost > maxCost) {
        throw queryTooComplex(`Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages (first/last) or fewer nested lists.`);
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/** Costs kept per operation and variable values; past this many value sets, further ones are estimated every time. */
export const MAX_COSTS_PER_OPERATION = 64;

/** What the cost memo keeps for one operation node. */
interface CostMemo {
  document: DocumentNode;
  schema: GraphQLSchema;
  /** Names of the variables passed to a `first` or `last` argument anywhere in the document (sorted). */
  variables: readonly string[];
  /** Estimated cost by `costKeyOf`. */
  costs: Map<string, number>;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The variables the estimate reads: those given directly to `first`/`last` (cost.ts reads no others). */
export function pageSizeVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/**
 * The memo key of a request's variables: per page-size variable, `-` when
 * absent (its default applies), `x` when given but not a finite number (no
 * default, no page size), else the number. These are exactly the cases
 * cost.ts tells apart.
 */
export function costKeyOf(names: readonly string[], variables: Readonly<Record<string, unknown>>): string {
  let key = '';
  for (const name of names) {
    const value = variables[name];
    key += !Object.hasOwn(variables, name) ? '-,' : typeof value === 'number' && Number.isFinite(value) ? `${value},` : 'x,';
  }
  return key;
}
