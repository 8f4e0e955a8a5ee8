/**
 * The ingestion pipeline, one stage per file:
 * validate → normalize (+ metadata) → extract → resolve + load (one transaction).
 * Every caller (seed, CLI, GraphQL mutation) goes through `ingestDocument`.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { extract, extractWith } from './extract/index.ts';
import type { KnownPerson } from './extract/known.ts';
import { knownPeopleIn } from './knownPeople.ts';
import { remoteStages, type RemoteExtractor } from './extract/remote.ts';
import { loadArticle, type LoadOutcome } from './load.ts';
import { normalize } from './normalize.ts';
import { RejectedDocument, validateDocument } from './validate.ts';
import type { Extraction, NormalizedDocument, RawDocument } from './types.ts';

export interface IngestOptions {
  /** Load articles with no publication date (relative dates then stay unresolved, with a warning). Default false. */
  allowUndated?: boolean;
  /** An extractor over HTTP that replaces some stages (see extract/remote.ts); the rule stages when unset. */
  extractor?: RemoteExtractor;
}

/** What happened to one document: loaded (new or known) with its extraction, or refused with a reason. */
export type IngestReport =
  | ({ ok: true; origin: string; document: NormalizedDocument; extraction: Extraction } & LoadOutcome)
  | { ok: false; origin: string; error: RejectedDocument | Error };

/**
 * Runs one document through every stage. Never throws for a bad document:
 * the report says why it was refused, and nothing of it was written.
 */
export async function ingestDocument(prisma: PrismaClient, raw: RawDocument, options: IngestOptions = {}): Promise<IngestReport> {
  try {
    const document = prepareDocument(raw, options);
    // People from earlier articles let a story that names them by surname alone be read.
    const extraction = await extractDocument(document, await knownPeopleIn(prisma, document.body), options.extractor);
    const outcome = await loadArticle(prisma, document, extraction);
    return { ok: true, origin: raw.origin, document, extraction, ...outcome };
  } catch (error) {
    return { ok: false, origin: raw.origin, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/**
 * The pure part of the pipeline: validate, normalize and extract, no database.
 * `knownPeople` stands in for the graph's people when there is no database.
 * @throws RejectedDocument when the document cannot be an article.
 */
export function analyzeDocument(
  raw: RawDocument,
  options: IngestOptions = {},
  knownPeople: readonly KnownPerson[] = [],
): { document: NormalizedDocument; extraction: Extraction } {
  const document = prepareDocument(raw, options);
  return { document, extraction: extract(document, { knownPeople }) };
}

/**
 * Extracts with the rule stages, or with the remote extractor's stages where
 * one is given; a remote stage that fell back to the rules adds a warning.
 * @throws RemoteStageError when a remote stage failed and its `onError` is `refuse`.
 */
export async function extractDocument(document: NormalizedDocument, knownPeople: readonly KnownPerson[], extractor?: RemoteExtractor): Promise<Extraction> {
  if (!extractor) return extract(document, { knownPeople });
  const warnings: string[] = [];
  const extraction = await extractWith(document, remoteStages(extractor, (w) => warnings.push(w)), { knownPeople });
  return warnings.length ? { ...extraction, warnings: [...extraction.warnings, ...warnings] } : extraction;
}

/**
 * Validates and normalizes a document, refusing one with no date (unless
 * allowed) or no story text.
 * @throws RejectedDocument when the document cannot be an article.
 */
export function prepareDocument(raw: RawDocument, options: IngestOptions = {}): NormalizedDocument {
  validateDocument(raw);
  const document = normalize(raw);
  if (!document.meta.publishedAt && !options.allowUndated) {
    throw new RejectedDocument(
      raw.origin,
      'NO_DATE',
      'no publication date: give publishedAt in a sidecar NAME.meta.json (or the API input), or a dateline in the text; relative dates like "on Thursday" cannot be resolved without it',
    );
  }
  if (document.sentences.length === 0) throw new RejectedDocument(raw.origin, 'EMPTY', 'no story text left after removing site furniture');
  return document;
}
