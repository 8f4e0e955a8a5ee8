// Bundles the server (src/cli/start.ts and what it imports from src/) into
// dist/start.mjs with esbuild, so `npm start` runs plain JavaScript on plain
// Node: under tsx every module load and every runtime `require` goes through
// tsx's resolver hooks, which cost 7-15% of the server's CPU per request on
// the benchmark's light queries (docs/benchmarks.md, "Compiled JavaScript").
// Packages stay external (resolved from node_modules at run time); files the
// code reads (SDL, prisma/, seed/, the IDE) are found from the project root.
//
// `node scripts/build-server.mjs [entry.ts out.mjs]...` builds the given pairs
// (default: src/cli/start.ts -> dist/start.mjs). esbuild is a devDependency: in
// an install without it this exits 0 with a warning and start.mjs falls back.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Loads esbuild, or returns null when devDependencies are absent. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

/** Bundles `entry` into `outfile`; both relative to the project root. */
export async function buildServer(entry = 'src/cli/start.ts', outfile = 'dist/start.mjs') {
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    console.warn('[build-server] skipped: esbuild is not installed (a devDependency); npm start runs the last built dist/start.mjs, else the sources with tsx.');
    return false;
  }
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const pairs = args.length ? Array.from({ length: args.length / 2 }, (_, i) => [args[2 * i], args[2 * i + 1]]) : [[undefined, undefined]];
  for (const [entry, out] of pairs) await buildServer(entry, out);
}
