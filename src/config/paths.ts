/**
 * Where the project's files are. Paths are found from the project root (the
 * nearest directory above this module holding package.json) rather than
 * relative to each module, so the same code works run from `src/` by tsx and
 * vitest and bundled into `dist/` by scripts/build-server.mjs.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `from` that holds a package.json. */
export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}: cannot find the project's files`);
  }
}

/** The project root: the directory of package.json, prisma/, seed/ and src/. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. `projectPath('prisma')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
