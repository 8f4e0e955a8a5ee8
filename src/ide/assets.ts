/**
 * The built IDE files (src/ide/dist/), read once into memory: the bundle is
 * ~1.8 MB and never changes while the server runs, so serving from memory
 * (with a gzip copy made once) beats touching the disk per request.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One static file, ready to send. */
export interface StaticFile {
  readonly body: Buffer;
  /** Gzipped body; null when compressing would not pay off. */
  readonly gzipped: Buffer | null;
  readonly contentType: string;
  readonly cacheControl: string;
}

/** Everything the handler serves from a build. */
export interface IdeAssets {
  /** The page template, see scripts/build-ide.mjs. */
  readonly template: string;
  /** Bundle files by file name (no directories: the build is flat). */
  readonly files: ReadonlyMap<string, StaticFile>;
}

const TEMPLATE_FILE = 'index.html';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** esbuild's `[name]-[hash]` names: safe to cache forever, a rebuild changes the name. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z]+$/;

/** Below this, gzip's framing costs more than it saves. */
const MIN_GZIP_BYTES = 1024;

/** Builds the in-memory entry for one bundle file. */
function toStaticFile(name: string, body: Buffer): StaticFile {
  return {
    body,
    gzipped: body.length >= MIN_GZIP_BYTES ? gzipSync(body) : null,
    contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
    cacheControl: HASHED_NAME.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** Reads a build from `distDir`, or returns null when there is none (never built). */
export async function loadIdeAssets(distDir: string): Promise<IdeAssets | null> {
  let names: string[];
  try {
    names = await readdir(distDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!names.includes(TEMPLATE_FILE)) return null;
  const template = await readFile(join(distDir, TEMPLATE_FILE), 'utf8');
  const files = new Map<string, StaticFile>();
  for (const name of names.filter((entry) => entry !== TEMPLATE_FILE)) {
    files.set(name, toStaticFile(name, await readFile(join(distDir, name))));
  }
  return { template, files };
}
