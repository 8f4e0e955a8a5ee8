/**
 * The API server: Apollo Server behind a plain `node:http` handler, so the
 * app owns its routes (`/graphql`, `/healthz`, `/readyz`), CORS, the body
 * limit, request logging, time limits and a clean shutdown.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import pino, { type Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.ts';
import { warmCountryCache } from '../countries/countries.service.ts';
import { createErrorFormatter, ErrorCode } from '../graphql/errors.ts';
import { createSchema } from '../graphql/schema.ts';
import { createSubgraphSchema } from '../graphql/federation.ts';
import { createIdeHandler, type IdeHandler } from '../ide/index.ts';
import { createContext, type Context, type ContextDeps } from './context.ts';
import { compiledExecutionGateway } from './compiledExecution.ts';
import { createCors } from './cors.ts';
import { classifyDatabaseError } from './database.ts';
import { BodyTooLargeError, DEFAULT_BODY_LIMIT_BYTES, InvalidUtf8Error, readBody, sendError, sendJson } from './http.ts';
import { costLimitPlugin, DEFAULT_LIMITS, limitRules, parseOptionsOf, type QueryLimits } from './limits.ts';
import type { RemoteExtractor } from '../ingest/extract/remote.ts';
import { createReadinessCheck, expectedMigrations } from './readiness.ts';
import { requestIdOf } from './requestId.ts';

/** Options of `createApp`. Defaults suit development and tests; `src/cli/start.ts` passes the configured values. */
export interface AppOptions {
  prisma: PrismaClient;
  /** Where request lines, request errors and masked internal errors go. Default: a silent logger. */
  logger?: Logger;
  /** API_TOKEN guarding mutations; when unset, mutations are disabled. */
  apiToken?: string;
  /** An extractor over HTTP for Mutation.ingestArticle's stages (EXTRACTOR_URL); default: the rule stages. */
  extractor?: RemoteExtractor;
  /** Largest accepted request body in bytes (default 1 MB); larger bodies get 413. */
  bodyLimitBytes?: number;
  /** How long `stop()` waits for in-flight requests before closing connections (default 10 000 ms). */
  stopGracePeriodMillis?: number;
  /** Schema introspection (default true). When off, validation messages also lose their "Did you mean" hints. */
  introspection?: boolean;
  /** The GraphiQL IDE for browsers at /graphql (default true). */
  ide?: boolean;
  /** Serve an Apollo Federation 2 subgraph schema instead of the plain one (default false). */
  federation?: boolean;
  /** Origins allowed by CORS (`*` for any; default none: no CORS headers at all). */
  corsOrigins?: readonly string[];
  /** Query limits (default `DEFAULT_LIMITS`). */
  limits?: Partial<QueryLimits>;
  /** Most operations in one batched (JSON array) request; 1 (the default) turns batching off. */
  maxBatchOperations?: number;
  /**
   * `compiled` (the default): operations run through graphql-jit, compiled once per document
   * (src/server/compiledExecution.ts); `graphql-js`: graphql-js's own executor.
   */
  execution?: 'compiled' | 'graphql-js';
  /** Time limit of one GraphQL request (default 15 000 ms); past it the client gets 503 REQUEST_TIMEOUT. */
  requestTimeoutMillis?: number;
}

/** A created, not yet listening, API server. */
export interface App {
  /** The underlying HTTP server (listening after `start`). */
  server: http.Server;
  /** Starts Apollo and listens; resolves to the GraphQL URL, e.g. `http://127.0.0.1:4000/graphql`. Port 0 picks a free port. */
  start(port: number, host?: string): Promise<string>;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), then stops Apollo. */
  stop(): Promise<void>;
}

/** Path of the GraphQL endpoint. */
export const GRAPHQL_PATH = '/graphql';

/** Default time limit of one GraphQL request. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** Seconds a client is asked to wait (Retry-After) after DATABASE_UNAVAILABLE or REQUEST_TIMEOUT. */
const RETRY_AFTER_SECONDS = '5';

/**
 * Creates the API server. Routes: `/graphql` (GET and POST; CSRF prevention
 * on), `/healthz` (200 while the process serves), `/readyz` (200 when the
 * database answers and every migration is applied, else 503 with the reason).
 * OPTIONS anywhere is a CORS preflight (204). Anything else is 404.
 */
export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ level: 'silent' });
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxBatch = options.maxBatchOperations ?? 1;
  const requestTimeout = options.requestTimeoutMillis ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const introspection = options.introspection ?? true;
  const deps: ContextDeps = {
    prisma: options.prisma,
    logger,
    ...(options.apiToken ? { apiToken: options.apiToken } : {}),
    ...(options.extractor ? { extractor: options.extractor } : {}),
  };
  const server = http.createServer({ requestTimeout: Math.max(requestTimeout, 1000) });
  const cors = createCors(options.corsOrigins ?? []);
  const ide: IdeHandler =
    options.ide === false
      ? () => false
      : createIdeHandler({ endpoint: GRAPHQL_PATH, title: 'Diplomatic Graph', onError: (err) => logger.error({ err }, 'IDE asset failed') });
  // Read once: the migrations shipped with this code do not change while it runs.
  const migrations = expectedMigrations();
  migrations.catch((err: unknown) => logger.error({ err }, 'could not read prisma/migrations'));
  const readiness = createReadinessCheck(options.prisma, migrations);
  const schema = options.federation ? createSubgraphSchema() : createSchema();
  const apollo = new ApolloServer<Context>({
    ...(options.execution === 'graphql-js' ? { schema } : { gateway: compiledExecutionGateway(schema) }),
    introspection,
    csrfPrevention: true,
    // start.ts owns SIGTERM/SIGINT (drain, close the pool, exit); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: maxBatch > 1,
    formatError: createErrorFormatter(logger, { hideSuggestions: !introspection, classifyDatabaseError }),
    includeStacktraceInErrorResponses: false,
    parseOptions: parseOptionsOf(limits),
    validationRules: limitRules(limits),
    logger,
    plugins: [
      // Our own offline IDE answers browsers; Apollo's landing page would load Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints; the default cache-control plugin would still run a hook for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.stopGracePeriodMillis ?? 10_000 }),
      costLimitPlugin<Context>(limits.maxCost),
      outageStatusPlugin(),
    ],
  });
  let stopping = false;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdOf(req);
    const startedAt = performance.now();
    res.setHeader('x-request-id', requestId);
    res.once('close', () => logRequest(logger, req, res, requestId, performance.now() - startedAt));
    // While stopping, a keep-alive connection whose last request just finished is closed at once,
    // rather than holding the shutdown for the whole grace period.
    res.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    route(req, res, requestId).catch((error: unknown) => {
      logger.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, `Internal server error (id ${requestId}).`);
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    if (cors(req, res) === 'preflight-answered') return;
    // A browser asking for /graphql (HTML) gets the offline GraphiQL IDE; API clients pass through.
    if (ide(req, res)) return;
    // The common case, a POST to /graphql, needs no URL object.
    if (req.url === GRAPHQL_PATH) return graphql(req, res, '', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz':
        return ready(res);
      case GRAPHQL_PATH:
        return graphql(req, res, url.search, requestId);
      default:
        return sendError(res, 404, 'NOT_FOUND', `No route ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}.`);
    }
  }

  async function ready(res: ServerResponse): Promise<void> {
    const state = stopping ? ({ ready: false, reason: 'shutting down' } as const) : await readiness();
    if (state.ready) return sendJson(res, 200, { status: 'ready' });
    logger.warn({ reason: state.reason }, 'readiness check failed');
    sendJson(res, 503, { status: 'unavailable', reason: state.reason });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, search: string, requestId: string): Promise<void> {
    const body = await readGraphQLBody(req, res, bodyLimit);
    if (body === FAILED) return;
    if (Array.isArray(body) && maxBatch > 1 && (body.length === 0 || body.length > maxBatch)) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, `A batched request holds 1 to ${maxBatch} operations; received ${body.length}.`);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers: headerMapOf(req),
      search,
      body,
    };
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(deps, { requestId, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) }),
    });
    const response = await withTimeout(execution, requestTimeout);
    if (response === TIMED_OUT) {
      // The execution goes on in the background until its statements end (statement_timeout bounds them); its answer is dropped.
      execution.catch((err: unknown) => logger.error({ err, requestId }, 'timed-out request failed later'));
      logger.warn({ requestId, timeoutMs: requestTimeout }, 'request timed out');
      return sendError(res, 503, ErrorCode.REQUEST_TIMEOUT, `The request took longer than ${requestTimeout} ms and was abandoned; try a smaller query.`, {
        'retry-after': RETRY_AFTER_SECONDS,
      });
    }
    await writeResponse(res, response);
  }

  let started = false;
  return {
    server,
    async start(port, host = '0.0.0.0') {
      await apollo.start();
      started = true;
      // The country table is reference data read by nearly every answer; read it now rather than per request.
      await warmCountryCache(options.prisma).catch((err: unknown) => logger.warn({ err }, 'could not read the countries at start; reading them per request until it works'));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return graphqlUrl(server.address() as AddressInfo);
    },
    async stop() {
      stopping = true;
      if (started) await apollo.stop();
      else if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sets HTTP 503 (and Retry-After) on a response whose errors say the database
 * is unavailable or a statement timed out, so clients and load balancers see
 * "try again" rather than a 200 with errors or a masked 500. Runs after
 * `formatError`, so it reads the codes clients see.
 */
function outageStatusPlugin(): ApolloServerPlugin<Context> {
  const retryable = new Set<string>([ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.REQUEST_TIMEOUT]);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => retryable.has(String(e.extensions?.code)))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}

const TIMED_OUT = Symbol('timed out');

/** Resolves to `work`'s result, or TIMED_OUT after `millis` (the timer never keeps the process alive). */
async function withTimeout<T>(work: Promise<T>, millis: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), millis);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** One line per request: id, method, path, status, duration (warn for 5xx, so outages stand out). */
function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse, requestId: string, durationMs: number): void {
  const level = res.statusCode >= 500 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const line = {
    requestId,
    method: req.method,
    path: query < 0 ? url : url.slice(0, query),
    status: res.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
    ...(res.writableFinished ? {} : { aborted: true }),
  };
  logger[level](line, 'request');
}

const FAILED = Symbol('failed');

/** The parsed JSON body (or raw text, which Apollo then rejects), or FAILED once an error response was sent. */
async function readGraphQLBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendError(res, 413, ErrorCode.BAD_REQUEST, `Request body exceeds the limit of ${limit} bytes.`, { connection: 'close' });
      return FAILED;
    }
    if (error instanceof InvalidUtf8Error) {
      sendError(res, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid UTF-8.');
      return FAILED;
    }
    throw error;
  }
  if (!/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) return text;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    sendError(res, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid JSON.');
    return FAILED;
  }
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function graphqlUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${GRAPHQL_PATH}`;
}
