/** Reads seed documents (text + sidecar) for the ingest specs. */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/ingest/normalize.ts';
import { extract } from '../../src/ingest/extract/index.ts';
import type { ArticleMeta, Extraction, NormalizedDocument, RawDocument } from '../../src/ingest/types.ts';

/** A seed document by its number prefix ("000" … "004"), with or without its sidecar. */
export function seedRaw(prefix: string, withSidecar = true): RawDocument {
  const names = ['000_e741f6c3f604ae46', '001_ef9df05638b02414', '002_b9abf42fcc1bfcba', '003_a21235415d83ee09', '004_8ea1952af6356e06'];
  const name = names.find((n) => n.startsWith(prefix))!;
  const text = readFileSync(`seed/documents/${name}.txt`, 'utf8');
  const meta = withSidecar ? (JSON.parse(readFileSync(`seed/documents/${name}.meta.json`, 'utf8')) as ArticleMeta) : {};
  return { origin: name, text, meta };
}

/** Normalizes and extracts one seed document. */
export function seed(prefix: string): { doc: NormalizedDocument; x: Extraction } {
  const doc = normalize(seedRaw(prefix));
  return { doc, x: extract(doc) };
}

/** Normalizes and extracts a made-up story. */
export function story(text: string, publishedAt?: string): { doc: NormalizedDocument; x: Extraction } {
  const doc = normalize({ origin: 'made-up', text, meta: publishedAt ? { publishedAt } : {} });
  return { doc, x: extract(doc) };
}

/** Folded person name for comparisons across spellings. */
export function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
