/**
 * Specs for dates of a trip and of later steps in it: an event told as part of
 * a trip, the day of an arrival, "later", "before travelling to", stops of a
 * trip told in the future in the past. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDatesWithPrevious } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';

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

describe('dates: the day of an arrival', () => {
  it('"X, who arrived here on Sunday, was called on by Y hours after his arrival" is that Sunday', () => {
    const { x } = story('NAIROBI, Ugandan President Moses Okello, who arrived here on Sunday for a three-day visit, was called on by Foreign Minister Grace Wanjiru hours after his arrival.', '2024-09-03');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toMatchObject({ year: 2024, month: 9, day: 1, precision: 'DAY' });
  });
});

describe('dates: "before travelling to B on Wednesday" dates the travel, not the meeting', () => {
  it('a fronted "On Tuesday" dates the talks told before "before travelling … on Wednesday"', () => {
    const { x } = story('On Tuesday, Peruvian President Rosa Quispe is due to address both chambers of the Bolivian congress and to hold talks with Bolivian President Carlos Mamani in La Paz, before travelling to Santa Cruz on Wednesday.', '2024-10-28');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2024, month: 10, day: 29, precision: 'DAY' });
  });
});

describe('dates: the stops of a trip told in the future in the past', () => {
  const text = 'She was then to visit Ghana for a meeting with President Kofi Mensah in Accra on Sunday, before flying to Togo, where talks with President Yao Agbeko in Lome had been arranged for Monday.';

  it('"was then to visit … on Sunday" is the Sunday nearest publication (here the coming one)', () => {
    expect(findDatesWithPrevious(text, undefined, '2024-08-08')[0]?.date).toEqual({ year: 2024, month: 8, day: 11, precision: 'DAY' });
  });

  it('"before flying to B, where talks had been arranged for Monday" is the Monday after that Sunday', () => {
    expect(findDatesWithPrevious(text, undefined, '2024-08-08')[1]?.date).toEqual({ year: 2024, month: 8, day: 12, precision: 'DAY' });
  });
});

describe('dates: "…, during which he held talks with X" is of the visit just told', () => {
  it('takes the visit\'s date, not a later date of the sentence', () => {
    const { x } = story(
      "Indian Prime Minister Ravi Kumar recalled Sultan Omar Ali's state visit to India in May 2008, during which he held talks with then Prime Minister Arjun Mehta in New Delhi, and the Sultan's participation in the Republic Day celebrations in January 2018.",
      '2024-09-04',
    );
    const mehta = x.meetings.filter((m) => m.participants.some((p) => p.name === 'Arjun Mehta'));
    expect(mehta.length).toBeGreaterThan(0);
    for (const m of mehta) expect(m.date).toMatchObject({ year: 2008, month: 5, precision: 'MONTH' });
  });
});

describe('dates: "later" with no day of its own is the day just told', () => {
  it('"Later, X held talks with Y" takes the day of the meeting told before it', () => {
    const ds = findDatesWithPrevious('Later, Prime Minister Omar Haddad held talks with the visiting minister at the palace.', 'The king received Foreign Minister Anna Berg at the palace on Tuesday.', '2024-06-13');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 6, day: 11, precision: 'DAY' }]);
  });

  it('"the ministers later held talks with Z" does too', () => {
    const ds = findDatesWithPrevious('The two ministers later held talks with their hosts in Rabat.', 'They called on the king on Monday before the ceremony.', '2024-06-13');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 6, day: 10, precision: 'DAY' }]);
  });

  it('"Later this month" and "later on Friday" keep their own dates', () => {
    expect(findDatesWithPrevious('Later this month, the two will meet in Rabat.', 'They met on Monday.', '2024-06-13').map((d) => d.date)).toEqual([{ year: 2024, month: 6, precision: 'MONTH' }]);
    expect(findDatesWithPrevious('Later on Friday, he met the president.', 'He arrived on Thursday.', '2024-06-15').map((d) => d.date?.day)).toEqual([14]);
  });
});

describe('dates and places: a meeting told "there", after an arrival', () => {
  const text = 'PUTRAJAYA, March 12 (Bernama) -- Prime Minister Aziz Rahman received Chilean President Tomas Varela at Perdana Putra today. Varela, who arrived at the Bunga Raya Complex of the airport in Sepang last night on a three-day official visit, was received there by Foreign Minister Nor Hisham.';

  it('is on the day of the arrival the aside tells', () => {
    const { x } = story(text, '2025-03-12');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nor Hisham'));
    expect(met?.date).toEqual({ year: 2025, month: 3, day: 11, precision: 'DAY' });
  });

  it('and at the place the sentence named before "there", not in the dateline city', () => {
    const { x } = story(text, '2025-03-12');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nor Hisham'));
    expect(met?.city).toBe('Sepang');
  });
});
