import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger } from 'pino';

/**
 * The process logger, level from LOG_LEVEL. JSON lines everywhere, except in
 * development when the optional `pino-pretty` package is installed: then
 * human-readable lines (production installs omit optional tooling, so JSON).
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  const options = { level: config.LOG_LEVEL, base: { service: 'diplomatic-graph' } };
  if (config.NODE_ENV === 'development' && prettyAvailable()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } });
  }
  return pino(options);
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
