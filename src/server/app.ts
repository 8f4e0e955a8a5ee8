/**
 * The API server: Apollo Server behind a plain `node:http` handler, so the
 * app owns its routes (`/graphql`, `/healthz`, `/readyz`), the body limit
 * and a clean shutdown.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import pino, { type Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.ts';
import { createErrorFormatter, ErrorCode } from '../graphql/errors.ts';
import { createSchema } from '../graphql/schema.ts';
import { createIdeHandler } from '../ide/index.ts';
import { createContext, type Context, type ContextDeps } from './context.ts';
import { BodyTooLargeError, DEFAULT_BODY_LIMIT_BYTES, readBody, sendError, sendJson } from './http.ts';

/** Options of `createApp`. */
export interface AppOptions {
  prisma: PrismaClient;
  /** Where request errors and masked internal errors go. Default: a silent logger. */
  logger?: Logger;
  /** API_TOKEN guarding mutations; when unset, mutations are disabled. */
  apiToken?: string;
  /** Largest accepted request body in bytes (default 1 MB); larger bodies get 413. */
  bodyLimitBytes?: number;
  /** How long `stop()` waits for in-flight requests before closing connections (default 10 000 ms). */
  stopGracePeriodMillis?: number;
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

/**
 * Creates the API server. Routes: `/graphql` (GET and POST; introspection on,
 * CSRF prevention on), `/healthz` (200 while the process serves), `/readyz`
 * (200 when `SELECT 1` succeeds, else 503). Anything else is 404.
 */
export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ level: 'silent' });
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const deps: ContextDeps = { prisma: options.prisma, logger, ...(options.apiToken ? { apiToken: options.apiToken } : {}) };
  const server = http.createServer();
  const ide = createIdeHandler({ endpoint: GRAPHQL_PATH, title: 'Diplomatic Graph', onError: (err) => logger.error({ err }, 'IDE asset failed') });
  const apollo = new ApolloServer<Context>({
    schema: createSchema(),
    introspection: true,
    csrfPrevention: true,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    status400ForVariableCoercionErrors: true,
    logger,
    // Our own offline IDE answers browsers; Apollo's landing page would load Sandbox from a CDN.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.stopGracePeriodMillis ?? 10_000 })],
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      const errorId = randomUUID();
      logger.error({ err: error, errorId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, `Internal server error (id ${errorId}).`);
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A browser asking for /graphql (HTML) gets the offline GraphiQL IDE; API clients pass through.
    if (ide(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz':
        return readiness(res);
      case GRAPHQL_PATH:
        return graphql(req, res, url);
      default:
        return sendError(res, 404, 'NOT_FOUND', `No route ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}.`);
    }
  }

  async function readiness(res: ServerResponse): Promise<void> {
    try {
      await options.prisma.$queryRaw`SELECT 1`;
      sendJson(res, 200, { status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed: database unreachable');
      sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readGraphQLBody(req, res, bodyLimit);
    if (body === FAILED) return;
    const requestId = randomUUID();
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers: headerMapOf(req),
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(deps, { requestId, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  let started = false;
  return {
    server,
    async start(port, host = '0.0.0.0') {
      await apollo.start();
      started = true;
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
      if (started) await apollo.stop();
      else if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const FAILED = Symbol('failed');

/** The parsed JSON body (or raw text, which Apollo then rejects), or FAILED once an error response was sent. */
async function readGraphQLBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendError(res, 413, ErrorCode.BAD_REQUEST, `Request body exceeds the limit of ${limit} bytes.`, { connection: 'close' });
    return FAILED;
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
