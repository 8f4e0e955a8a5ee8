/**
 * Browser entry of the GraphQL IDE: GraphiQL 4 (CodeMirror 5, no web workers)
 * with the example operations preloaded as tabs. scripts/build-ide.mjs bundles
 * this file, GraphiQL's CSS and ide.css into src/ide/dist/, so the page needs
 * nothing from outside our own server.
 *
 * Written without JSX and without the DOM lib on purpose: the project's
 * tsconfig targets Node (no `jsx`, no `dom` lib) and type-checks this file too.
 */
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { parse, print, type ExecutionResult } from 'graphql';
import 'graphiql/style.css';
import './ide.css';
import { exampleOperations, type ExampleOperation } from '../examples.ts';
import { CONFIG_ELEMENT_ID, type IdePageConfig } from '../pageConfig.ts';

type Fetcher = GraphiQLProps['fetcher'];
type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/** The two DOM calls this file needs, typed locally instead of pulling in lib.dom. */
interface PageDocument {
  getElementById(id: string): (Element & { readonly textContent: string | null }) | null;
}

const pageDocument = (globalThis as unknown as { document: PageDocument }).document;

/** Reads the settings the server embedded in the page. */
function readPageConfig(): IdePageConfig {
  const text = pageDocument.getElementById(CONFIG_ELEMENT_ID)?.textContent;
  if (!text) throw new Error(`IDE page is missing its #${CONFIG_ELEMENT_ID} element`);
  return JSON.parse(text) as IdePageConfig;
}

/** Turns an example into a tab: a label comment, then the pretty-printed operation. */
function toTab(example: ExampleOperation): TabDefinition {
  return {
    query: `# ${example.name}\n${print(parse(example.query))}\n`,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
  };
}

/**
 * Turns a non-JSON HTTP answer (a proxy's 502 page, a plain-text 401, ...)
 * into a GraphQL error, so the result pane explains what happened instead of
 * GraphiQL showing a bare JSON parse failure.
 */
function parseResponseBody(status: number, body: string): ExecutionResult {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object') return parsed as ExecutionResult;
  } catch {
    // Not JSON: reported below.
  }
  return { errors: [{ message: `HTTP ${status}: ${body.slice(0, 500)}` }] } as unknown as ExecutionResult;
}

/**
 * A plain POST fetcher. The API has no subscriptions, so @graphiql/toolkit's
 * websocket-capable fetcher would only add weight. Headers typed in the
 * headers editor (e.g. `Authorization: Bearer …`) arrive in `opts.headers`.
 */
function createFetcher(endpoint: string): Fetcher {
  return async (params, opts) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(opts?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
    });
    return parseResponseBody(response.status, await response.text());
  };
}

/** Tells users where the API token goes; a JSON headers editor cannot hold a comment. */
function tokenHint(): ReactElement {
  return createElement(
    'div',
    { className: 'ide-token-hint' },
    'API token: put ',
    createElement('code', null, '{"Authorization": "Bearer YOUR_TOKEN"}'),
    ' in Headers (per tab, not saved)',
  );
}

/** Renders GraphiQL into `#ide-root`. */
function renderIde(config: IdePageConfig): void {
  const container = pageDocument.getElementById('ide-root');
  if (!container) throw new Error('IDE page is missing its #ide-root element');
  const ide = createElement(
    GraphiQL,
    {
      fetcher: createFetcher(config.endpoint),
      defaultTabs: exampleOperations.map(toTab),
      // Open the variables/headers pane so the paging variables and the
      // headers editor (for the API token) are visible without hunting.
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      // Headers carry the API token: keep them out of localStorage.
      shouldPersistHeaders: false,
    },
    createElement(GraphiQL.Logo, null, config.title),
    createElement(GraphiQL.Footer, null, tokenHint()),
  );
  createRoot(container).render(ide);
}

renderIde(readPageConfig());
