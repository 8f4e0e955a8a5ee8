/**
 * Round 9 specs for dates and places: city-states, times of a day, weekdays
 * in the tense of their clause, datelines and sentence ends. Made-up
 * stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { countryOfCity } from '../../src/countries/catalog.ts';
import { story } from './fixtures.ts';

describe('places: a city-state is its own city', () => {
  it('the names of countries whose capital bears their name are cities too', () => {
    expect(countryOfCity('Singapore')).toBe('SG');
    expect(countryOfCity('Monaco')).toBe('MC');
    expect(countryOfCity('Luxembourg')).toBe('LU');
    expect(countryOfCity('Georgia')).toBeUndefined();
  });

  it('"held talks in Singapore" places the meeting in the city Singapore', () => {
    const { x } = story('Thai Prime Minister Somchai Wongsa held talks with Singaporean Prime Minister Daniel Tan in Singapore on Tuesday, officials said.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Singapore', countryCode: 'SG' });
  });

  it('a "MONACO –" dateline gives its meetings the city Monaco', () => {
    const { x } = story('MONACO – Prince Albert received French President Louis Martin at the palace on Monday for talks on climate finance.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Monaco', countryCode: 'MC' });
  });
});
