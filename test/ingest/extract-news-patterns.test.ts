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

describe('agreements reported individually', () => {
  it('two documents joined by "and" after one signing verb are two signings', () => {
    const { x } = story('Chilean President Ana Reyes and Peruvian President Luis Ortega on Monday signed a treaty on river navigation and an agreement settling their maritime boundary.', '2022-05-04');
    expect(x.agreements.map((a) => a.kind).sort()).toEqual(['AGREEMENT', 'TREATY']);
    for (const a of x.agreements) expect(a).toMatchObject({ date: day(2022, 5, 2), documentCount: 1, parties: ['CL', 'PE'] });
  });

  it('each document of a list keeps the value written with it', () => {
    const { x } = story('Brazil on Tuesday signed contracts with French shipyards. The navy signed a contract worth $1.2 billion with Naval Group for four submarines, and a separate $300 million deal with Piriou for patrol boats.', '2022-05-04');
    expect(x.agreements.map((a) => a.valueUsd).sort()).toEqual([1200000000, 300000000]);
  });

  it('an uncounted plural detailed by the next sentence gives way to the documents it lists, which take its date', () => {
    const { x } = story('Brazil on Tuesday signed contracts with French shipyards. The navy signed a contract worth $1.2 billion with Naval Group for four submarines, and a separate $300 million deal with Piriou for patrol boats.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a).toMatchObject({ date: day(2022, 5, 3), documentCount: 1, parties: ['BR', 'FR'] });
  });

  it('"the documents" with a date, right after single documents, dates all of them', () => {
    const { x } = story('Ghanaian President Kofi Mensah and Togolese President Yao Agbeyome have signed a treaty on friendship and an agreement on their border. The two presidents signed the documents on Friday in Lomé.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a.date).toEqual(day(2022, 4, 29));
  });

  it('"the deal was signed …" points back to a memorandum, whatever its noun', () => {
    const { x } = story('Spanish Prime Minister Pedro Ruiz and his Moroccan counterpart, Aziz Benali, on Monday signed a memorandum of understanding on fisheries. The deal was signed at the Moncloa Palace in Madrid.', '2022-05-04');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'MEMORANDUM', date: day(2022, 5, 2) });
  });
});

describe('agreements signed as one counted package', () => {
  it('documents listed after "signed three agreements" are its items, not more signings', () => {
    const { x } = story(
      'Ghana and Togo signed three agreements on Sunday. The two presidents held talks in Accra before witnessing the signing of a customs agreement, a transit agreement and a power-sharing agreement.',
      '2022-05-04',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 3, date: day(2022, 5, 1), parties: ['GH', 'TG'] });
  });

  it('"N other documents" is a set of its own, on the day of the signing told before', () => {
    const { x } = story('Ghanaian President Kofi Mensah and Togolese President Yao Agbeyome signed a border treaty on Friday. Ministers signed nine other documents on trade and transport.', '2022-05-04');
    expect(x.agreements.map((a) => [a.kind, a.documentCount])).toEqual([
      ['TREATY', 1],
      ['PACKAGE', 9],
    ]);
    expect(x.agreements[1]).toMatchObject({ date: day(2022, 4, 29), parties: ['GH', 'TG'] });
  });

  it('"also signed" is another document of the same day', () => {
    const { x } = story('Chile and Peru signed a fisheries agreement on Monday. The two ministers also signed an agreement on port fees.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a.date).toEqual(day(2022, 5, 2));
  });
});

describe('signings inside a quotation', () => {
  it('are someone’s words, not a reported signing', () => {
    const { x } = story('"Signing a trade deal is easy," said Maria Lopez, an economist in Lima. "The governments signed contracts with mining firms, not with the towns."', '2022-05-04');
    expect(x.agreements).toEqual([]);
  });
});
