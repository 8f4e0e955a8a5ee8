/**
 * Seeded randomness for the synthetic corpus. Every entity draws from its own
 * generator, derived from (seed, stream, index), so any one of them can be
 * regenerated alone, in any order, and comes out the same each time: that is
 * what lets each table be streamed in its own pass without holding the corpus.
 */

/** A deterministic pseudo-random source: `next()` is uniform on [0, 1). */
export interface Rng {
  next(): number;
}

/** The mulberry32 generator: 32 bits of state, fast, good enough for test data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Murmur3's finaliser: spreads every input bit over the output, so nearby indexes give unrelated seeds. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Independent streams of randomness per entity kind (values are arbitrary but fixed forever). */
export const Stream = {
  countries: 1,
  people: 2,
  roles: 3,
  storyPlan: 4,
  storyText: 5,
  storyDate: 6,
} as const;

/** The generator for item `index` of `stream` under the corpus seed. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return mulberry32(mix32(mix32(mix32(seed >>> 0) ^ Math.imul(stream, 0x9e3779b1)) ^ (index >>> 0)));
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: the list is empty');
  return items[Math.floor(rng.next() * items.length)] as T;
}

/** A value chosen by weight from `[value, weight]` pairs (weights need not sum to 1). */
export function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error('weighted: no choices');
  return last[0];
}

/** `count` distinct elements of `items` (fewer if the list is shorter), in draw order. */
export function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0] as T);
  return out;
}

/** A Fisher–Yates shuffle of a copy of `items`. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Draws indexes 0..n-1 with probability proportional to 1/(rank+1)^exponent:
 * a Zipf law, the shape of who gets into the news (a few leaders everywhere,
 * a long tail seen once or twice).
 */
export interface ZipfSampler {
  draw(rng: Rng): number;
}

/** A Zipf sampler over `n` ranks (binary search over cumulative weights). */
export function zipfSampler(n: number, exponent: number): ZipfSampler {
  if (n < 1) throw new Error(`zipfSampler: need at least one rank, got ${n}`);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = total;
  }
  return {
    draw(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}
