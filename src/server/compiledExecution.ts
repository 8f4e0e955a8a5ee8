/**
 * Executes operations through graphql-jit: each operation is compiled once into
 * plain JavaScript (field selection, argument coercion and result completion
 * resolved ahead of time) and the compiled function serves every later request
 * with that document. graphql-js re-walks the selection set on every request,
 * which on our light list queries was the largest piece of per-request CPU
 * after Apollo's pipeline (docs/benchmarks.md, "Compiled execution").
 *
 * Apollo Server has no executor option; its gateway interface is the public
 * way to hand it a schema and an executor, so this module presents itself as
 * a static "gateway" that never updates the schema. Parsing, validation, our
 * limits, plugins and error formatting stay Apollo's.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations are kept per parsed document; Apollo's document store hands back the same object for the same text. */
type CompiledByOperation = Map<string | null, CompiledQuery | ExecutionResult>;

/** Most distinct operations kept per document (a document with many named operations is rare). */
const MAX_OPERATIONS_PER_DOCUMENT = 16;

/**
 * An executor that compiles each (document, operation name) once and runs
 * the compiled function. Documents are held weakly, so an operation evicted
 * from Apollo's document store is dropped here too.
 */
export function createCompiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, CompiledByOperation>();
  return async (requestContext) => {
    const { document, operationName } = requestContext;
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let query = byOperation.get(operationName);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined, { disableLeafSerialization: false });
      if (byOperation.size < MAX_OPERATIONS_PER_DOCUMENT) byOperation.set(operationName, query);
    }
    if (!isCompiledQuery(query)) return query;
    const variables = requestContext.request.variables ?? {};
    const result = await query.query(undefined, requestContext.context, variables);
    if (!result.errors?.length) return result;
    if (result.data === undefined) return variableErrorsOf(schema, requestContext.operation, variables) ?? withStandardErrors(result);
    return withStandardErrors(result);
  };
}

/**
 * graphql-js's own errors for variables that do not coerce. graphql-jit reports
 * them without the variable's AST node, and Apollo recognises a bad variable
 * (BAD_USER_INPUT, HTTP 400) by that node, so the rare failing request is
 * coerced again by graphql-js to get errors Apollo knows.
 */
function variableErrorsOf(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): ExecutionResult | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced.errors ? { errors: coerced.errors } : undefined;
}

/**
 * The result with graphql-jit's errors rebuilt as graphql-js `GraphQLError`s:
 * jit's leave `extensions` undefined when the thrown error has none, which
 * Apollo's error normalisation does not expect (it reads `extensions.code`).
 */
function withStandardErrors(result: ExecutionResult): ExecutionResult {
  const errors = result.errors?.map((error) => {
    const standard = new GraphQLError(error.message, {
      ...(error.path ? { path: error.path } : {}),
      ...(error.originalError ? { originalError: error.originalError } : {}),
      ...(error.extensions ? { extensions: error.extensions } : {}),
    });
    // jit knows the locations but not the AST nodes graphql-js would compute them from.
    if (error.locations) Object.defineProperty(standard, 'locations', { value: error.locations, enumerable: true });
    return standard;
  });
  return { ...result, ...(errors ? { errors } : {}) };
}

/** Apollo's `gateway` option for a fixed schema executed by `createCompiledExecutor`. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: createCompiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
