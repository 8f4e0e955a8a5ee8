/**
 * The IDE handler over HTTP, without a browser: which requests it takes, the
 * headers it sends, and the message when the IDE has not been built. Uses a
 * hand-made build in a temp folder so it does not depend on scripts/build-ide.mjs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdeHandler, exampleOperations, IDE_NOT_BUILT_MESSAGE, type IdeHandlerOptions } from '../../src/ide/index.ts';
import { prefersHtml } from '../../src/ide/accept.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const SCRIPT = 'ide-ABCD1234.js';
const TEMPLATE = `<!doctype html><title>%%IDE_TITLE%%</title>
<script type="application/json" id="ide-config">%%IDE_CONFIG%%</script>
<script type="module" src="%%IDE_ASSET_BASE%%/${SCRIPT}"></script>`;
const SCRIPT_BODY = `console.log(${JSON.stringify('x'.repeat(4000))});`;

/** Serves the IDE handler; whatever it declines gets a 418 so tests can tell. */
async function serve(options: IdeHandlerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const ide = createIdeHandler(options);
  const server = http.createServer((req, res) => {
    if (ide(req, res)) return;
    res.statusCode = 418;
    res.end('not the IDE');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('prefersHtml', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['text/html, application/json', true],
    ['application/json, text/html', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json;q=0.5, text/html;q=0.9', true],
    ['text/html;q=0, */*', false],
    ['*/*', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('createIdeHandler with a build', () => {
  let dist: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'ide-dist-'));
    await writeFile(join(dist, 'index.html'), TEMPLATE);
    await writeFile(join(dist, SCRIPT), SCRIPT_BODY);
    server = await serve({ endpoint: '/graphql', title: 'A <b>"title"</b> $&', distDir: dist });
  });

  afterAll(async () => {
    await server.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the page to browsers, with a strict CSP and settings as inert JSON', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('vary')).toBe('Accept');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const html = await res.text();
    expect(html).toContain('<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; $&amp;</title>');
    expect(html).toContain(`src="/graphql/ide/${SCRIPT}"`);
    expect(html).toContain('{"endpoint":"/graphql","title":"A \\u003cb>\\"title\\"\\u003c/b> $&"}');
  });

  it('leaves GraphQL requests to the API', async () => {
    const jsonGet = await fetch(`${server.url}/graphql?query={__typename}`, { headers: { accept: 'application/json' } });
    expect(jsonGet.status).toBe(418);
    const anyGet = await fetch(`${server.url}/graphql?query={__typename}`);
    expect(anyGet.status).toBe(418);
    const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { accept: BROWSER_ACCEPT }, body: '{}' });
    expect(post.status).toBe(418);
    const elsewhere = await fetch(`${server.url}/other`, { headers: { accept: BROWSER_ACCEPT } });
    expect(elsewhere.status).toBe(418);
  });

  it('serves hashed assets gzipped with long cache headers', async () => {
    const res = await fetch(`${server.url}/graphql/ide/${SCRIPT}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(SCRIPT_BODY);
  });

  it('does not serve the template or unknown files as assets', async () => {
    // Names are looked up in the build's file list, never joined onto a path.
    for (const name of ['index.html', 'nope.js', '..%2Findex.html', '%2E%2E%2F%2E%2E%2Fpackage.json']) {
      const res = await fetch(`${server.url}/graphql/ide/${name}`);
      expect(res.status, name).toBe(404);
    }
  });
});

describe('createIdeHandler without a build', () => {
  it('answers with a plain-text hint instead of the IDE', async () => {
    const server = await serve({ endpoint: '/graphql', distDir: join(tmpdir(), 'ide-dist-does-not-exist') });
    try {
      const res = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect((await res.text()).trim()).toBe(IDE_NOT_BUILT_MESSAGE);
    } finally {
      await server.close();
    }
  });
});

describe('exampleOperations', () => {
  it('are named operations, so every IDE tab gets a title', () => {
    for (const example of exampleOperations) expect(example.query).toMatch(/^query \w+/);
  });
});
