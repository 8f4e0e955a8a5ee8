// `npm start`: rebuilds dist/start.mjs from the sources (about 150 ms, so it is
// never stale after an edit) and runs it on plain Node. Where esbuild is not
// installed (a production install) it runs the dist/start.mjs the install
// built; with neither, the sources through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer } from './build-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'start.mjs');

if ((await buildServer()) || existsSync(bundle)) {
  // Stack traces in the logs then name src/ files and lines, not the bundle's.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'start.ts')).href);
}
