/**
 * Load generation with autocannon: a timed run of one request, and a fixed
 * number of requests cycling through several (the RSS soak).
 */
import autocannon from 'autocannon';
import type { ServerRequest } from './servers.ts';

/** What one timed run measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const HEADERS = { 'content-type': 'application/json' };

/** Runs autocannon and resolves with its result. */
function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Summarizes an autocannon result. */
function summarize(result: autocannon.Result): LoadResult {
  return {
    requestsPerSecond: result.requests.total / (result.duration || 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Warms up for `warmupSeconds`, then measures `seconds` of `request` at `connections` connections. */
export async function measure(request: ServerRequest, connections: number, seconds: number, warmupSeconds: number): Promise<LoadResult> {
  const base = { url: request.url, method: 'POST' as const, headers: HEADERS, body: request.body, connections };
  if (warmupSeconds > 0) await run({ ...base, duration: warmupSeconds });
  return summarize(await run({ ...base, duration: seconds }));
}

/** Sends `amount` requests cycling through `requests` (all on one origin) at `connections` connections. */
export async function soak(requests: readonly ServerRequest[], connections: number, amount: number): Promise<LoadResult> {
  const first = requests[0];
  if (!first) throw new Error('soak needs at least one request');
  const origin = new URL(first.url).origin;
  const result = await run({
    url: origin,
    connections,
    amount,
    timeout: 30,
    requests: requests.map((r) => ({ method: 'POST' as const, path: new URL(r.url).pathname, headers: HEADERS, body: r.body })),
  });
  return summarize(result);
}
