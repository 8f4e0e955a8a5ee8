/**
 * The real server on a random port, for tests that speak GraphQL over HTTP.
 */
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { TestDatabase } from './database.ts';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation; returns status, data and errors. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
}

/** Starts the API on `db` before the file's tests and stops it after. */
export function useServer(db: TestDatabase, options: { apiToken?: string } = {}): TestServer {
  let stop: (() => Promise<void>) | undefined;
  const handle: TestServer = {
    url: '',
    async gql(query, variables, headers = {}) {
      const res = await fetch(handle.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: res.status, ...body };
    },
  };
  beforeAll(async () => {
    const app = createApp({ prisma: db.prisma, apiToken: options.apiToken });
    handle.url = await app.start(0, '127.0.0.1');
    stop = () => app.stop();
  });
  afterAll(async () => {
    await stop?.();
  });
  return handle;
}
