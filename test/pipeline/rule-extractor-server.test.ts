/**
 * The rule stages served over HTTP (src/ingest/extract/ruleServer.ts, `npm
 * run extractor`): the reference end of EXTRACTOR_URL. With every stage
 * remote, the pipeline must extract exactly what the in-process rules do on
 * every gold article, which proves the protocol of remote.ts carries all a
 * stage needs; bad requests are refused with a reason.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoldSet } from '../../src/eval/goldSet.ts';
import type { RemoteExtractor } from '../../src/ingest/extract/remote.ts';
import { createRuleExtractorServer } from '../../src/ingest/extract/ruleServer.ts';
import { analyzeDocument, extractDocument, prepareDocument } from '../../src/ingest/pipeline.ts';

let server: Server;
let url: string;
const token = 'extractor-secret';

beforeAll(async () => {
  server = createRuleExtractorServer({ token });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const remote = (): RemoteExtractor => ({ url, stages: ['people', 'meetings', 'agreements'], timeoutMs: 10_000, token, onError: 'refuse' });
const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the rule stages served over HTTP', () => {
  it('extract over the wire exactly what the rules extract in process, on every gold article', async () => {
    const docs = await readGoldSet();
    expect(docs.length).toBeGreaterThanOrEqual(169);
    for (const d of docs) {
      let local;
      try {
        local = analyzeDocument(d.raw).extraction;
      } catch {
        continue; // refused before extraction either way (no date found, say)
      }
      const overHttp = await extractDocument(prepareDocument(d.raw), [], remote());
      expect(overHttp, d.label).toEqual(local);
    }
    // Every gold article, three stage requests each: minutes on two shared cores, and more as the gold set grows.
  }, 360_000);

  it('refuse a request without the bearer token, or one that is not JSON', async () => {
    const unauthorised = await post({ stage: 'people' }, {});
    expect(unauthorised.status).toBe(401);
    expect(await unauthorised.json()).toEqual({ error: 'missing or wrong bearer token' });
    const notJson = await post('{"stage": ');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'the request body is not JSON' });
  });

  it('name what is wrong with a stage request: an unknown stage, a missing input, input that breaks the contract', async () => {
    const article = { origin: 'x', title: null, publishedAt: '2024-05-06', body: 'Ana Reyes met Luis Ortega.', sentences: [{ text: 'Ana Reyes met Luis Ortega.', start: 0, end: 26 }] };
    const unknown = await post({ stage: 'topics', article });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^not a stage request: stage: /);
    const missing = await post({ stage: 'meetings', article });
    expect(await missing.json()).toEqual({ error: 'the meetings stage needs "people"' });
    const broken = await post({ stage: 'meetings', article, people: [{ name: 'Ana Reyes', aliases: [], roles: [], firstMention: { quote: 'elsewhere', position: 3 } }] });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toContain('input of the meetings stage: people stage output breaks the stage contract: people[0].firstMention: "elsewhere" at 3 is not a sentence of the article');
  });

  it('answer a people request with the people of the article', async () => {
    const text = 'Chilean Foreign Minister Ana Reyes met Peruvian Foreign Minister Luis Ortega in Lima on Monday.';
    const response = await post({ stage: 'people', article: { origin: 'x', publishedAt: '2024-05-08', body: text, sentences: [{ text, start: 0, end: text.length }] } });
    expect(response.status).toBe(200);
    const { people } = (await response.json()) as { people: { name: string; countryCode?: string }[] };
    expect(people.map((p) => [p.name, p.countryCode])).toEqual([
      ['Ana Reyes', 'CL'],
      ['Luis Ortega', 'PE'],
    ]);
  });
});
