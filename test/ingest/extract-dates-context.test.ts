/**
 * Specs for dates told outside the meeting's own words: a plan "scheduled for"
 * a weekday, and "that day" standing for the day the sentence before gave.
 * Made-up stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('dates: "scheduled for <weekday>" looks ahead', () => {
  it('a meeting "scheduled for Thursday" in a Monday story is the coming Thursday', () => {
    // 2024-04-08 is a Monday.
    const { x } = story('A meeting between Kenyan President John Mwangi and Tanzanian President Amina Said in Arusha, scheduled for Thursday, has been postponed, officials said on Monday.', '2024-04-08');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 4, day: 11, precision: 'DAY' });
  });
});

describe('dates: "that day" is the day the sentence before gave', () => {
  it('a meeting told after "That day," takes the previous sentence\'s day', () => {
    const { x } = story('The border crossing reopened on March 14. That day, Peruvian Foreign Minister Rosa Huaman met Bolivian Foreign Minister Jorge Quispe in Desaguadero.', '2024-05-02');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 3, day: 14, precision: 'DAY' });
  });

  it('an agreement "signed the same day" takes the previous sentence\'s day', () => {
    const { x } = story('Ghanaian President Kofi Mensah arrived in Abuja on Feb. 6. The two governments signed a trade agreement the same day.', '2024-05-02');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 2, day: 6, precision: 'DAY' });
  });

  it('a sentence with a date of its own keeps it', () => {
    const { x } = story('The border crossing reopened on March 14. On that day last year, and again on April 2, Peruvian Foreign Minister Rosa Huaman met Bolivian Foreign Minister Jorge Quispe in Lima.', '2024-05-02');
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 4, day: 2, precision: 'DAY' });
  });
});

describe('dates: a year written before a document noun dates it and counts nothing', () => {
  it('"the 1998 Treaty of X, signed by …" is one treaty of 1998', () => {
    const { x } = story('Ecuadorian Foreign Minister Lucia Paz recalled the 1977 Treaty of Loja, signed in Quito by the foreign ministers of Ecuador and Peru.', '2024-06-04');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(1);
    expect(x.agreements[0]!.date).toEqual({ year: 1977, precision: 'YEAR' });
  });

  it('a counted group keeps its count ("signed 12 agreements")', () => {
    const { x } = story('Ecuador and Peru signed 12 agreements in Quito on Monday.', '2024-06-04');
    expect(x.agreements[0]!.documentCount).toBe(12);
  });
});

describe('dates: "the <event>" the sentence before named carries its day', () => {
  it('"The next session has been set for May 9. A and B will chair the session …"', () => {
    const { x } = story(
      'Slovak Prime Minister Juraj Kolar met Czech Prime Minister Jan Horak in Bratislava on Monday. The next session of the joint council has been set for May 9. Kolar and Horak will chair the session and hold talks in the Czech city of Brno, officials said.',
      '2024-04-02',
    );
    const planned = x.meetings.find((m) => m.status === 'PLANNED');
    expect(planned?.city).toBe('Brno');
    expect(planned?.date).toEqual({ year: 2024, month: 5, day: 9, precision: 'DAY' });
  });
});
