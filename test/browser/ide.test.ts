/**
 * The GraphQL IDE as a person sees it: Debian's Chromium (never a downloaded
 * browser) loads the page, runs an example tab against a live server, opens
 * the docs explorer and leaves a screenshot in test-artifacts/ide.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdeHandler } from '../../src/ide/index.ts';
import { exampleOperations } from '../../src/ide/examples.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOT = 'test-artifacts/ide.png';
const TOKEN = 'test-token-123';

if (!HAS_CHROMIUM) {
  console.warn(`[ide browser test] skipped: ${CHROMIUM} not found. Install it with: apt-get update && apt-get install -y chromium`);
}

/** A running GraphQL server plus what it saw, for assertions. */
interface ServerUnderTest {
  /** URL of the GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql. */
  url: string;
  /** `Authorization` headers of the GraphQL POSTs received so far. */
  authorizations: (string | undefined)[];
  stop(): Promise<void>;
}

const schema = buildSchema(`
  type YearCount { year: Int! agreements: Int! documents: Int! }
  type Query { agreementsByYear: [YearCount!]! }
`);

const rootValue = {
  agreementsByYear: [
    { year: 2019, agreements: 12, documents: 31 },
    { year: 2020, agreements: 7, documents: 15 },
  ],
};

/** Reads a request body as text. */
async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Answers a GraphQL POST over the tiny schema above. */
async function answerGraphQL(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const body = JSON.parse(await readBody(req)) as {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  const result = await graphql({
    schema,
    rootValue,
    source: body.query,
    variableValues: body.variables,
    operationName: body.operationName,
  });
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(result));
}

/**
 * The server the IDE talks to. A stand-in for the real app with the IDE
 * mounted the way the app mounts it; swap this body for `createApp(...)`.
 */
async function startServerUnderTest(): Promise<ServerUnderTest> {
  const ide = createIdeHandler({ endpoint: '/graphql', title: 'Diplomatic Graph' });
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    if (ide(req, res)) return;
    if (req.method === 'POST' && req.url === '/graphql') {
      authorizations.push(req.headers.authorization);
      answerGraphQL(req, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    authorizations,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Launches Debian's Chromium with everything that could phone home switched off. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Replaces the headers editor's text through CodeMirror, avoiding its auto-closing brackets. */
async function setHeadersEditor(page: Page, json: string): Promise<void> {
  await page.getByRole('button', { name: 'Headers' }).click();
  await page.evaluate(`(() => {
    const wrappers = [...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')];
    const visible = wrappers.find((el) => !el.classList.contains('hidden'));
    visible.querySelector('.CodeMirror').CodeMirror.setValue(${JSON.stringify(json)});
  })()`);
}

describe.skipIf(!HAS_CHROMIUM)('GraphQL IDE in Chromium (needs /usr/bin/chromium)', () => {
  let server: ServerUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    // Build from the current source so the test never checks a stale bundle.
    execFileSync(process.execPath, ['scripts/build-ide.mjs'], { stdio: 'inherit' });
    server = await startServerUnderTest();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows GraphiQL with the examples, runs one, and explores the docs, all offline', { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });

    await page.goto(server.url);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.title()).resolves.toBe('Diplomatic Graph');

    // One tab per example, titled by its operation name.
    const tabTitles = await page.locator('.graphiql-tab').allInnerTexts();
    const operationNames = exampleOperations.map((example) => /query (\w+)/.exec(example.query)?.[1]);
    expect(tabTitles.map((title) => title.trim())).toEqual(operationNames);

    // The first tab ("agreements by year") opens active; run it with a token
    // typed in its headers editor, which must reach the server.
    await expect(page.locator('.graphiql-tab-active').innerText()).resolves.toContain('AgreementsByYear');
    await setHeadersEditor(page, JSON.stringify({ Authorization: `Bearer ${TOKEN}` }));
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 10_000 }).toContain('"agreementsByYear"');
    const result = await response.innerText();
    expect(result).toContain('"year": 2019');
    expect(result).toContain('"documents": 31');
    expect(server.authorizations).toContain(`Bearer ${TOKEN}`);

    // Docs explorer: the root Query type and, one click in, its field.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText()).toContain('Query');
    await docs.getByRole('link', { name: 'Query', exact: true }).click();
    await expect.poll(() => docs.innerText()).toContain('agreementsByYear');

    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const offOrigin = requested.filter((url) => !/^(data:|blob:)/.test(url) && new URL(url).hostname !== '127.0.0.1');
    expect(offOrigin).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
