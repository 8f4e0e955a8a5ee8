/** isoDay (src/graphql/days.ts) gives exactly `toISOString().slice(0, 10)`, and partialDateOf what formatPartialDate gives. */
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/graphql/days.ts';
import { partialDateOf } from '../../src/graphql/scalars.ts';
import { formatPartialDate } from '../../src/ingest/dates.ts';

const SAMPLES = [
  Date.UTC(2024, 0, 1),
  Date.UTC(2024, 1, 29),
  Date.UTC(1999, 11, 31, 23, 59, 59, 999),
  Date.UTC(2020, 8, 9, 12),
  Date.UTC(1000, 0, 1),
  Date.UTC(9999, 11, 31),
  Date.UTC(999, 5, 6),
  Date.UTC(10000, 0, 1),
  Date.UTC(-1, 0, 1),
  0,
];

describe('isoDay', () => {
  it('matches toISOString for every day of two years and for edge years', () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000 + 3_600_000 * 5) {
      const d = new Date(t);
      expect(isoDay(d)).toBe(d.toISOString().slice(0, 10));
    }
    for (const t of SAMPLES) expect(isoDay(new Date(t))).toBe(new Date(t).toISOString().slice(0, 10));
  });

  it('throws on an invalid date as toISOString does', () => {
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('partialDateOf formats as formatPartialDate', () => {
    for (const t of SAMPLES) {
      for (const p of ['YEAR', 'MONTH', 'DAY'] as const) expect(partialDateOf(new Date(t), p)).toBe(formatPartialDate(new Date(t), p));
      expect(partialDateOf(new Date(t), null)).toBe(formatPartialDate(new Date(t), 'DAY'));
    }
    expect(partialDateOf(null, 'DAY')).toBeNull();
  });
});
