/**
 * The GraphQL IDE (GraphiQL, bundled at build time by scripts/build-ide.mjs)
 * served by our own HTTP server: no CDN and no request to any other origin,
 * so it works offline and under a strict Content-Security-Policy.
 *
 * Mount it in front of the GraphQL handler:
 *   const ide = createIdeHandler({ endpoint: '/graphql' });
 *   http.createServer((req, res) => { if (!ide(req, res)) graphql(req, res); });
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { projectPath } from '../config/paths.ts';
import { prefersHtml } from './accept.ts';
import { loadIdeAssets, type IdeAssets, type StaticFile } from './assets.ts';
import { renderPage } from './page.ts';

export { exampleOperations, type ExampleOperation } from './examples.ts';

/** Options for {@link createIdeHandler}. */
export interface IdeHandlerOptions {
  /** Path of the GraphQL endpoint, e.g. `/graphql`; the IDE is served there and POSTs there. */
  readonly endpoint: string;
  /** Page and header title. */
  readonly title?: string;
  /** Where the build lives; tests point it elsewhere. Defaults to src/ide/dist. */
  readonly distDir?: string;
  /** Told about failures to read the build (the client gets a 500). Defaults to console.error. */
  readonly onError?: (error: unknown) => void;
}

/** A node:http request handler that returns true when it answered the request. */
export type IdeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Shown instead of the IDE until `npm run build:ide` has produced src/ide/dist. */
export const IDE_NOT_BUILT_MESSAGE = 'IDE not built: run npm run build:ide';

const DEFAULT_DIST_DIR = projectPath('src', 'ide', 'dist');

/**
 * Only our own origin. Styles need 'unsafe-inline' because React, CodeMirror
 * and Radix (dialogs inject a <style> element) set inline styles; fonts and
 * icons in GraphiQL's CSS are data: URLs. Scripts stay 'self' only: the page
 * passes its settings as non-executable JSON instead of an inline script.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Route = { kind: 'page' } | { kind: 'asset'; name: string };

/** Paths the handler answers, derived once from the endpoint. */
interface IdePaths {
  readonly endpoint: string;
  readonly assetBase: string;
}

/** `/graphql/` and `/graphql` are the same endpoint; assets live under `<endpoint>/ide`. */
function idePaths(endpoint: string): IdePaths {
  const trimmed = endpoint.length > 1 ? endpoint.replace(/\/+$/, '') : endpoint;
  return { endpoint: trimmed, assetBase: `${trimmed === '/' ? '' : trimmed}/ide` };
}

/** Decides whether a request is ours: the page (browsers only) or a bundle file. */
function matchRoute(req: IncomingMessage, paths: IdePaths): Route | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === paths.endpoint) {
    return prefersHtml(req.headers.accept) ? { kind: 'page' } : null;
  }
  const prefix = `${paths.assetBase}/`;
  if (pathname.startsWith(prefix)) return { kind: 'asset', name: pathname.slice(prefix.length) };
  return null;
}

/** Headers every IDE response carries. */
function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', IDE_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** Sends a plain-text answer (errors, "not built"). */
function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** Sends the IDE page; `Vary: Accept` because the same URL also answers JSON. */
function sendPage(req: IncomingMessage, res: ServerResponse, html: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept');
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** True when the client takes gzip (a `gzip;q=0` opt-out is honoured). */
function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!;\s*q=0(\.0*)?\b)/i.test(header);
}

/** Sends one bundle file, gzipped when the client allows it. */
function sendFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  const gzipped = acceptsGzip(req) ? file.gzipped : null;
  const body = gzipped ?? file.body;
  res.statusCode = 200;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', file.cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Loads the build on first use and keeps it. A missing build is not cached,
 * so running `npm run build:ide` fixes a running server without a restart.
 */
function assetCache(distDir: string): () => Promise<IdeAssets | null> {
  let pending: Promise<IdeAssets | null> | null = null;
  return async () => {
    pending ??= loadIdeAssets(distDir);
    const assets = await pending.catch((error: unknown) => {
      pending = null;
      throw error;
    });
    if (!assets) pending = null;
    return assets;
  };
}

/**
 * Creates the IDE request handler. It answers `GET <endpoint>` from browsers
 * (Accept ranks `text/html` above JSON) with GraphiQL, and
 * `GET <endpoint>/ide/<file>` with the bundle; every other request (GraphQL
 * POSTs, GETs asking for JSON, other paths) gets `false` and is left untouched.
 */
export function createIdeHandler(options: IdeHandlerOptions): IdeHandler {
  const paths = idePaths(options.endpoint);
  const title = options.title ?? 'GraphQL IDE';
  const loadAssets = assetCache(options.distDir ?? DEFAULT_DIST_DIR);
  const onError = options.onError ?? ((error: unknown) => console.error('[ide]', error));

  async function respond(route: Route, req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const assets = await loadAssets();
    if (!assets) return sendText(req, res, 503, `${IDE_NOT_BUILT_MESSAGE}\n`);
    if (route.kind === 'page') {
      return sendPage(req, res, renderPage(assets.template, { endpoint: paths.endpoint, title, assetBase: paths.assetBase }));
    }
    const file = assets.files.get(route.name);
    if (!file) return sendText(req, res, 404, 'Not found\n');
    sendFile(req, res, file);
  }

  return (req, res) => {
    const route = matchRoute(req, paths);
    if (!route) return false;
    respond(route, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendText(req, res, 500, 'IDE failed to load\n');
      else res.destroy(error instanceof Error ? error : undefined);
    });
    return true;
  };
}
