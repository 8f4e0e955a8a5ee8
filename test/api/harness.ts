/**
 * One API per test file: a fresh database, a Prisma client that counts SQL
 * statements, and the real server on port 0, spoken to over HTTP.
 */
import { afterAll, beforeAll } from 'vitest';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { createApp } from '../../src/server/app.ts';
import { truncateContent, useFreshDatabase } from '../support/database.ts';

/** A GraphQL error as the API sends it. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; argument?: string; errorId?: string };
}

/** A GraphQL response with its HTTP status. */
export interface ApiResponse<T> {
  status: number;
  data?: T;
  errors?: ApiError[];
}

export interface Api {
  /** The Prisma client the server uses (statements are counted). */
  prisma: PrismaClient;
  /** The GraphQL URL. */
  url: string;
  /** The server's origin, e.g. http://127.0.0.1:4711. */
  origin: string;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** POSTs an operation as JSON. */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<ApiResponse<T>>;
  /** POSTs an operation and fails the test on any GraphQL error. */
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Registers hooks that start the API on a fresh, emptied database (countries
 * kept) before the file's tests and stop it after; `seed` then runs once.
 */
export function useApi(seed: (prisma: PrismaClient) => Promise<void> = async () => {}, options: { apiToken?: string } = {}): Api {
  const db = useFreshDatabase();
  let stop: () => Promise<void> = async () => {};
  const api: Api = {
    prisma: undefined as unknown as PrismaClient,
    url: '',
    origin: '',
    statements: [],
    resetStatements() {
      api.statements.length = 0;
    },
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<ApiResponse<T>, 'status'>;
      return { status: res.status, ...body };
    },
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const res = await api.gql<T>(query, variables);
      if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
  };
  beforeAll(async () => {
    api.prisma = createPrisma(db.url, { poolSize: 4, onQuery: (sql) => api.statements.push(sql) });
    await truncateContent(api.prisma);
    await seed(api.prisma);
    const app = createApp({ prisma: api.prisma, ...(options.apiToken ? { apiToken: options.apiToken } : {}) });
    api.url = await app.start(0, '127.0.0.1');
    api.origin = new URL(api.url).origin;
    stop = async () => {
      await app.stop();
      await api.prisma.$disconnect();
    };
  });
  afterAll(() => stop());
  return api;
}
