/**
 * Helpers for the hardening suite: the real server on a fresh database with
 * options of the test's choosing, raw HTTP helpers and a log capture.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import pino, { type Logger } from 'pino';
import { createApp, type AppOptions } from '../../src/server/app.ts';
import { useFreshDatabase, type TestDatabase } from '../support/database.ts';

/** A GraphQL error as clients see it. */
export interface WireError {
  message: string;
  extensions?: { code?: string; errorId?: string; argument?: string };
}

/** A response: status, headers and the parsed body (undefined when not JSON). */
export interface WireResponse {
  status: number;
  headers: Headers;
  body?: { data?: Record<string, unknown> | null; errors?: WireError[] };
  text: string;
}

/** The server under test. */
export interface HardenedServer {
  db: TestDatabase;
  /** GraphQL URL. */
  url: string;
  origin: string;
  /** Log lines written by the server (parsed JSON). */
  logs: Record<string, unknown>[];
  /** POSTs a GraphQL operation as JSON. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<WireResponse>;
  /** Sends an arbitrary request to the GraphQL URL (or `path`). */
  raw(init: RequestInit & { path?: string; search?: string }): Promise<WireResponse>;
}

/** A logger that collects JSON lines into `lines`. */
export function captureLogger(lines: Record<string, unknown>[]): Logger {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

/** Reads a fetch Response into a WireResponse. */
export async function wire(res: Response): Promise<WireResponse> {
  const text = await res.text();
  let body: WireResponse['body'];
  try {
    body = JSON.parse(text) as WireResponse['body'];
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** Registers hooks: a fresh seeded database and the app on it with `options`, on 127.0.0.1 port 0. */
export function useHardenedServer(options: Omit<AppOptions, 'prisma' | 'logger'> = {}): HardenedServer {
  const db = useFreshDatabase();
  let stop: () => Promise<void> = async () => {};
  const handle: HardenedServer = {
    db,
    url: '',
    origin: '',
    logs: [],
    async gql(query, variables, headers = {}) {
      return handle.raw({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    },
    async raw({ path, search, ...init }) {
      const target = new URL(path ?? handle.url, handle.url);
      if (search) target.search = search;
      return wire(await fetch(target, init));
    },
  };
  beforeAll(async () => {
    const app = createApp({ prisma: db.prisma, logger: captureLogger(handle.logs), ...options });
    handle.url = await app.start(0, '127.0.0.1');
    handle.origin = new URL(handle.url).origin;
    stop = () => app.stop();
  });
  afterAll(() => stop());
  return handle;
}

/** Codes of a response's errors. */
export function codesOf(res: WireResponse): (string | undefined)[] {
  return (res.body?.errors ?? []).map((e) => e.extensions?.code);
}
