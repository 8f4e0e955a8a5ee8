/** The request context (src/server/context.ts): lazy parts, and a copy made the way Apollo makes one still works. */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createContext } from '../../src/server/context.ts';
import type { PrismaClient } from '../../src/db/prisma.ts';

describe('request context', () => {
  it('builds the child logger on first use only, also on a copy made as Apollo makes one', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    let children = 0;
    const counting = new Proxy(logger, { get: (t, k) => (k === 'child' ? (...a: Parameters<typeof logger.child>) => (children++, t.child(...a)) : Reflect.get(t, k)) });
    const context = createContext({ prisma: {} as PrismaClient, logger: counting }, { requestId: 'r-1' });
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context) as typeof context;
    expect(children).toBe(0);
    copy.logger.info('hello');
    expect(children).toBe(1);
    copy.logger.info('again');
    expect(children).toBe(1);
    expect(lines.map((l) => JSON.parse(l).requestId)).toEqual(['r-1', 'r-1']);
    expect(copy.requestId).toBe('r-1');
    expect(copy.loaders).toBe(context.loaders);
  });
});
