import type { RawDocument } from './types.ts';

/** Largest article accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Why a document was refused; the message names the problem and the value seen. */
export class RejectedDocument extends Error {
  constructor(
    readonly origin: string,
    readonly reason: 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NOT_ENGLISH' | 'NO_DATE' | 'BAD_METADATA',
    detail: string,
  ) {
    super(`${origin}: ${detail}`);
    this.name = 'RejectedDocument';
  }
}

// The most frequent English function words: a story in English is full of them.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by at from it his said has have be are an its will were which their this who or after not but also had been'.split(' '),
);

/**
 * Refuses input no article can come from: empty, binary, over 1 MiB, or not English.
 * @throws RejectedDocument naming the file and the reason.
 */
export function validateDocument(doc: RawDocument): void {
  const bytes = Buffer.byteLength(doc.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new RejectedDocument(doc.origin, 'TOO_LARGE', `too large: ${bytes} bytes, the limit is ${MAX_ARTICLE_BYTES} bytes (1 MiB)`);
  }
  if (doc.text.trim() === '') throw new RejectedDocument(doc.origin, 'EMPTY', 'empty document: no text to read');
  if (looksBinary(doc.text)) {
    throw new RejectedDocument(doc.origin, 'BINARY', 'binary content: this is not a text or markdown file');
  }
  const share = englishShare(doc.text);
  if (share < 0.12) {
    throw new RejectedDocument(
      doc.origin,
      'NOT_ENGLISH',
      `not English: ${(share * 100).toFixed(1)}% of words are common English words (at least 12% expected)`,
    );
  }
}

/** NUL bytes, invalid UTF-8 (decoded as U+FFFD) or many control characters mark binary input. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const suspicious = text.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return suspicious / text.length > 0.01;
}

/** Share of words that are English function words. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
}
