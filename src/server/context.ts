/**
 * The per-request GraphQL context: database, fresh loaders, caller and a logger
 * tagged with the request id.
 */
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.ts';
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
}

/** What the context needs from the app. */
export interface ContextDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** API_TOKEN; when unset, mutations are disabled. */
  apiToken?: string;
}

/**
 * Builds the context of one request from its Authorization header and id.
 * The loaders (see loaders.ts) and the request's child logger are made on
 * first use: most requests never log from a resolver.
 */
export function createContext(deps: ContextDeps, request: { authorization?: string; requestId: string }): Context {
  let logger: Logger | undefined;
  return {
    prisma: deps.prisma,
    loaders: createLoaders(deps.prisma),
    auth: authenticate(request.authorization, deps.apiToken),
    get logger() {
      return (logger ??= deps.logger.child({ requestId: request.requestId }));
    },
    requestId: request.requestId,
  };
}
