/**
 * Shared reading of an article for the extraction stages: word tokens with
 * offsets, the sentences' source spans, and the vocabulary every stage uses.
 */
import type { NormalizedDocument, Sentence, SourceSpan } from '../types.ts';

/** A word or punctuation token of a sentence, with offsets inside the sentence. */
export interface Token {
  text: string;
  /** Lower-case form, typographic apostrophes made plain. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
}

/** Splits a sentence into tokens; possessive "'s"/"’s" becomes its own token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(['’]s)\b|[\p{L}\p{M}\d]+(?:(?:-|\.|['’](?!s\b))[\p{L}\p{M}\d]+)*\.?|[^\s\p{L}\p{M}\d]/gu;
  for (const m of text.matchAll(re)) {
    let t = m[0];
    // A trailing period belongs to the token only in abbreviations like "U.S." or initials "J.".
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^\p{Lu}\.$/u.test(t)) t = t.slice(0, -1);
    const start = m.index ?? 0;
    tokens.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + t.length,
      capitalized: /^\p{Lu}/u.test(t),
      word: /[\p{L}\d]/u.test(t) && !/^['’]s$/.test(t),
    });
    if (t.length < m[0].length) tokens.push({ text: '.', lower: '.', start: start + t.length, end: start + m[0].length, capitalized: false, word: false });
  }
  return tokens;
}

/** A sentence of the article, tokenized, with its index and source span. */
export interface ReadSentence extends Sentence {
  index: number;
  tokens: Token[];
  span: SourceSpan;
}

/** What every stage reads: the document and its tokenized sentences. */
export interface ArticleContext {
  doc: NormalizedDocument;
  sentences: ReadSentence[];
  publishedAt?: string;
  warnings: string[];
}

/** Builds the shared context of one document. */
export function readArticle(doc: NormalizedDocument): ArticleContext {
  const sentences = doc.sentences.map((s, index) => ({
    ...s,
    index,
    tokens: tokenize(s.text),
    span: { quote: s.text, position: s.start },
  }));
  return { doc, sentences, publishedAt: doc.meta.publishedAt, warnings: [] };
}

/** Adds a warning once. */
export function warn(ctx: ArticleContext, message: string): void {
  if (!ctx.warnings.includes(message)) ctx.warnings.push(message);
}
