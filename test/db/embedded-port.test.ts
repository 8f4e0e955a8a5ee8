import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPortTaken, startEmbeddedPostgres } from '../../src/db/embedded.ts';

describe('starting the embedded PostgreSQL on a port another process holds', () => {
  let holder: Server;
  let port = 0;
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedded-port-'));
    holder = createServer(() => {});
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    port = (holder.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise((done) => holder.close(done));
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused at once, naming the port and the data directory, before any cluster is initialised', async () => {
    expect(await isPortTaken(port)).toBe(true);
    await expect(startEmbeddedPostgres({ dir, port })).rejects.toThrow(`cannot start the embedded PostgreSQL of ${dir}: port ${port} on 127.0.0.1 is already in use`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a free port is not taken', async () => {
    const probe = createServer(() => {});
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const free = (probe.address() as { port: number }).port;
    await new Promise((done) => probe.close(done));
    expect(await isPortTaken(free)).toBe(false);
  });
});
