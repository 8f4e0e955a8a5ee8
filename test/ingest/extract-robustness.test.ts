/**
 * Specs for sentences that once threw inside an extraction stage: whatever a
 * sentence holds, the stage reads what it can and never fails the article.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();

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
