/**
 * The ingestion pipeline, one stage per file:
 * validate → normalize (+ metadata) → extract → resolve + load (one transaction).
 * Every caller (seed, CLI, GraphQL mutation) goes through `ingestDocument`.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { extract } from './extract/index.ts';
import { loadArticle, type LoadOutcome } from './load.ts';
import { normalize } from './normalize.ts';
import { RejectedDocument, validateDocument } from './validate.ts';
import type { Extraction, NormalizedDocument, RawDocument } from './types.ts';

export interface IngestOptions {
  /** Load articles with no publication date (relative dates then stay unresolved, with a warning). Default false. */
  allowUndated?: boolean;
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
    const { document, extraction } = analyzeDocument(raw, options);
    const outcome = await loadArticle(prisma, document, extraction);
    return { ok: true, origin: raw.origin, document, extraction, ...outcome };
  } catch (error) {
    return { ok: false, origin: raw.origin, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/**
 * The pure part of the pipeline: validate, normalize and extract, no database.
 * @throws RejectedDocument when the document cannot be an article.
 */
export function analyzeDocument(raw: RawDocument, options: IngestOptions = {}): { document: NormalizedDocument; extraction: Extraction } {
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
  return { document, extraction: extract(document) };
}
