/**
 * Extraction stages served by another program over HTTP: a language model, a
 * trained tagger, anything that speaks the stage contract of index.ts as
 * JSON. One POST per stage and article:
 *
 *   request  { "stage": "meetings",
 *              "article": { "origin", "title", "publishedAt", "body", "sentences": [{ "text", "start", "end" }] },
 *              "people": [...]                 (meetings and agreements stages)
 *              "meetings": [...] }             (agreements stage)
 *   response { "meetings": [...] }             (the key is the stage's name)
 *
 * The shapes are those of types.ts. Every answer is checked against the
 * contract (contract.ts) before anything reads it; an answer that breaks it,
 * a timeout, a refused connection or a non-2xx status is a failure, which
 * either falls back to the rule stage with a warning on the article
 * (`onError: 'rules'`) or refuses the article (`'refuse'`), so that nothing
 * half-checked is written.
 */
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson, NormalizedDocument } from '../types.ts';
import { checkAgreements, checkMeetings, checkPeople, type StageName } from './contract.ts';
import { ruleStages, type ExtractionStages, type Found } from './index.ts';

/** Where the remote extractor is and what it serves. */
export interface RemoteExtractor {
  /** The endpoint every stage request is POSTed to. */
  url: string;
  /** The stages it replaces; the others stay the rule stages. */
  stages: readonly StageName[];
  /** Time allowed for one answer. */
  timeoutMs: number;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  /** What a failed stage does: fall back to the rule stage (with a warning), or refuse the article. */
  onError: 'rules' | 'refuse';
}

/** A remote stage that failed; the message names the stage, the endpoint and the reason. */
export class RemoteStageError extends Error {
  constructor(
    readonly stage: StageName,
    readonly url: string,
    reason: string,
  ) {
    super(`remote ${stage} stage at ${url}: ${reason}`);
    this.name = 'RemoteStageError';
  }
}

/** The article as the remote extractor receives it. */
function articlePayload(doc: NormalizedDocument) {
  return {
    origin: doc.origin,
    title: doc.meta.title ?? null,
    publishedAt: doc.meta.publishedAt ?? null,
    body: doc.body,
    sentences: doc.sentences,
  };
}

/** POSTs one stage request and returns the stage's list from the answer. */
async function callStage(remote: RemoteExtractor, stage: StageName, payload: object): Promise<unknown> {
  const fail = (reason: string) => new RemoteStageError(stage, remote.url, reason);
  let response: Response;
  try {
    response = await fetch(remote.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(remote.token ? { authorization: `Bearer ${remote.token}` } : {}) },
      body: JSON.stringify({ stage, ...payload }),
      signal: AbortSignal.timeout(remote.timeoutMs),
    });
  } catch (error) {
    const e = error as Error;
    throw fail(e.name === 'TimeoutError' ? `no answer within ${remote.timeoutMs} ms` : `request failed: ${causeOf(e)}`);
  }
  const body = await response.text().catch(() => '');
  if (!response.ok) throw fail(`answered HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw fail(`answer is not JSON: ${JSON.stringify(body.slice(0, 80))}`);
  }
  if (typeof json !== 'object' || json === null || !(stage in json)) throw fail(`answer has no "${stage}" list`);
  return (json as Record<string, unknown>)[stage];
}

/** The most telling message of a fetch failure (undici puts the socket error in `cause`). */
function causeOf(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

/** Runs a remote stage; on failure, the rule stage with a warning, or a RemoteStageError to refuse the article. */
async function withFallback<T>(remote: RemoteExtractor, stage: StageName, warn: (w: string) => void, run: () => Promise<T>, rules: () => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const e = error instanceof RemoteStageError ? error : new RemoteStageError(stage, remote.url, (error as Error).message);
    if (remote.onError === 'refuse') throw e;
    warn(`${e.message}; the rule stage was used instead`);
    return rules();
  }
}

/**
 * The stages `remote` serves, for `extractWith`. `warn` receives one line per
 * stage that fell back to the rules, for the article's warnings.
 */
export function remoteStages(remote: RemoteExtractor, warn: (warning: string) => void): Partial<ExtractionStages> {
  const stages: Partial<ExtractionStages> = {};
  if (remote.stages.includes('people')) {
    stages.people = (doc: NormalizedDocument): Promise<ExtractedPerson[]> =>
      withFallback(remote, 'people', warn, async () => checkPeople(doc, await callStage(remote, 'people', { article: articlePayload(doc) })), () => ruleStages.people(doc));
  }
  if (remote.stages.includes('meetings')) {
    stages.meetings = (doc: NormalizedDocument, found: Pick<Found, 'people'>): Promise<ExtractedMeeting[]> =>
      withFallback(
        remote,
        'meetings',
        warn,
        async () => checkMeetings(doc, found.people, await callStage(remote, 'meetings', { article: articlePayload(doc), people: found.people })),
        () => ruleStages.meetings(doc, found),
      );
  }
  if (remote.stages.includes('agreements')) {
    stages.agreements = (doc: NormalizedDocument, found: Found): Promise<ExtractedAgreement[]> =>
      withFallback(
        remote,
        'agreements',
        warn,
        async () => checkAgreements(doc, found, await callStage(remote, 'agreements', { article: articlePayload(doc), ...found })),
        () => ruleStages.agreements(doc, found),
      );
  }
  return stages;
}
