/**
 * Request ids: honour a caller's `x-request-id` when it is a sane token (so a
 * proxy's id follows the request through our logs), else make one up.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Letters, digits and `._:-`, 1–128 characters: safe in logs and headers. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: its `x-request-id` header when sane, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
}
