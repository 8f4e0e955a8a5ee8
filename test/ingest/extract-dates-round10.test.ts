/**
 * Round 10 specs for dates and places of meetings. Made-up stories, each
 * stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { findDatesWithPrevious } from '../../src/ingest/extract/dates.ts';
import { story } from './fixtures.ts';

describe('places: a place fronted at the start of the sentence', () => {
  it('"In San José on Tuesday, he met X" places the meeting in San José, not in the dateline city', () => {
    const { x } = story(
      'LIMA (AP) — Peruvian President Ana Torres met Chilean Foreign Minister Pablo Rojas on Wednesday. Rojas began his tour in Bogota, where he met Colombian President José Luis Vega on Sunday. In San José on Tuesday, he met Costa Rican President Marta Solis.',
      '2024-06-12',
    );
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Marta Solis'));
    expect(met).toMatchObject({ city: 'San José', countryCode: 'CR' });
    expect(met?.date).toMatchObject({ year: 2024, month: 6, day: 11 });
  });
});

describe('dates: a meeting agreed on lies ahead', () => {
  it('"agreed to meet again … in June", told in March, is the coming June', () => {
    const ds = findDatesWithPrevious('The two presidents agreed to meet again at the summit in Madrid in June.', undefined, '2025-03-18');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2025, month: 6, precision: 'MONTH' }]);
  });

  it('the agreeing itself stays in the past: "agreed in February to …" is last February', () => {
    const ds = findDatesWithPrevious('The ministers agreed in February to expand the trade office.', undefined, '2025-03-18');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2025, month: 2, precision: 'MONTH' }]);
  });
});
