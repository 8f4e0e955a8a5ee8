/**
 * The per-request GraphQL context: database, fresh loaders, caller and a logger
 * tagged with the request id.
 */
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.ts';
import type { RemoteExtractor } from '../ingest/extract/remote.ts';
import { authenticate, type Auth } from './auth.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver receives as its third argument. */
export interface Context {
  prisma: PrismaClient;
  /** Built for this request only (see loaders.ts). */
  loaders: Loaders;
  auth: Auth;
  logger: Logger;
  requestId: string;
  /** The extractor over HTTP that ingestion uses, if one is configured. */
  extractor?: RemoteExtractor | undefined;
}

/** What the context needs from the app. */
export interface ContextDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** API_TOKEN; when unset, mutations are disabled. */
  apiToken?: string;
  /** The extractor over HTTP that ingestion uses, if one is configured. */
  extractor?: RemoteExtractor;
}

/**
 * Builds the context of one request from its Authorization header and id.
 * The loaders (see loaders.ts) and the request's child logger are made on
 * first use: most requests never log from a resolver.
 */
export function createContext(deps: ContextDeps, request: { authorization?: string; requestId: string }): Context {
  return new RequestContext(deps, request);
}

/**
 * The context as a class, so that `logger` is a getter on the prototype:
 * Apollo copies the context's own properties into a fresh object of the same
 * prototype per operation (`Object.assign`), which would call an own getter
 * and build the child logger every time.
 */
class RequestContext implements Context {
  readonly prisma: PrismaClient;
  readonly loaders: Loaders;
  readonly auth: Auth;
  readonly requestId: string;
  readonly extractor: RemoteExtractor | undefined;
  /** The app's logger, parent of `logger`. */
  readonly appLogger: Logger;
  private requestLogger: Logger | undefined = undefined;

  constructor(deps: ContextDeps, request: { authorization?: string; requestId: string }) {
    this.prisma = deps.prisma;
    this.loaders = createLoaders(deps.prisma);
    this.auth = authenticate(request.authorization, deps.apiToken);
    this.requestId = request.requestId;
    this.extractor = deps.extractor;
    this.appLogger = deps.logger;
  }

  get logger(): Logger {
    return (this.requestLogger ??= this.appLogger.child({ requestId: this.requestId }));
  }
}
