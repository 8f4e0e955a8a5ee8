/**
 * Specs for the meeting patterns of round 7, mostly from the style of official
 * readouts and agency copy: companions named in a sentence of their own, one
 * visit day told in several steps, "received" and "called on" in a readout.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('dates: which day a weekday is', () => {
  it('"after" orders a weekday only within its own phrase: past a comma the weekday is read as usual', () => {
    const found = findDates('The minister, who landed on Monday after a stop in Rome, was received by the king on Tuesday.', '2024-09-11');
    expect(found.map((d) => d.date)).toEqual([
      { year: 2024, month: 9, day: 9, precision: 'DAY' },
      { year: 2024, month: 9, day: 10, precision: 'DAY' },
    ]);
    // Within the phrase the order still holds: "met him on Monday before flying out on Saturday" is the Saturday after.
    expect(findDates('She met him on Monday before flying out on Saturday.', '2024-09-11').map((d) => d.date?.day)).toEqual([9, 14]);
  });
});

describe('places: the dateline', () => {
  it('"CITY:" opening the story is a dateline for the story\'s own meetings; "ANALYSIS:" is not', () => {
    const { x } = story(
      'NAIROBI: Kenya and Chile on Monday signed a trade pact. Kenyan Foreign Minister Amina Otieno held talks with Chilean Foreign Minister Marta Soto on Monday.',
      '2024-09-10',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Nairobi', countryCode: 'KE' });
    const { x: y } = story('ANALYSIS: Kenyan Foreign Minister Amina Otieno held talks with Chilean Foreign Minister Marta Soto on Monday.', '2024-09-10');
    expect(y.meetings[0]?.city).toBeUndefined();
  });
});

describe('places: a trip made for the meeting', () => {
  it('"is to leave for X tomorrow for talks with Y" is in X, not at the dateline', () => {
    const { x } = story(
      'KUALA LUMPUR, Sept 11 -- Irish Prime Minister Liam Brennan is scheduled to leave for Chile tomorrow for talks with Chilean President Pablo Rojas at La Moneda.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'CL' });
  });

  it('a departure after the meeting ("met Y in Lima before leaving for Chile") still names no place of it', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Peruvian President Ana Quispe in Lima on Monday before leaving for Chile.', '2024-09-11');
    expect(x.meetings[0]).toMatchObject({ city: 'Lima', countryCode: 'PE' });
  });
});

describe('places: the city nearest the meeting word', () => {
  it('a known city named with the meeting beats a capital named later for another leg of the trip', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan is scheduled to meet Brazilian President Ana Lima in Rio de Janeiro on Friday, before travelling to Chile, where he will open an embassy in Santiago.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Rio de Janeiro', countryCode: 'BR' });
  });
});

describe('dates: later in the day', () => {
  it('"Later in the day, X is scheduled to meet Y" is the day of publication', () => {
    const found = findDates('Later in the day, the president is scheduled to meet the prime minister.', '2024-09-11');
    expect(found.map((d) => d.date)).toEqual([{ year: 2024, month: 9, day: 11, precision: 'DAY' }]);
  });

  it('told in the past it is not read against the publication day', () => {
    expect(findDates('Later in the day, the president met the prime minister.', '2024-09-11').map((d) => d.date)).toEqual([]);
  });
});
