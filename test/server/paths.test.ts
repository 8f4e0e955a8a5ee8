/**
 * The project's files are found from the project root, wherever the code runs
 * from: the sources (tsx, vitest) or the bundle in dist/ (npm start).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, PROJECT_ROOT, projectPath } from '../../src/config/paths.ts';
import { SEED_DOCUMENTS_DIR } from '../../src/ingest/seed.ts';
import { PRISMA_DIR } from '../../src/db/schemaEngine.ts';

describe('project paths', () => {
  it('the root is the directory of package.json, prisma/ and seed/', () => {
    expect(PROJECT_ROOT).toBe(process.cwd());
    expect(PRISMA_DIR).toBe(projectPath('prisma'));
    expect(SEED_DOCUMENTS_DIR).toBe(join(process.cwd(), 'seed', 'documents'));
  });

  it('is found from a module one or more folders down, as from dist/ or src/<domain>/', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'dist', 'bench'), { recursive: true });
    expect(findProjectRoot(join(root, 'dist'))).toBe(root);
    expect(findProjectRoot(join(root, 'dist', 'bench'))).toBe(root);
  });

  it('names the problem when there is no package.json above', () => {
    expect(() => findProjectRoot('/')).toThrow(/no package.json above \//);
  });
});
