/**
 * Specs for how long extraction takes on chains of pronoun sentences, and for
 * two misreadings of ordinary phrases found in review of round 9. Every story
 * here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

describe('work that grows with the article, not faster', () => {
  it('a story of sixty sentences each opening with "He said" is read in well under a second', () => {
    const lead = 'Indian Prime Minister Arjun Mehta met US President Daniel Brooks in Washington on Monday.';
    const chain = Array.from({ length: 60 }, (_, i) => `He said Mehta and Brooks agreed on point ${i + 1}.`).join(' ');
    const started = performance.now();
    const { x } = story(`${lead} ${chain}`, '2024-09-24');
    const elapsed = performance.now() - started;
    expect(x.meetings.length).toBeGreaterThan(0);
    // Before the memo, 26 such sentences took 6.5 s and each one more doubled it.
    expect(elapsed).toBeLessThan(3000);
  });
});
