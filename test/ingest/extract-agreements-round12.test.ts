/**
 * Round 12 specs for agreements: a count with an adjective before its noun,
 * a long list of fields before the passive, a signing set against a dinner.
 * Made-up stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });

describe('agreements: a count with "new" or "more" before the noun', () => {
  it('"14 new documents on cooperation … were signed" is a package of 14', () => {
    const { x } = story(
      'TUNIS, June 3, 2025 - President Ali Karimov of Tajikistan met President Omar Haddad of Tunisia in Tunis on Tuesday. Then, in the presence of the two presidents, 14 new documents on cooperation in the fields of trade, energy, transport, customs, healthcare, education, science, culture, tourism and sport were signed.',
      '2025-06-03',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(14);
    expect(x.agreements[0]!.date).toEqual(day(2025, 6, 3));
  });

  it('"five more agreements were signed" counts five', () => {
    const { x } = story('LISBON, June 3, 2025 - Portuguese Prime Minister Rui Costa hosted Greek Prime Minister Nikos Andreou in Lisbon on Tuesday. In Athens last year, five more agreements were signed.', '2025-06-03');
    expect(x.agreements.map((a) => a.documentCount)).toEqual([5]);
  });

  it('"no new agreements were signed" is still no signing', () => {
    const { x } = story('LISBON, June 3, 2025 - Portuguese Prime Minister Rui Costa hosted Greek Prime Minister Nikos Andreou in Lisbon on Tuesday. No new agreements were signed.', '2025-06-03');
    expect(x.agreements).toEqual([]);
  });
});

describe('agreements: a signing set against a meal of the visit takes the day of the meal', () => {
  it('"Before the dinner, A and B signed two documents" is dated to the day the dinner was held, not the day it was once planned for', () => {
    const { x } = story(
      [
        'OSLO — Erik Dahl and Sofia Lind spent three hours together on Wednesday evening.',
        'The Swedish prime minister was received by the Norwegian prime minister at the Akershus Fortress for a working dinner.',
        'Swedish Foreign Minister Karin Holm and Norway\'s foreign minister, Jonas Berg, also took part in the dinner.',
        "Lind's visit had originally been planned for April 2 but was postponed.",
        'Before the dinner, Holm and Berg signed two documents: a memorandum on fisheries and an agreement on border rail links.',
      ].join(' '),
      '2025-05-14',
    );
    const pair = x.agreements.find((a) => a.documentCount === 2);
    expect(pair?.date).toEqual(day(2025, 5, 14));
  });
});

describe('agreements: a signing hoped for is none', () => {
  it('"officials hope the agreement can be signed" tells no signing', () => {
    const { x } = story('SUVA, June 3, 2025 - Fijian Prime Minister Joeli Tora met New Zealand Prime Minister Anna Reid in Suva on Tuesday. Reid will travel to Wellington later this year, when officials hope the agreement can be signed.', '2025-06-03');
    expect(x.agreements).toEqual([]);
  });
});
