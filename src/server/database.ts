/**
 * Telling a database outage from a bug. Prisma (through the pg driver adapter)
 * reports a lost database in several shapes: Prisma error codes, the adapter's
 * error kinds, pg's SQLSTATE codes and Node's socket error codes. All of them
 * mean "try again later" to a client (DATABASE_UNAVAILABLE, 503), not a masked
 * internal error.
 */

/** Prisma codes: can't reach server, timeout, server closed the connection, pool timeout. */
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (`DriverAdapterError.cause.kind`) that mean the server is gone. */
const ADAPTER_UNAVAILABLE = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** Node socket errors. */
const SOCKET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATE: admin/crash shutdown, cannot connect now, too many connections (class 08, connection exception, is matched by prefix). */
const SQLSTATE_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
/** SQLSTATE query_canceled: statement_timeout fired. */
const SQLSTATE_TIMEOUT = '57014';
/** Messages of errors that carry no code (pg's own, or Prisma's wrapping of them). */
const UNAVAILABLE_MESSAGE = /Connection terminated|connection (?:is )?closed|Can't reach database server|ECONNREFUSED|server closed the connection|terminating connection|the database system is (?:shutting down|starting up)|timeout exceeded when trying to connect/i;
const TIMEOUT_MESSAGE = /canceling statement due to statement timeout/i;

/**
 * Classifies an error from a resolver: `unavailable` when the database cannot
 * be reached, `timeout` when a statement ran past statement_timeout, else
 * undefined (a bug, to be masked). Walks `cause` / `originalError` chains.
 */
export function classifyDatabaseError(error: unknown): 'unavailable' | 'timeout' | undefined {
  for (const e of errorChain(error)) {
    const kind = classifyOne(e);
    if (kind) return kind;
  }
  return undefined;
}

function classifyOne(e: Record<string, unknown>): 'unavailable' | 'timeout' | undefined {
  const code = typeof e.code === 'string' ? e.code : undefined;
  const kind = typeof e.kind === 'string' ? e.kind : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === SQLSTATE_TIMEOUT || TIMEOUT_MESSAGE.test(message)) return 'timeout';
  if (code && (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.has(code) || /^08/.test(code))) return 'unavailable';
  if (kind && ADAPTER_UNAVAILABLE.has(kind)) return 'unavailable';
  if (UNAVAILABLE_MESSAGE.test(message)) return 'unavailable';
  return undefined;
}

/** The error and what it wraps (`cause`, `originalError`, AggregateError members), at most 8 deep. */
function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length && seen < 8; seen++) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null) continue;
    const record = e as Record<string, unknown>;
    yield record;
    queue.push(record.cause, record.originalError);
    if (Array.isArray(record.errors)) queue.push(...record.errors);
  }
}
