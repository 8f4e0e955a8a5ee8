/**
 * Round 8 specs for dates and places: how news copy dates an event by the
 * day of a saying, the trip it belongs to or the day someone arrived, and
 * when a seat of government names a city. Made-up stories, each stating a
 * behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { findDatesWithPrevious } from '../../src/ingest/extract/dates.ts';
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

describe('dates: the day of a saying that follows the meeting', () => {
  it('"X said Thursday after meeting with Y" dates the meeting that Thursday', () => {
    const { x } = story('LIMA (AP) — Peru agreed to reopen its border crossings with Bolivia, President Rosa Quispe said Thursday after meeting with Bolivian President Carlos Mamani.', '2024-06-14');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toMatchObject({ year: 2024, month: 6, day: 13, precision: 'DAY' });
  });

  it('"said on Monday following talks with" does too', () => {
    const { x } = story('The two countries will share river data, Chilean Foreign Minister Ana Torres said on Monday following talks with her Argentine counterpart Luis Pereyra in Santiago.', '2024-06-14');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2024, month: 6, day: 10, precision: 'DAY' });
  });
});

describe('dates: an event told as part of a trip told before', () => {
  it('"On the same trip she was received by …" takes the month of the trip the sentence before told', () => {
    const { x } = story(
      'Peruvian President Rosa Quispe received Bolivian President Carlos Mamani in Lima on Tuesday. In March, on her first tour abroad, Quispe met Chilean President Tomas Rivera in Santiago. On the same trip she was received by Argentine President Pablo Ferro.',
      '2024-06-14',
    );
    const ferro = x.meetings.find((m) => m.participants.some((p) => p.name === 'Pablo Ferro'));
    expect(ferro?.date).toMatchObject({ year: 2024, month: 3, precision: 'MONTH' });
  });

  it('"During that visit, the two sides signed …" dates the signing by the visit the sentence before told last (August, not May)', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah received Togolese President Yao Agbeko in Accra on Tuesday. Togolese Foreign Minister Koffi Dossou had held talks with Ghanaian Foreign Minister Ama Boateng in Accra in May, and Boateng travelled to Lome in August, where she called on Agbeko. During that visit, the two sides signed an agreement on fishing rights.',
      '2024-10-14',
    );
    const fishing = x.agreements.find((a) => /fishing/i.test(a.sources?.[0]?.quote ?? JSON.stringify(a)));
    expect(fishing?.date).toMatchObject({ year: 2024, month: 8, precision: 'MONTH' });
  });
});

describe('dates: a month told again with its day', () => {
  it('"In March, X paid a visit to Y, where Z received him … on March 9" is March 9', () => {
    const { x } = story('Kenyan President Paul Otieno hosted Ugandan President Moses Okello in Nairobi on Tuesday. In March, Otieno paid a visit to Kampala, where Okello received him with a military parade and a state banquet on March 9.', '2024-09-04');
    const kampala = x.meetings.find((m) => m.city === 'Kampala');
    expect(kampala?.date).toMatchObject({ year: 2024, month: 3, day: 9, precision: 'DAY' });
  });

  it('a day told after "after" is another event\'s, and the month stays a month', () => {
    const dates = findDatesWithPrevious('In March, Otieno travelled to Kampala, a week after a border clash on March 2.', undefined, '2024-09-04');
    expect(dates[0]).toMatchObject({ text: 'In March', date: { year: 2024, month: 3, precision: 'MONTH' } });
  });
});

describe('dates: the day of an arrival', () => {
  it('"X, who arrived here on Sunday, was called on by Y hours after his arrival" is that Sunday', () => {
    const { x } = story('NAIROBI, Ugandan President Moses Okello, who arrived here on Sunday for a three-day visit, was called on by Foreign Minister Grace Wanjiru hours after his arrival.', '2024-09-03');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toMatchObject({ year: 2024, month: 9, day: 1, precision: 'DAY' });
  });
});

describe('places: the destination of a trip, told with "where"', () => {
  it('"is to leave for X on Wednesday, where he will hold talks with Y" is a meeting in X', () => {
    const { x } = story('NAIROBI, Ugandan President Moses Okello held talks with Kenyan President Paul Otieno on Monday. Okello is scheduled to leave for Addis Ababa on Wednesday, where he will hold talks with Ethiopian Prime Minister Dawit Bekele.', '2024-09-03');
    const next = x.meetings.find((m) => m.participants.some((p) => p.name === 'Dawit Bekele'));
    expect(next).toMatchObject({ city: 'Addis Ababa', countryCode: 'ET' });
  });
});
