/**
 * Dockerfile and docker-compose.yml cannot run here (no Docker engine), so
 * check what can be checked: they parse, and everything they refer to exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OURS_NODE_FLAGS } from '../../bench/servers.ts';
import { loadConfig } from '../../src/config/config.ts';

interface Compose {
  services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; ports?: string[] }>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as Compose;
const dockerfile = readFileSync('Dockerfile', 'utf8');
/** The run stage's command line, from its exec-form CMD. */
const dockerCmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];

describe('docker-compose.yml', () => {
  it('runs PostgreSQL with a health check and the API waiting for it to be healthy', () => {
    expect(compose.services.db?.healthcheck).toBeDefined();
    expect(compose.services.api?.depends_on?.db?.condition).toBe('service_healthy');
    expect(compose.services.api?.build).toBe('.');
    expect(compose.services.api?.ports).toContain('4000:4000');
  });

  it('gives the API only variables the configuration knows, with values it accepts', () => {
    const env = compose.services.api!.environment!;
    const known = Object.keys(readFileSync('.env.example', 'utf8').match(/^#?\s*([A-Z_]+)=/gm)!.reduce<Record<string, true>>((acc, line) => {
      acc[line.replace(/^#?\s*/, '').replace(/=$/, '')] = true;
      return acc;
    }, {}));
    for (const key of Object.keys(env)) expect(known, `${key} is not in .env.example`).toContain(key);
    expect(() => loadConfig({ ...env })).not.toThrow();
    expect(new URL(env.DATABASE_URL!).hostname).toBe('db');
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs as a non-root user in another, with a health check on /healthz', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(readFileSync('src/server/app.ts', 'utf8')).toContain("'/healthz'");
  });

  it('starts a file that exists, with a binary the install provides', () => {
    const [binary, ...args] = dockerCmd;
    // `node` is the run stage's base image's own binary; anything else must be a file the install provides.
    if (binary === 'node') expect(dockerfile).toMatch(/^FROM node:\d+[^\n]*\nENV/m);
    else expect(existsSync(binary!), binary).toBe(true);
    const files = args.filter((arg) => !arg.startsWith('--'));
    expect(files.length).toBeGreaterThan(0);
    for (const path of files) expect(existsSync(path), path).toBe(true);
  });

  it('runs Node with the same V8 flags as `npm start` and the benchmark', () => {
    const [, ...args] = dockerCmd;
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    const dockerFlags = args.filter((arg) => arg.startsWith('--'));
    expect(dockerFlags).toEqual(OURS_NODE_FLAGS);
    expect(start.split(' ').filter((arg) => arg.startsWith('--'))).toEqual(OURS_NODE_FLAGS);
  });

  it('runs only npm scripts that package.json defines', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [, name] of dockerfile.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toHaveProperty([name!]);
  });
});
