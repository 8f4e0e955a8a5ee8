import { z } from 'zod';

/**
 * Every setting the service reads from the environment, validated once at start.
 * `.env.example` lists them with their defaults.
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
});

export type Config = z.infer<typeof schema>;

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
