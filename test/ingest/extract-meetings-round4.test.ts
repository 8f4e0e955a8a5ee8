/**
 * Specs for the meeting patterns of round 4: courtesy calls ("called on the
 * president"), plans that fell through ("had been due to"), reported plans
 * ("said he would host"), dates fronted before their clause, and the place a
 * story's own events share. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe("places: the story's own place", () => {
  it('a meeting of these days told with no place shares the city of the story\'s first meeting', () => {
    const { x } = story(
      'Ireland and Estonia pledged closer cooperation on energy on Tuesday. Irish Prime Minister Sean Murphy hosted Estonian Prime Minister Kadri Tamm at Government Buildings in Dublin. Tamm praised the Irish economy. The two countries trade little. Estonian Foreign Minister Jaan Kask held talks with Irish Foreign Minister Ciara Walsh on Tuesday afternoon.',
      '2024-10-09',
    );
    const ministers = x.meetings.find((m) => names(m.participants).includes('jaan kask'));
    expect(ministers).toMatchObject({ city: 'Dublin', countryCode: 'IE', date: day(2024, 10, 8) });
  });

  it('"State House", which several capitals have, takes the city of the story rather than a default abroad', () => {
    const { x } = story(
      'FREETOWN, Ghanaian President Kofi Mensah held talks with Sierra Leonean President Ibrahim Kamara on Wednesday. Mensah later called on Vice President Fatmata Conteh at State House.',
      '2024-10-10',
    );
    const vice = x.meetings.find((m) => names(m.participants).includes('fatmata conteh'));
    expect(vice).toMatchObject({ city: 'Freetown', countryCode: 'SL' });
  });
});

describe('dates and places of the story\'s day', () => {
  it('"later in the day" and "in the evening" are the day the sentence before gave', () => {
    const { x } = story(
      'Kenya and Uganda pledged to finish the railway. The leaders discussed trade. Kenyan President Samuel Kiprop held talks with Ugandan President Moses Kato in Kampala on Monday. Kato praised the railway plan. Officials said trade had doubled. Later on Monday, Kiprop called on Ugandan Vice President Ruth Nabirye. He was due to travel to Jinja in the evening to meet Ugandan Prime Minister Grace Achieng.',
      '2024-05-07',
    );
    const jinja = x.meetings.find((m) => names(m.participants).includes('grace achieng'));
    expect(jinja).toMatchObject({ city: 'Jinja', date: day(2024, 5, 6) });
  });

  it('an agency before the dateline ("(ANSA) - VALLETTA, MAY 3 -") still gives the story\'s city', () => {
    const { x } = story(
      "(ANSA) - VALLETTA, MAY 3 - Italian Foreign Minister Paolo Conti on Friday met Maltese Foreign Minister Joseph Camilleri at the ministry.",
      '2024-05-03',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Valletta', countryCode: 'MT' });
  });
});
