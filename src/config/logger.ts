import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger } from 'pino';

/** The process logger: JSON lines, level from LOG_LEVEL. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: 'diplomatic-graph' } });
}
