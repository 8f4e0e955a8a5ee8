// Bundles the GraphQL IDE (GraphiQL from npm + src/ide/client) into
// src/ide/dist/: index.html (a template the server fills in), one hashed JS
// file and one hashed CSS file. Runs offline in a few seconds, so postinstall
// can call it.
//
// graphiql, react, react-dom and esbuild are devDependencies: in an install
// without them this script only warns and exits 0, and the server answers
// "IDE not built: run npm run build:ide" instead of the IDE.
import { mkdir, rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/ide/client/main.ts');
const distDir = join(root, 'src/ide/dist');

/** Loads esbuild, or returns null (with a warning) when devDependencies are absent. */
async function loadEsbuild() {
  try {
    await import('graphiql/package.json', { with: { type: 'json' } });
    return await import('esbuild');
  } catch {
    console.warn('[build-ide] skipped: esbuild/graphiql not installed (devDependencies). Run npm run build:ide after installing them.');
    return null;
  }
}

/** Bundles the entry into `outdir`; returns the output file names by extension. */
async function bundle(esbuild, outdir) {
  const result = await esbuild.build({
    entryPoints: { ide: entry },
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    // Content hashes in names let the server send year-long cache headers.
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
  const js = outputs.filter((file) => file.endsWith('.js'));
  const css = outputs.filter((file) => file.endsWith('.css'));
  if (js.length !== 1 || css.length !== 1 || outputs.length !== 2) {
    throw new Error(`expected one .js and one .css output, got: ${outputs.join(', ')}`);
  }
  return { js: js[0], css: css[0] };
}

/**
 * The page template. The server replaces the %%…%% placeholders per request
 * (title, asset base path, JSON config), so one build serves any endpoint.
 * No inline script: the config block is JSON, which browsers never execute.
 */
function pageTemplate({ js, css }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%IDE_TITLE%%</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="%%IDE_ASSET_BASE%%/${css}">
<script type="application/json" id="ide-config">%%IDE_CONFIG%%</script>
<script type="module" src="%%IDE_ASSET_BASE%%/${js}"></script>
</head>
<body>
<div id="ide-root"></div>
<noscript>The GraphQL IDE needs JavaScript. You can still POST queries to this endpoint.</noscript>
</body>
</html>
`;
}

/** Builds into a scratch folder, then swaps it in, so a running server never sees half a build. */
async function main() {
  const started = performance.now();
  const esbuild = await loadEsbuild();
  if (!esbuild) return;
  const scratch = `${distDir}.tmp-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  try {
    const assets = await bundle(esbuild, scratch);
    await writeFile(join(scratch, 'index.html'), pageTemplate(assets));
    await rm(distDir, { recursive: true, force: true });
    await rename(scratch, distDir);
    const ms = Math.round(performance.now() - started);
    console.log(`[build-ide] src/ide/dist: index.html, ${assets.js}, ${assets.css} in ${ms} ms`);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error) => {
  console.error('[build-ide] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
