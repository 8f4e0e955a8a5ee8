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
import { Kind, type FragmentDefinitionNode, type GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
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
 */
export function costLimitPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // Apollo refuses a document without a runnable operation itself
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = estimateCost({ schema, operation, fragments, variables: request.variables ?? {} });
          if (cost > maxCost) {
            throw queryTooComplex(
              `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages (first/last) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
