/**
 * The HTTP server around GraphQL: health, readiness, body limit, CSRF
 * prevention, routing, masking of unexpected errors, and the bearer token.
 */
import { describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import { authenticate, requireApiToken } from '../../src/server/auth.ts';
import { createApp } from '../../src/server/app.ts';
import { useApi } from './harness.ts';

const api = useApi();

describe('health and readiness', () => {
  it('/healthz answers 200', async () => {
    const res = await fetch(`${api.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database answers', async () => {
    const res = await fetch(`${api.origin}/readyz`);
    expect(res.status).toBe(200);
  });

  it('/readyz answers 503 when the database does not', async () => {
    const unreachable = createPrisma('postgresql://nobody:nothing@127.0.0.1:1/none', { poolSize: 1 });
    const app = createApp({ prisma: unreachable });
    const url = await app.start(0, '127.0.0.1');
    try {
      const res = await fetch(new URL('/readyz', url));
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await app.stop();
      await unreachable.$disconnect();
    }
  });

  it('an unknown path is 404', async () => {
    expect((await fetch(`${api.origin}/nope`)).status).toBe(404);
  });
});

describe('requests', () => {
  it('a body over 1 MB is refused with 413', async () => {
    const query = `{ __typename } # ${'x'.repeat(1024 * 1024)}`;
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(413);
  });

  it('a body just under the limit is served', async () => {
    const query = `{ __typename } # ${'x'.repeat(1000 * 1000)}`;
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(200);
  });

  it('invalid JSON is 400 BAD_REQUEST', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('CSRF prevention: a simple GET without a preflight header is refused, with one it is served', async () => {
    const url = `${api.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(400);
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('introspection is on', async () => {
    const res = await api.data<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(res.__schema.queryType.name).toBe('Query');
  });

  it('every error carries extensions.code', async () => {
    const invalid = await api.gql(`{ meetings { nope } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const syntax = await api.gql(`{ meetings {`);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('unexpected errors are masked: INTERNAL_SERVER_ERROR with an id, no SQL in the message', async () => {
    await api.prisma.$executeRawUnsafe('ALTER TABLE "Meeting" RENAME TO "MeetingGone"');
    try {
      const res = await api.gql(`{ meetings { nodes { id } } }`);
      const [error] = res.errors ?? [];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error?.message).toBe(`Internal server error (id ${error?.extensions?.errorId}).`);
      expect(JSON.stringify(res)).not.toMatch(/Meeting"|relation|SELECT/);
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE "MeetingGone" RENAME TO "Meeting"');
    }
  });
});

describe('bearer token (guards mutations)', () => {
  const token = 'a-very-long-api-token-for-tests';

  it('a matching bearer token authenticates; a wrong, malformed or missing one does not', () => {
    expect(authenticate(`Bearer ${token}`, token)).toEqual({ status: 'authenticated' });
    expect(authenticate(`bearer ${token}`, token)).toEqual({ status: 'authenticated' });
    expect(authenticate(`Bearer ${token}x`, token)).toMatchObject({ status: 'anonymous', reason: 'the bearer token is wrong' });
    expect(authenticate(`Bearer short`, token)).toMatchObject({ status: 'anonymous' });
    expect(authenticate(token, token)).toMatchObject({ status: 'anonymous' });
    expect(authenticate(undefined, token)).toMatchObject({ status: 'anonymous', reason: 'no token sent' });
  });

  it('without API_TOKEN configured, mutations are disabled (FORBIDDEN); no token is UNAUTHENTICATED, a wrong one FORBIDDEN', () => {
    expect(() => requireApiToken(authenticate(`Bearer ${token}`, undefined), 'Mutation.ingestArticle')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(() => requireApiToken(authenticate(undefined, token), 'Mutation.ingestArticle')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() => requireApiToken(authenticate('Bearer wrong', token), 'Mutation.ingestArticle')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(() => requireApiToken(authenticate(`Bearer ${token}`, token), 'Mutation.ingestArticle')).not.toThrow();
  });
});
