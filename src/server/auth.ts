/**
 * Who is calling: derived from the Authorization header and API_TOKEN. Only
 * mutations (none yet; `Mutation.ingestArticle` is next) need a token; queries
 * are public.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { forbidden, unauthenticated } from '../graphql/errors.ts';

/** The caller as far as the API token is concerned. */
export type Auth =
  | { status: 'authenticated' }
  | { status: 'anonymous'; reason: 'no token sent' | 'the bearer token is wrong' | 'the Authorization header is not "Bearer <token>"' }
  | { status: 'disabled' };

/**
 * Reads `Authorization: Bearer <token>` against `apiToken`. With no
 * `apiToken` configured, mutations are off for everyone (`disabled`). The
 * comparison is constant-time (both sides hashed to equal length first), so
 * response timing does not reveal how much of a guess was right.
 */
export function authenticate(header: string | undefined, apiToken: string | undefined): Auth {
  if (!apiToken) return { status: 'disabled' };
  if (!header) return { status: 'anonymous', reason: 'no token sent' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { status: 'anonymous', reason: 'the Authorization header is not "Bearer <token>"' };
  return sameSecret(match[1]!, apiToken) ? { status: 'authenticated' } : { status: 'anonymous', reason: 'the bearer token is wrong' };
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Guard for a field that needs the API token (call it first in a mutation resolver).
 * @throws UNAUTHENTICATED (401) without a token; FORBIDDEN (403) with a wrong one, or when API_TOKEN is not configured.
 */
export function requireApiToken(auth: Auth, field: string): void {
  switch (auth.status) {
    case 'authenticated':
      return;
    case 'disabled':
      throw forbidden(field, 'mutations are disabled on this server (API_TOKEN is not set)');
    case 'anonymous':
      // A token that is sent but wrong is refused (403); none at all asks for one (401).
      if (auth.reason === 'the bearer token is wrong') throw forbidden(field, 'the bearer token is wrong');
      throw unauthenticated(field, `send "Authorization: Bearer <API_TOKEN>" (${auth.reason})`);
  }
}
