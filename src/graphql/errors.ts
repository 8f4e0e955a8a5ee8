/**
 * The API's error vocabulary: every error a client can see carries one of
 * these codes in `extensions.code`. Anything else is masked (see `formatError`).
 */
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/** Codes a client can branch on. String values, so they read the same in JSON. */
export enum ErrorCode {
  /** An argument or input field is malformed or out of range. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A record named by the request does not exist (where null would be ambiguous). */
  NOT_FOUND = 'NOT_FOUND',
  /** The operation needs a bearer token and none (or a wrong one) was sent. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller is known but may not do this (e.g. mutations are disabled). */
  FORBIDDEN = 'FORBIDDEN',
  /** A bug or an outage; the message is masked and the details logged under `errorId`. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The query text does not parse (Apollo's code, listed so clients see one vocabulary). */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The query does not validate against the schema (Apollo's code). */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request itself is malformed (Apollo's code, e.g. CSRF prevention). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Apollo could not choose the operation to run (e.g. unknown operationName). */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** The operation is over a limit (depth, aliases, directives or cost; see docs/configuration.md). HTTP 400. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The database cannot be reached right now; retry later. HTTP 503. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The request (or one of its database statements) ran past its time limit. HTTP 503. */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
}

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    /** One of `ErrorCode`. */
    code?: string;
    /** The argument or input field at fault, as a path such as `filter.from`. */
    argument?: string;
    /** Set on masked errors: the id under which the real error was logged. */
    errorId?: string;
  }
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes that an error raised before execution keeps through Apollo's relabelling (see `createErrorFormatter`). */
const PRESERVED_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.QUERY_TOO_COMPLEX]);

/** A QUERY_TOO_COMPLEX error (HTTP 400): the operation exceeds `limit`. */
export function queryTooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Options of `createErrorFormatter`. */
export interface ErrorFormatterOptions {
  /**
   * Remove "Did you mean …?" suggestions from validation messages, which would
   * otherwise reveal field and type names when introspection is off. Default false.
   */
  hideSuggestions?: boolean;
  /**
   * Recognises errors that mean the database is unreachable (see
   * src/server/database.ts); those become DATABASE_UNAVAILABLE (and
   * statement timeouts REQUEST_TIMEOUT) instead of a masked internal error.
   */
  classifyDatabaseError?: (error: unknown) => 'unavailable' | 'timeout' | undefined;
}

/**
 * A BAD_USER_INPUT error naming the argument (and the field it belongs to),
 * what is wrong and the value received, e.g.
 * `badUserInput('first', 'must be between 0 and 100', 101, 'Query.meetings')` →
 * `Argument "first" of Query.meetings must be between 0 and 100; received 101.`
 */
export function badUserInput(argument: string, problem: string, received: unknown, field?: string): GraphQLError {
  const where = field ? ` of ${field}` : '';
  return new GraphQLError(`Argument "${argument}"${where} ${problem}; received ${describeValue(received)}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** A NOT_FOUND error for a record that the request names explicitly. */
export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`${what} ${JSON.stringify(key)} does not exist.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** An UNAUTHENTICATED error: the field needs `Authorization: Bearer <API_TOKEN>`. */
export function unauthenticated(field: string, reason: string): GraphQLError {
  return new GraphQLError(`Field "${field}" needs a bearer token: ${reason}.`, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** A FORBIDDEN error: the caller may not use `field`. */
export function forbidden(field: string, reason: string): GraphQLError {
  return new GraphQLError(`Field "${field}" is not allowed: ${reason}.`, {
    extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}

/** A short, JSON-ish rendering of a received value for error messages (long strings cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : safeStringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Apollo's `formatError` hook. Errors with a public code pass through; a
 * BAD_USER_INPUT (e.g. from a scalar) or QUERY_TOO_COMPLEX (a limit) reported
 * during validation keeps its own code (Apollo would relabel it
 * GRAPHQL_VALIDATION_FAILED); a database outage or statement timeout gets its
 * own code; everything else — database errors, bugs — is logged with an id and
 * replaced by a masked message, so SQL, stack traces and internals never reach
 * the client.
 *
 * Errors are recognised by shape (an `extensions` object), not `instanceof`:
 * under Vite (vitest) our modules and Apollo's can load two copies of
 * `graphql` (ESM and CJS builds), and `instanceof` fails across copies.
 */
export function createErrorFormatter(
  logger: Logger,
  options: ErrorFormatterOptions = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const preserved = preservedCode(error);
    if (preserved) return withoutSuggestions({ ...formatted, extensions: { ...formatted.extensions, code: preserved } }, options);
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    const exposed = typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (exposed && (isGraphQLErrorLike(original) || !(original instanceof Error))) return withoutSuggestions(formatted, options);
    const errorId = randomUUID();
    const outage = options.classifyDatabaseError?.(original);
    if (outage) return databaseFailure(formatted, outage, errorId, original, logger);
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: `Internal server error (id ${errorId}).`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

/** The client's view of a database outage or timeout: a fixed message and code, details only in the log. */
function databaseFailure(
  formatted: GraphQLFormattedError,
  kind: 'unavailable' | 'timeout',
  errorId: string,
  original: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const unavailable = kind === 'unavailable';
  // An outage is expected operations noise (warn); the details stay in the log under errorId.
  logger.warn({ err: original, errorId, path: formatted.path }, unavailable ? 'database unavailable' : 'database statement timed out');
  return {
    message: unavailable
      ? `The database is unavailable; try again shortly (id ${errorId}).`
      : `The request took too long and was cancelled (id ${errorId}).`,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: unavailable ? ErrorCode.DATABASE_UNAVAILABLE : ErrorCode.REQUEST_TIMEOUT, errorId },
  };
}

/** Strips graphql-js's "Did you mean …?" hints when asked to. */
function withoutSuggestions(formatted: GraphQLFormattedError, options: ErrorFormatterOptions): GraphQLFormattedError {
  if (!options.hideSuggestions || !formatted.message.includes(' Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/s, '') };
}

interface GraphQLErrorLike extends Error {
  extensions: Record<string, unknown>;
  originalError?: unknown;
}

function isGraphQLErrorLike(error: unknown): error is GraphQLErrorLike {
  return error instanceof Error && typeof (error as Partial<GraphQLErrorLike>).extensions === 'object';
}

/** The preserved code carried by `error` or an error it wraps (e.g. a scalar's BAD_USER_INPUT), if any. */
function preservedCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; isGraphQLErrorLike(e) && depth < 5; e = e.originalError, depth++) {
    const code = e.extensions.code;
    if (typeof code === 'string' && PRESERVED_CODES.has(code)) return code;
  }
  return undefined;
}
