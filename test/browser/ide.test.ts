/**
 * The GraphQL IDE as a person sees it: Debian's Chromium (never a downloaded
 * browser) loads the page, runs an example tab against a live server, opens
 * the docs explorer and leaves a screenshot in test-artifacts/ide.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { useFreshDatabase } from '../support/database.ts';
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

const db = useFreshDatabase();

/** The real app on the seeded test database, recording the Authorization headers it receives. */
async function startServerUnderTest(): Promise<ServerUnderTest> {
  const app = createApp({ prisma: db.prisma });
  const authorizations: (string | undefined)[] = [];
  app.server.prependListener('request', (req: http.IncomingMessage) => {
    if (req.method === 'POST') authorizations.push(req.headers.authorization);
  });
  const url = await app.start(0, '127.0.0.1');
  return { url, authorizations, stop: () => app.stop() };
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
    expect(result).toContain('"documents": 11');
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
