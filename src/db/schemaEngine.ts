import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import pg, { type PoolConfig } from 'pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, DriverAdapterError, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { projectPath } from '../config/paths.ts';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';

/** Project paths the schema engine reads. */
export const PRISMA_DIR = projectPath('prisma');
export const SCHEMA_PATH = join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

/**
 * The engine arms timers (connection timeouts) that would keep a finished
 * command alive for seconds; unref them so they never hold the process open.
 */
function withUnrefTimers(imports: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = { ...imports };
  for (const [name, fn] of Object.entries(imports)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
      wrapped[name] = (...args: unknown[]) => {
        const timer = (fn as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | undefined)?.unref?.();
        return timer;
      };
    }
  }
  return wrapped;
}

/**
 * Instantiates Prisma's WASM schema engine ourselves, because Node 20 cannot
 * import `.wasm` modules without `--experimental-wasm-modules`, and Prisma's
 * CLI wants a native engine binary it cannot download here.
 */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global before throwing.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`Prisma schema engine panicked: ${m}`) };
    // createRequire rather than import.meta.resolve, which vitest's module runner lacks.
    const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm');
    const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/**
 * Compiles and instantiates the schema engine ahead of its first use, so that
 * a caller can overlap that work with starting the database. Idempotent.
 */
export function prepareSchemaEngine(): Promise<void> {
  return loadWasm();
}

/**
 * Runs `fn` with a schema engine on the database at `url`, then frees the
 * engine and closes its connections (an open pool would crash the process
 * when the server later shuts down).
 */
export async function withSchemaEngine<T>(url: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const datamodel = await readFile(SCHEMA_PATH, 'utf8');
  // Our own pool, so we can close it: the engine does not, and a connection
  // left open crashes the process when the server later shuts down.
  const config = poolConfigOf(url);
  const pool = new pg.Pool({ ...config, Client: CatalogFriendlyClient });
  pool.on('error', () => {});
  const adapter = bindMigrationAwareSqlAdapterFactory(new SchemaEnginePrismaPg(pool, config));
  const engine = await glue.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * The pg adapter's own shadow database loses the password (pg hides it from
 * `{ ...pool.options }`) and drops the database before closing its pool, which
 * PostgreSQL refuses. This one creates and drops it properly.
 */
/**
 * The schema engine's catalog queries select PostgreSQL's internal one-byte
 * `"char"` columns (OID 18: constraint and relation kinds), which the pg
 * adapter cannot map ("Column type 'char' could not be deserialized") while the
 * engine reads them as characters. The client marks such columns on the rows
 * array (which the adapter passes through) and reports them as text; the
 * adapter wrapper then gives the engine the Character column type it expects.
 */
const CHAR_COLUMNS = Symbol('charColumns');
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

class CatalogFriendlyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    // pg.Pool#query calls us with a callback; transactions use the promise form.
    if (typeof callback === 'function') {
      args[last] = (err: Error | null, r: pg.QueryResult) => callback(err, r && markCharColumns(r));
    }
    const result = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    return (result instanceof Promise ? result.then(markCharColumns) : result) as never;
  }
}

function markCharColumns(result: pg.QueryResult): pg.QueryResult {
  const indexes: number[] = [];
  (result.fields ?? []).forEach((field, i) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(i);
    }
  });
  if (indexes.length) Object.defineProperty(result.rows, CHAR_COLUMNS, { value: indexes });
  return result;
}

type Queryable = Pick<SqlDriverAdapter, 'queryRaw'>;

function restoreCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const indexes = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS] ?? [];
    for (const i of indexes) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * Runs a migration script as one simple-protocol query, as Prisma's native
 * engine does. The pg adapter's own `executeScript` splits the script at every
 * `;`, which breaks a `$$ … $$` function body (the trigger functions of the
 * `junction_sort_keys` migration) and a `;` inside a comment.
 */
function wholeScripts(adapter: SqlDriverAdapter): void {
  // PrismaPg's adapter exposes its pool (not part of the SqlDriverAdapter type).
  const driver = (adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await driver.query(script);
    } catch (error) {
      const e = error as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: e.code ?? 'N/A',
        severity: e.severity ?? 'N/A',
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      });
    }
  };
}

function catalogFriendly(adapter: SqlDriverAdapter): SqlDriverAdapter {
  restoreCharColumns(adapter);
  wholeScripts(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolation) => restoreCharColumns(await startTransaction(isolation));
  return adapter;
}

/**
 * A pg adapter fit for the schema engine: "char" columns as above, and a
 * shadow database that works (the stock one loses the password, since pg
 * hides it from `{ ...pool.options }`, and drops the database before closing
 * its pool, which PostgreSQL refuses).
 */
class SchemaEnginePrismaPg extends PrismaPg {
  constructor(pool: pg.Pool, private readonly poolConfig: PoolConfig) {
    super(pool);
  }

  override async connect(): ReturnType<PrismaPg['connect']> {
    return catalogFriendly(await super.connect()) as Awaited<ReturnType<PrismaPg['connect']>>;
  }

  override async connectToShadowDb(): ReturnType<PrismaPg['connectToShadowDb']> {
    const database = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
    await runAdmin(this.poolConfig, `CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database, Client: CatalogFriendlyClient }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await runAdmin(this.poolConfig, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return catalogFriendly(shadow) as typeof shadow;
  }
}

async function runAdmin(config: PoolConfig, statement: string): Promise<void> {
  const client = new pg.Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Splits a URL into pg pool fields. The adapter opens its shadow database by
 * overriding `database`, which a `connectionString` would silently win over,
 * so the shadow work would land in the real database.
 */
export function poolConfigOf(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
  };
}

/** Reads `prisma/migrations` the way Prisma's CLI does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const names = existsSync(dir) ? (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: await readFile(join(dir, name, 'migration.sql'), 'utf8') } },
      })),
    ),
  };
}

/** Applies pending migrations; returns the names of those applied now. */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withSchemaEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that would take a database built from `prisma/migrations` to `schema.prisma`.
 * Empty when they are in sync. Uses a throw-away shadow database on the server at `url`.
 */
export async function diffMigrationsToSchema(url: string): Promise<string> {
  const datamodel = await readFile(SCHEMA_PATH, 'utf8');
  const migrations = await readMigrations();
  return withSchemaEngine(url, async (engine) => {
    const result = await engine.diff({
      // With no migration yet there is no lock file to tell the connector: start from nothing.
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return (result.stdout ?? '').trim();
  });
}
