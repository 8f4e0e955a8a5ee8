/**
 * Specs for extraction that never fails and never slows down with the
 * article: sentences that once threw inside a stage, and chains of pronoun
 * sentences read in well under a second. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names } from '../helpers.ts';

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

describe('"called on" followed by a description of a person', () => {
  it('is a visit to the person described, not a failure', () => {
    const { x } = story(
      'NAIROBI, March 3, 2025 (Reuters) - Ghanaian President Kofi Mensah arrived in Nairobi on Monday for a two-day visit. Kenyan President Joseph Kamau welcomed him at the airport. On Tuesday Mensah called on the Kenyan President at State House.',
      '2025-03-04',
    );
    expect(x.meetings.map((m) => names(m.participants))).toContainEqual(['joseph kamau', 'kofi mensah']);
  });

  it('"called on the Kenyan President to" is a plea, not a visit', () => {
    const { x } = story(
      'NAIROBI, March 3, 2025 (Reuters) - Kenyan President Joseph Kamau spoke at a rally on Monday. Opposition leader Kofi Mensah called on the Kenyan President to end the strike.',
      '2025-03-04',
    );
    expect(x.meetings).toEqual([]);
  });
});
