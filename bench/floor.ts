/**
 * The floor server: a minimal node:http handler that answers
 * `POST /q/<name>` (body `{"params": [...]}`) with the JSON text one
 * hand-written SQL statement builds (floor-sql.ts), through Postgres.js.
 * No GraphQL, no validation beyond the statement name: the cost of one round trip.
 *
 * Env: DATABASE_URL, PORT, POOL_SIZE (default 10). Prints "READY <url>".
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import postgres from 'postgres';
import { FLOOR_SQL, isFloorQueryName } from './floor-sql.ts';

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/diplomacy_synthetic';
const port = Number(process.env.PORT ?? 5679);
const sql = postgres(url, { max: Number(process.env.POOL_SIZE ?? 10), prepare: true });

/** Reads the whole request body as text. */
async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parameters from a `{"params": [...]}` body (empty when absent). */
function paramsOf(text: string): (string | number)[] {
  if (!text) return [];
  const body = JSON.parse(text) as { params?: (string | number)[] };
  return body.params ?? [];
}

/** Runs the named statement and sends its JSON text. */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = (req.url ?? '').replace(/^\/q\//, '');
  if (!isFloorQueryName(name)) {
    res.writeHead(404).end();
    return;
  }
  const rows = await sql.unsafe<{ body: string }[]>(FLOOR_SQL[name], paramsOf(await readText(req)), { prepare: true });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(rows[0]?.body ?? 'null');
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  });
});
server.listen(port, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${port}`));

/** Closes the server and the pool. */
async function shutdown(): Promise<void> {
  server.close();
  await sql.end({ timeout: 2 });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
