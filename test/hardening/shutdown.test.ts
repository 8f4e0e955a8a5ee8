/**
 * SIGTERM: the server as `npm start` runs it (scripts/start.mjs: src/cli/start.ts
 * bundled into dist/start.mjs, on plain Node) as a child process stops
 * accepting, lets the request in flight finish, closes the pool and exits 0.
 * Its stdout also shows the structured request log (JSON in production).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, type DisposableDatabase } from '../../src/db/testing.ts';

let db: DisposableDatabase;
let child: ChildProcess | undefined;

beforeAll(async () => {
  db = await cloneDatabase(inject('serverUrl'), inject('template'));
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await db?.drop();
});

interface Started {
  child: ChildProcess;
  url: URL;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s script on the test database, port 0, and resolves once it prints its URL. */
async function startServer(): Promise<Started> {
  const proc = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'info', SEED_ON_START: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let out = '';
  proc.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  // 'close', not 'exit': it fires once stdout is drained too, so the last log lines are there.
  const exited = new Promise<number | null>((resolve) => proc.once('close', (code) => resolve(code)));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start.ts did not start in time:\n${out}`)), 30_000);
    const look = () => {
      const match = /GraphQL API\s+(http:\/\/\S+\/graphql)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]!));
      }
    };
    proc.stdout!.on('data', look);
    void exited.then(() => reject(new Error(`start.ts exited early:\n${out}`)));
  });
  return { child: proc, url, stdout: () => out, exited };
}

/** Starts a POST whose body arrives in two halves; resolves the response once `release` is called and the rest sent. */
function slowRequest(url: URL, body: string): { release: () => void; response: Promise<{ status: number; text: string }> } {
  const half = Math.floor(body.length / 2);
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': 'slow-request-1' },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { release: () => req.end(body.slice(half)), response };
}

describe('SIGTERM', () => {
  it('finishes the in-flight request, refuses new connections, and exits 0', async () => {
    const server = await startServer();
    const slow = slowRequest(server.url, JSON.stringify({ query: '{ articles(first: 3) { totalCount nodes { title } } }' }));
    await new Promise((r) => setTimeout(r, 200)); // the request is now in flight on the server
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(server.url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).rejects.toThrow();
    slow.release();
    const res = await slow.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ data: { articles: { totalCount: expect.any(Number) } } });
    const stoppedAt = Date.now();
    expect(await server.exited).toBe(0);
    const exitMillis = Date.now() - stoppedAt;

    const lines = server.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request', requestId: 'slow-request-1', method: 'POST', path: '/graphql', status: 200, durationMs: expect.any(Number) }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'stopped', code: 0 }));
    expect(exitMillis, 'exit does not wait out the grace period').toBeLessThan(5000);
  });
});
