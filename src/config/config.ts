import { z } from 'zod';
import type { RemoteExtractor } from '../ingest/extract/remote.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * Every setting the service reads from the environment, validated once at start.
 * `.env.example` lists them with their defaults; docs/configuration.md explains them.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL URL; when unset an embedded PostgreSQL is started under EMBEDDED_PG_DIR. */
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** Bearer token that allows mutations; mutations are off when unset. */
  API_TOKEN: z.string().min(16, 'API_TOKEN must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed an empty database at start (the five seed documents). */
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** PostgreSQL statement_timeout for API queries, in milliseconds. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** The API's reads as named (prepared) statements; `false` behind PgBouncer in transaction mode before 1.21. */
  DB_PREPARED_STATEMENTS: flag.default(true),
  /** Schema introspection; default on except when NODE_ENV=production. */
  INTROSPECTION: flag.optional(),
  /** The GraphiQL IDE at /graphql for browsers; default on except when NODE_ENV=production. */
  IDE: flag.optional(),
  /** Serve the schema as an Apollo Federation 2 subgraph (`@key` on the entities, `_entities`, `_service`). */
  FEDERATION: flag.optional(),
  /** Origins allowed by CORS, comma-separated (e.g. `https://a.example,https://b.example`); `*` allows any. Empty: none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)),
  /**
   * How operations execute: `compiled` (graphql-jit, each operation compiled once) or `graphql-js`
   * (the reference executor; a fallback should a compiled operation ever misbehave).
   */
  GRAPHQL_EXECUTION: z.enum(['compiled', 'graphql-js']).default('compiled'),
  /** Deepest field nesting an operation may have. */
  MAX_DEPTH: positiveInt(12),
  /** Most aliases in one operation. */
  MAX_ALIASES: positiveInt(30),
  /** Most directives in one operation. */
  MAX_DIRECTIVES: positiveInt(50),
  /** Most lexical tokens in one GraphQL document (comments do not count). */
  MAX_TOKENS: positiveInt(5000),
  /** Highest estimated cost of an operation: objects it may return, multiplied down the tree by page sizes. */
  MAX_COST: positiveInt(100_000),
  /** Most operations in one batched (JSON array) request; 1 turns batching off. */
  MAX_BATCH_OPERATIONS: z.coerce.number().int().min(1).max(100).default(1),
  /** Largest request body in bytes; larger ones get 413. */
  BODY_LIMIT_BYTES: positiveInt(1024 * 1024),
  /** Time limit of one request in milliseconds, after which it is answered 503 REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** On SIGTERM, how long in-flight requests may run before their connections are closed (ms). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * An extractor served over HTTP (a language model, say) that replaces some extraction stages for
   * `npm run ingest` and Mutation.ingestArticle (src/ingest/extract/remote.ts). Unset: the rule stages only.
   */
  EXTRACTOR_URL: z.string().url().optional(),
  /** The stages it replaces, comma-separated, of `people`, `meetings`, `agreements`. */
  EXTRACTOR_STAGES: z
    .string()
    .default('meetings')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['people', 'meetings', 'agreements'])).min(1)),
  /** Time allowed for one stage's answer, in milliseconds. */
  EXTRACTOR_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Sent to it as a bearer token when set. */
  EXTRACTOR_TOKEN: z.string().optional(),
  /** A failed stage (timeout, error, an answer that breaks the stage contract): `rules` falls back with a warning, `refuse` refuses the article. */
  EXTRACTOR_ON_ERROR: z.enum(['rules', 'refuse']).default('rules'),
});

export type Config = z.infer<typeof schema>;

/** Whether introspection and the IDE are on: as configured, else on everywhere but production. */
export function exposureOf(config: Pick<Config, 'NODE_ENV' | 'INTROSPECTION' | 'IDE'>): { introspection: boolean; ide: boolean } {
  const development = config.NODE_ENV !== 'production';
  return { introspection: config.INTROSPECTION ?? development, ide: config.IDE ?? development };
}

/** The remote extractor the configuration names (EXTRACTOR_URL and its settings), if any. */
export function remoteExtractorOf(config: Pick<Config, 'EXTRACTOR_URL' | 'EXTRACTOR_STAGES' | 'EXTRACTOR_TIMEOUT_MS' | 'EXTRACTOR_TOKEN' | 'EXTRACTOR_ON_ERROR'>): RemoteExtractor | undefined {
  if (!config.EXTRACTOR_URL) return undefined;
  return {
    url: config.EXTRACTOR_URL,
    stages: config.EXTRACTOR_STAGES,
    timeoutMs: config.EXTRACTOR_TIMEOUT_MS,
    ...(config.EXTRACTOR_TOKEN ? { token: config.EXTRACTOR_TOKEN } : {}),
    onError: config.EXTRACTOR_ON_ERROR,
  };
}

/**
 * Reads and validates the configuration.
 * @throws Error listing every bad variable with the value received.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = issue.path.join('.');
    return `  ${key}=${JSON.stringify(env[key])}: ${issue.message}`;
  });
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}
