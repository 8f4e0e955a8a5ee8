/**
 * An extractor over HTTP replacing a stage (src/ingest/extract/remote.ts):
 * a real HTTP server stands in for the model, the pipeline runs against a
 * real database, and `npm run eval` scores through it.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../src/db/prisma.ts';
import { cloneDatabase, type DisposableDatabase } from '../../src/db/testing.ts';
import { ruleStages } from '../../src/ingest/extract/index.ts';
import type { RemoteExtractor } from '../../src/ingest/extract/remote.ts';
import { ingestDocument, prepareDocument } from '../../src/ingest/pipeline.ts';
import { createApp } from '../../src/server/app.ts';
import type { ExtractedPerson, RawDocument, Sentence } from '../../src/ingest/types.ts';

/** What the stand-in model was asked. */
interface StageRequest {
  stage: string;
  article: { origin: string; publishedAt: string | null; body: string; sentences: Sentence[] };
  people?: ExtractedPerson[];
}

type Answer = (request: StageRequest) => { status?: number; body: unknown; delayMs?: number };

let db: DisposableDatabase;
let prisma: PrismaClient;
let server: http.Server;
let url: string;
let answer: Answer;
const received: { body: StageRequest; authorization: string | undefined }[] = [];

/** A short story; each test's has its own place and story line, so that none is taken for a rendering of another. */
const article = (origin: string, place: string, line = 'Reyes said the talks were frank.'): RawDocument => ({
  origin,
  text: `Chilean Foreign Minister Ana Reyes held talks with Peruvian Foreign Minister Luis Ortega in ${place} on Monday. ${line} The two ministers signed three agreements on fisheries and trade.`,
  meta: { publishedAt: '2023-06-08', title: `Reyes and Ortega meet in ${place}` },
});

/** A model that puts the first sentence's meeting in Geneva, which the text never says: its answer is recognisable downstream. */
const genevaMeeting: Answer = (request) => {
  const first = request.article.sentences[0]!;
  return {
    body: {
      meetings: [
        {
          participants: (request.people ?? []).map((p) => ({ name: p.name })),
          date: { year: 2023, month: 6, day: 5, precision: 'DAY' },
          status: 'HELD',
          kind: 'IN_PERSON',
          city: 'Geneva',
          countryCode: 'CH',
          sources: [{ quote: first.text, position: first.start }],
        },
      ],
    },
  };
};

const remote = (overrides: Partial<RemoteExtractor> = {}): RemoteExtractor => ({ url, stages: ['meetings'], timeoutMs: 2000, onError: 'rules', ...overrides });

beforeAll(async () => {
  db = await cloneDatabase(inject('serverUrl'), inject('template'));
  prisma = createPrisma(db.url, { poolSize: 2 });
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(raw) as StageRequest;
      received.push({ body, authorization: req.headers.authorization });
      const a = answer(body);
      setTimeout(() => {
        res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
        res.end(typeof a.body === 'string' ? a.body : JSON.stringify(a.body));
      }, a.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/extract`;
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await prisma?.$disconnect();
  await db?.drop();
});

describe('an extractor over HTTP replacing the meetings stage', () => {
  it('is sent the article, its sentences, the people found and the bearer token', async () => {
    answer = genevaMeeting;
    received.length = 0;
    const report = await ingestDocument(prisma, article('remote-1', 'Lima'), { extractor: remote({ token: 'secret-token-of-the-model' }) });
    expect(report.ok).toBe(true);
    expect(received).toHaveLength(1);
    const { body, authorization } = received[0]!;
    expect(authorization).toBe('Bearer secret-token-of-the-model');
    expect(body.stage).toBe('meetings');
    expect(body.article.publishedAt).toBe('2023-06-08');
    expect(body.article.sentences.map((s) => s.text)).toEqual([
      'Chilean Foreign Minister Ana Reyes held talks with Peruvian Foreign Minister Luis Ortega in Lima on Monday.',
      'Reyes said the talks were frank.',
      'The two ministers signed three agreements on fisheries and trade.',
    ]);
    expect(body.people?.map((p) => p.name).sort()).toEqual(['Ana Reyes', 'Luis Ortega']);
  });

  it('decides the meetings the database stores, with their source sentence, and the rule agreements stage links to them', async () => {
    answer = genevaMeeting;
    const report = await ingestDocument(prisma, article('remote-2', 'Santiago', 'Ortega called the visit a turning point for the Pacific fishing fleets of both nations.'), {
      extractor: remote(),
    });
    if (!report.ok) throw report.error;
    const meetings = await prisma.meeting.findMany({
      where: { sources: { some: { articleId: report.articleId } } },
      include: { sources: true, agreements: true, participants: { include: { person: true } } },
    });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ city: 'Geneva', countryCode: 'CH', status: 'HELD' });
    expect(meetings[0]!.participants.map((p) => p.person.name).sort()).toEqual(['Ana Reyes', 'Luis Ortega']);
    // The same meeting as the first article's (same people, same day), now also sourced from this one.
    expect(meetings[0]!.sources.find((s) => s.articleId === report.articleId)?.quote).toContain('in Santiago on Monday');
    expect(report.status).toBe('created');
    expect(meetings[0]!.agreements.map((a) => a.documentCount)).toEqual([3]);
  });

  it('an answer that breaks the stage contract falls back to the rule stage, with a warning naming the fault', async () => {
    answer = (request) => {
      const good = genevaMeeting(request).body as { meetings: { participants: { name: string }[] }[] };
      good.meetings[0]!.participants[1] = { name: 'Nobody Named' };
      return { body: good };
    };
    const raw = article('remote-3', 'Quito', 'Officials from both foreign ministries described a long agenda of border and migration questions.');
    const report = await ingestDocument(prisma, raw, { extractor: remote() });
    if (!report.ok) throw report.error;
    expect(report.extraction.warnings).toContainEqual(
      `remote meetings stage at ${url}: meetings stage output breaks the stage contract: meetings[0].participants[1].name: "Nobody Named" is not the name of a person of the article; the rule stage was used instead`,
    );
    const doc = prepareDocument(raw);
    expect(report.extraction.meetings).toEqual(ruleStages.meetings(doc, { people: ruleStages.people(doc) }));
    expect(report.extraction.meetings[0]).toMatchObject({ city: 'Quito' });
  });

  it('a slow extractor is given up on after its timeout, which the warning names', async () => {
    answer = (request) => ({ ...genevaMeeting(request), delayMs: 1500 });
    const report = await ingestDocument(prisma, article('remote-4', 'Bogota', 'The meeting had been delayed twice by the weather over the Andes this spring.'), { extractor: remote({ timeoutMs: 200 }) });
    if (!report.ok) throw report.error;
    expect(report.extraction.warnings).toContainEqual(`remote meetings stage at ${url}: no answer within 200 ms; the rule stage was used instead`);
  });

  it("with onError 'refuse', a failing extractor refuses the article, says why, and nothing of it is written", async () => {
    answer = () => ({ status: 503, body: 'model overloaded' });
    const before = await prisma.article.count();
    const report = await ingestDocument(prisma, article('remote-5', 'La Paz', 'Neither minister took questions from the press corps waiting outside the building.'), { extractor: remote({ onError: 'refuse' }) });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.message).toBe(`remote meetings stage at ${url}: answered HTTP 503: model overloaded`);
    expect(await prisma.article.count()).toBe(before);
  });

  it('an extractor that is not there is named by its connection error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const gone = `http://127.0.0.1:${port}/extract`;
    const report = await ingestDocument(prisma, article('remote-6', 'Asuncion', 'Diplomats expect a second round of negotiations on fishing quotas before the end of the year.'), { extractor: remote({ url: gone }) });
    if (!report.ok) throw report.error;
    expect(report.extraction.warnings.join('\n')).toMatch(new RegExp(`remote meetings stage at ${gone}: request failed: .*ECONNREFUSED`));
  });
});

describe('Mutation.ingestArticle on a server with an extractor configured', () => {
  it('extracts the meetings through it, over real HTTP at both ends', async () => {
    answer = genevaMeeting;
    received.length = 0;
    const token = 'a-long-enough-test-token-0123456789';
    const app = createApp({ prisma, apiToken: token, extractor: remote() });
    const api = await app.start(0, '127.0.0.1');
    try {
      const raw = article('api', 'Montevideo', 'The visit was the first by a Peruvian foreign minister to the Uruguayan capital in years.');
      const res = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status article { meetings(first: 5) { nodes { city } } } } }',
          variables: { i: { text: raw.text, publishedAt: raw.meta.publishedAt } },
        }),
      });
      const body = (await res.json()) as { data?: { ingestArticle: { status: string; article: { meetings: { nodes: { city: string }[] } } } } };
      expect(res.status).toBe(200);
      expect(body.data?.ingestArticle.status).toBe('CREATED');
      expect(body.data?.ingestArticle.article.meetings.nodes).toEqual([{ city: 'Geneva' }]);
      expect(received.map((r) => r.body.stage)).toEqual(['meetings']);
    } finally {
      await app.stop();
    }
  });
});

describe('npm run eval with EXTRACTOR_URL', () => {
  it('scores the extractor over HTTP instead of the rule stage', async () => {
    answer = () => ({ body: { meetings: [] } });
    received.length = 0;
    const dir = await mkdtemp(join(tmpdir(), 'eval-remote-'));
    for (const ext of ['txt', 'meta.json', 'expected.json']) await copyFile(`test/gold/07-australia-indonesia-video-call.${ext}`, join(dir, `07.${ext}`));
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--dir', dir, '--summary'], {
        env: { ...process.env, EXTRACTOR_URL: url, EXTRACTOR_STAGES: 'meetings' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      proc.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
      proc.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
      proc.once('close', (code) => resolve({ code, text }));
    });
    expect(out.code).toBe(0);
    expect(out.text).toContain(`stages meetings from ${url}`);
    // The model found no meetings, so none are found, where the rule stage finds this article's.
    expect(out.text).toMatch(/^meetings +\d+ +0 +0 /m);
    expect(received.filter((r) => r.body.stage === 'meetings').length).toBeGreaterThan(0);
  }, 60_000);
});
