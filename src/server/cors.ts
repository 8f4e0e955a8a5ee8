/**
 * CORS with an allow-list: an allowed Origin gets the CORS headers, any other
 * origin gets none (so browsers keep other sites' pages from reading answers).
 * Preflight (OPTIONS) requests are answered here, 204, without reaching GraphQL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers a browser may send cross-origin: JSON bodies, the bearer token, Apollo's CSRF preflight header, request ids. */
const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id';
/** Methods GraphQL over HTTP uses. */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** How long a browser may cache a preflight answer (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/** Decides and writes CORS headers for one request. */
export type Cors = (req: IncomingMessage, res: ServerResponse) => 'preflight-answered' | 'continue';

/**
 * CORS for `origins` (exact origins such as `https://app.example`, or `*` for
 * any). Sets the headers on `res` for an allowed origin; answers OPTIONS
 * preflights itself (204) whether allowed or not, since a refused preflight
 * is simply one without CORS headers.
 */
export function createCors(origins: readonly string[]): Cors {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins.map(normalizeOrigin));
  return (req, res) => {
    const origin = req.headers.origin;
    const permitted = origin !== undefined && (anyOrigin || allowed.has(normalizeOrigin(origin)));
    // Responses differ by Origin, so caches must key on it.
    if (origins.length) res.setHeader('vary', 'Origin');
    if (permitted) {
      res.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
      res.setHeader('access-control-expose-headers', 'x-request-id');
    }
    if (req.method !== 'OPTIONS') return 'continue';
    if (permitted) {
      res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
      res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      res.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE);
    }
    res.setHeader('allow', ALLOWED_METHODS);
    res.writeHead(204).end();
    return 'preflight-answered';
  };
}

/** Origins compare without a trailing slash and case-insensitively (scheme and host are). */
function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}
