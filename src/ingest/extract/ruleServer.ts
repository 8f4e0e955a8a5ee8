/**
 * The rule stages served over HTTP, speaking the protocol of remote.ts: the
 * other end of `EXTRACTOR_URL`. It is the reference implementation of that
 * protocol (a model-backed extractor answers the same requests), and the
 * proof that the protocol carries everything a stage needs: pointed at this
 * server, every stage remote, the pipeline extracts exactly what the rules
 * extract in process (test/pipeline/rule-extractor-server.test.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import type { NormalizedDocument } from '../types.ts';
import { checkMeetings, checkPeople, STAGE_NAMES, StageContractError, type StageName } from './contract.ts';
import { ruleStages } from './index.ts';

/** Largest request accepted: a 1 MB article, its sentences and what the stages before found. */
const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** A request the server refuses, with the HTTP status to answer and a message naming the problem. */
class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const requestShape = z.object({
  stage: z.enum(STAGE_NAMES),
  article: z.object({
    origin: z.string(),
    title: z.string().nullable().optional(),
    publishedAt: z.string().nullable().optional(),
    body: z.string(),
    sentences: z.array(z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) })),
  }),
  people: z.unknown().optional(),
  meetings: z.unknown().optional(),
});

/** The document a stage request describes, as the rule stages read it. */
function documentOf(article: z.infer<typeof requestShape>['article']): NormalizedDocument {
  const meta = { ...(article.title ? { title: article.title } : {}), ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) };
  return { origin: article.origin, body: article.body, sentences: article.sentences, meta };
}

/** Runs the requested rule stage on a parsed request; what the stages before found is checked against the contract first. */
function answer(request: unknown): Record<string, unknown> {
  const parsed = requestShape.safeParse(request);
  if (!parsed.success) throw new BadRequest(400, `not a stage request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ')}`);
  const { stage, article } = parsed.data;
  const doc = documentOf(article);
  const needs = (key: 'people' | 'meetings', s: StageName) => {
    if (parsed.data[key] === undefined) throw new BadRequest(400, `the ${s} stage needs "${key}"`);
  };
  try {
    if (stage === 'people') return { people: ruleStages.people(doc) };
    needs('people', stage);
    const people = checkPeople(doc, parsed.data.people);
    if (stage === 'meetings') return { meetings: ruleStages.meetings(doc, { people }) };
    needs('meetings', stage);
    const meetings = checkMeetings(doc, people, parsed.data.meetings);
    return { agreements: ruleStages.agreements(doc, { people, meetings }) };
  } catch (error) {
    if (error instanceof StageContractError) throw new BadRequest(400, `input of the ${stage} stage: ${error.message}`);
    throw error;
  }
}

/** Reads a request body up to the size limit. */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new BadRequest(413, `request larger than ${MAX_REQUEST_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Handles one request: POST a stage request as JSON, with the bearer token when one is set. */
async function handle(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
  if (req.method !== 'POST') throw new BadRequest(405, 'POST a stage request as JSON');
  if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) throw new BadRequest(401, 'missing or wrong bearer token');
  const text = await readBody(req);
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'the request body is not JSON');
  }
  send(res, 200, answer(request));
}

/**
 * An HTTP server answering stage requests with the rule stages; `token`, when
 * given, must come as `Authorization: Bearer <token>`. Not listening yet.
 */
export function createRuleExtractorServer(options: { token?: string } = {}): Server {
  return createServer((req, res) => {
    handle(req, res, options.token).catch((error: unknown) => {
      if (error instanceof BadRequest) send(res, error.status, { error: error.message });
      else send(res, 500, { error: `the rule stage failed: ${(error as Error).message}` });
    });
  });
}
