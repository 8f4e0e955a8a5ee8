/**
 * Specs for general patterns of news writing that the gold set's held-out
 * articles showed the extractor missing: the tense of a date's own clause,
 * plans told in the past, cancelled visits, dates and places carried between
 * sentences, signings told item by item, and occupations after a name. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const month = (year: number, m: number) => ({ year, month: m, precision: 'MONTH' });

describe('dates take the tense of their own clause', () => {
  it('a month in a past clause is past though another clause speaks of the future', () => {
    const [d] = findDates('The deal follows a framework accord signed in Lima in October, under which Chile will also buy two frigates.', '2021-03-10');
    expect(d!.date).toEqual(month(2020, 10));
  });

  it('a weekday before a past verb is past though a later clause says "will"', () => {
    const [d] = findDates('The two ministers on Tuesday signed a protocol under which Ghana will supply cocoa.', '2022-06-09');
    expect(d!.date).toEqual(day(2022, 6, 7));
  });

  it('a clause with a future marker is still future', () => {
    const [d] = findDates('Officials who met in March said the ministers will meet again in May.', '2022-06-09').filter((x) => /May/.test(x.text));
    expect(d!.date).toEqual(month(2023, 5));
  });
});

describe('a plan told in the past ("had been due to") names the nearest such day or month', () => {
  it('a month a few months back, not next year', () => {
    const [d] = findDates('The premier had been due to visit Oslo in February.', '2021-05-20');
    expect(d!.date).toEqual(month(2021, 2));
  });

  it('a day a few days ahead, not last year', () => {
    const [d] = findDates('The king was scheduled to arrive in Lisbon on Oct. 3.', '2021-09-28');
    expect(d!.date).toEqual(day(2021, 10, 3));
  });
});

describe('meetings stated as cancelled', () => {
  it('the date and place of a called-off visit are those of the visit, not of the cancelling', () => {
    const { x } = story(
      'Chilean President Ana Reyes had been due to hold talks with Peruvian President Luis Ortega in Lima in March, but called off the trip last week to return to Santiago after floods.',
      '2022-05-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Lima', date: month(2022, 3) });
  });
});

describe('the place of a meeting is not in the attribution', () => {
  it('", officials in Nairobi said" does not place a planned visit', () => {
    const { x } = story('Tanzanian President Joseph Mwale is expected to pay a return visit to Kenya for talks with Kenyan President Peter Kamau next year, officials in Nairobi said.', '2022-05-04');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.city).toBeUndefined();
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'KE', date: { year: 2023, precision: 'YEAR' } });
  });
});
