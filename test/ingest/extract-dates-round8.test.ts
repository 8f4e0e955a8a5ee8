/**
 * Round 8 specs for dates and places: how news copy dates an event by the
 * day of a saying, the trip it belongs to or the day someone arrived, and
 * when a seat of government names a city. Made-up stories, each stating a
 * behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('places: a seat of government abroad, of another time', () => {
  it('"met X at the White House in March" in a story datelined elsewhere keeps the venue and country but gives no city', () => {
    const { x } = story(
      'QUITO (AP) — Ecuadorian President Daniel Cordero held talks with Peruvian President Rosa Quispe in Quito on Tuesday. Cordero met U.S. President Mark Ellison at the White House in March, officials said.',
      '2024-06-12',
    );
    const abroad = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mark Ellison'));
    expect(abroad).toBeDefined();
    expect(abroad).toMatchObject({ venue: 'White House', countryCode: 'US' });
    expect(abroad!.city).toBeUndefined();
  });

  it('a seat in the story\'s own country keeps its city', () => {
    const { x } = story('WASHINGTON (AP) — U.S. President Mark Ellison hosted Ecuadorian President Daniel Cordero at the White House in March, officials said on Tuesday.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ venue: 'White House', city: 'Washington', countryCode: 'US' });
  });
});
