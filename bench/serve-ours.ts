/**
 * Our API for the benchmark: `createApp` on the database in DATABASE_URL with a
 * Prisma client that counts SQL statements (`onQuery`, which also sees the reads sent to its pool directly). Bench-only routes:
 * `GET /__bench/stats` (statements, GraphQL requests, RSS, heap), `POST /__bench/reset`
 * and `GET /__bench/sql` (the statements captured since the last reset, with
 * parameters, when BENCH_CAPTURE=1). Everything else goes to the app.
 *
 * Env: DATABASE_URL, PORT, POOL_SIZE (default 10), BENCH_CAPTURE. Prints "READY <url>".
 * Run: `node --import tsx bench/serve-ours.ts` (add `--cpu-prof` to profile; the
 * profile is written on SIGINT/SIGTERM, which exit through `process.exit`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createPrisma } from '../src/db/prisma.ts';
import { createApp } from '../src/server/app.ts';

/** One statement as createPrisma's `onStatement` reported it. */
export interface CapturedStatement {
  query: string;
  params: string;
  durationMs: number;
}

/** What `GET /__bench/stats` answers. */
export interface OursStats {
  statements: number;
  graphqlRequests: number;
  rssBytes: number;
  heapUsedBytes: number;
}

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/diplomacy_synthetic';
const port = Number(process.env.PORT ?? 5678);
const capture = process.env.BENCH_CAPTURE === '1';
const MAX_CAPTURED = 500;

let statements = 0;
let graphqlRequests = 0;
let captured: CapturedStatement[] = [];

// onStatement sees Prisma's statements and those the read paths send to the pool directly.
const prisma = createPrisma(url, {
  poolSize: Number(process.env.POOL_SIZE ?? 10),
  onQuery: () => void statements++,
  ...(capture ? { onStatement: (s: CapturedStatement) => void (captured.length < MAX_CAPTURED && captured.push(s)) } : {}),
});

// GRAPHQL_EXECUTION=graphql-js serves through graphql-js's executor (for A/B runs with bench/ab.ts).
const app = createApp({ prisma, execution: process.env.GRAPHQL_EXECUTION === 'graphql-js' ? 'graphql-js' : 'compiled' });

/** Sends a JSON body. */
function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Answers a bench route; false when the request is not one. */
function benchRoute(req: IncomingMessage, res: ServerResponse): boolean {
  const path = req.url ?? '';
  if (!path.startsWith('/__bench/')) {
    if (path.startsWith('/graphql')) graphqlRequests++;
    return false;
  }
  if (path === '/__bench/stats') {
    const memory = process.memoryUsage();
    const stats: OursStats = { statements, graphqlRequests, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
    json(res, stats);
  } else if (path === '/__bench/reset') {
    statements = 0;
    graphqlRequests = 0;
    captured = [];
    json(res, { ok: true });
  } else if (path === '/__bench/sql') {
    json(res, captured);
  } else if (path === '/__bench/gc') {
    globalThis.gc?.();
    json(res, { gc: typeof globalThis.gc === 'function' });
  } else {
    res.writeHead(404).end();
  }
  return true;
}

// Put the bench routes in front of the app's own request listener.
const appListeners = app.server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
app.server.removeAllListeners('request');
app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (benchRoute(req, res)) return;
  for (const listener of appListeners) listener(req, res);
});

const graphqlUrl = await app.start(port, '127.0.0.1');
console.log(`READY ${graphqlUrl}`);

/** Stops the app and the pool, then exits (which also writes a --cpu-prof profile). */
async function shutdown(): Promise<void> {
  await app.stop();
  await prisma.$disconnect();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
