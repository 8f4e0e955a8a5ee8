/**
 * Equivalence check before timing: each server's answer is reduced to a
 * fingerprint — the ids of the first list in the answer (in order), how many
 * leaf values each field name has anywhere in it, and the values of a few
 * fields that must agree exactly — and fingerprints are compared to ours.
 * Field names line up because the peer's queries alias its fields to ours.
 */

/** What is compared between servers. */
export interface Fingerprint {
  /** Database ids of the first list of objects, in order (our global ids decoded). */
  ids: number[];
  /** Leaf values per field name, over the whole answer. */
  leafCounts: Record<string, number>;
  /** Values of EXACT_FIELDS, in document order. */
  exact: string[];
  /** GraphQL errors, if any. */
  errors: string[];
}

/** Fields whose values must be equal everywhere (totals and yearly aggregates). */
const EXACT_FIELDS = new Set(['totalCount', 'year', 'agreements', 'documents', 'hasNextPage']);
/** Connection wrappers skipped when walking. */
const WRAPPERS = new Set(['nodes', 'edges', 'node']);

/** A database id from our global id ("TWVldGluZzoxMg" → 12), the peer's rowId or the floor's id. */
export function databaseId(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const decoded = /^[A-Za-z]+:(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  return decoded ? Number(decoded[1]) : undefined;
}

/** Walks `value`, counting leaves by field name and collecting exact values. */
function walk(value: unknown, field: string, fp: Fingerprint): void {
  if (Array.isArray(value)) {
    if (fp.ids.length === 0 && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && 'id' in v)) {
      fp.ids = value.map((v: { id: unknown }) => databaseId(v.id) ?? -1);
    }
    for (const item of value) walk(item, field, fp);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, WRAPPERS.has(key) ? field : key, fp);
    return;
  }
  fp.leafCounts[field] = (fp.leafCounts[field] ?? 0) + 1;
  if (EXACT_FIELDS.has(field)) fp.exact.push(`${field}=${String(value)}`);
}

/** The fingerprint of a GraphQL-shaped answer `{ data, errors }`. */
export function fingerprint(answer: unknown): Fingerprint {
  const fp: Fingerprint = { ids: [], leafCounts: {}, exact: [], errors: [] };
  const { data, errors } = (answer ?? {}) as { data?: unknown; errors?: { message: string }[] };
  fp.errors = (errors ?? []).map((e) => e.message);
  walk(data, '', fp);
  return fp;
}

/** Human-readable differences between `other` and `ours` (empty when equivalent). */
export function differences(ours: Fingerprint, other: Fingerprint): string[] {
  const out: string[] = [];
  if (ours.errors.length || other.errors.length) out.push(`errors: ours ${JSON.stringify(ours.errors)}, other ${JSON.stringify(other.errors)}`);
  if (ours.ids.join(',') !== other.ids.join(',')) {
    out.push(`ids differ: ours [${ours.ids.slice(0, 6).join(',')}…] (${ours.ids.length}), other [${other.ids.slice(0, 6).join(',')}…] (${other.ids.length})`);
  }
  for (const field of new Set([...Object.keys(ours.leafCounts), ...Object.keys(other.leafCounts)])) {
    const a = ours.leafCounts[field] ?? 0;
    const b = other.leafCounts[field] ?? 0;
    if (a !== b) out.push(`${field}: ${a} values in ours, ${b} in other`);
  }
  if (ours.exact.join('|') !== other.exact.join('|')) out.push(`exact values differ (${ours.exact.slice(0, 4).join(' ')} … vs ${other.exact.slice(0, 4).join(' ')} …)`);
  return out;
}
