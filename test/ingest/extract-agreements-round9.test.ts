/**
 * Round 9 specs for agreements, from copy a reader of any news story meets:
 * totals since an event dated to the day, and other patterns of wire copy.
 * Made-up stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('agreements: totals since an event dated to the day', () => {
  it('"Since ties were established on March 4, 1972, the two countries have signed more than 150 agreements" is a span from 1972 to the publication year', () => {
    const { x } = story(
      'ACCRA, June 12, 2024 - Ghanaian President Kofi Mensah received Peruvian President Ana Quispe in Accra on Tuesday. Since diplomatic relations were established on March 4, 1972, Ghana and Peru have signed more than 150 agreements.',
      '2024-06-12',
    );
    const total = x.agreements.find((a) => a.documentCount === 150);
    expect(total).toBeDefined();
    expect(total!.date).toBeUndefined();
    expect(total!.span).toEqual({ fromYear: 1972, toYear: 2024 });
    expect(total!.documentCountApproximate).toBe(true);
  });
});
