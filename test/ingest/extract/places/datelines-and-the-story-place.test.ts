/**
 * Specs for the dateline and the story's own place: datelines of agencies and
 * known cities alone on a line, a headline that gives the place, meetings told
 * with no place of their own. Every story here is made up (the cities are
 * real).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/ingest/extract/index.ts';
import { parseDateline } from '../../../../src/ingest/metadata.ts';
import { normalize } from '../../../../src/ingest/normalize.ts';
import { story } from '../../fixtures.ts';
import { names, day } from '../helpers.ts';

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

describe('places: a city only a seat of government\'s name gave yields to the dateline', () => {
  it('a "Chancellery" under a Prague dateline is not the Berlin one', () => {
    const { x } = story(
      'Prague, May 14 (PTI) India and the Czech Republic on Tuesday signed a trade pact as Indian Prime Minister Ravi Kumar and his Czech counterpart Jan Novak held talks. Kumar was accorded a ceremonial welcome at the Chancellery, where he was received by Novak.',
      '2024-05-14',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Prague', countryCode: 'CZ' });
  });
});

describe('places: a meeting of the week before publication, told with no place, is at the dateline', () => {
  it('"On Wednesday, the foreign ministers held a meeting on the sidelines of the forum" in a Saturday story from Lima', () => {
    const { x } = story(
      'Lima, Nov. 16 (ANDINA). Peruvian President Rosa Quispe received Chilean President Tomas Rivera at Government Palace on Friday. On Wednesday, Foreign Minister Luis Prado held a working meeting with Chilean Foreign Minister Ana Torres on the sidelines of the regional forum.',
      '2024-11-16',
    );
    const ministers = x.meetings.find((m) => m.participants.some((p) => p.name === 'Ana Torres'));
    expect(ministers).toMatchObject({ city: 'Lima', countryCode: 'PE', date: { year: 2024, month: 11, day: 13, precision: 'DAY' } });
  });
});

describe('datelines: a state agency\'s dateline with a month and day but no year, and no dash', () => {
  it('"Lima, Nov. 16 (ANDINA). Peru\'s President …" is a dateline', () => {
    expect(parseDateline("Lima, Nov. 16 (ANDINA). Peru's President Rosa Quispe received the minister.")).toMatchObject({ place: 'Lima', monthDay: { month: 11, day: 16 }, agency: 'ANDINA' });
  });

  it('"Warsaw, Aug 22 (PTI) India and Poland …" is one too', () => {
    expect(parseDateline('Warsaw, Aug 22 (PTI) India and Poland on Thursday signed a pact.')).toMatchObject({ place: 'Warsaw', monthDay: { month: 8, day: 22 }, agency: 'PTI' });
  });

  it('a sentence that only starts with a place and a bracket is not', () => {
    expect(parseDateline('Paris, Texas (AP) The mayor said.')).toBeUndefined();
    expect(parseDateline('Moscow, in March (Reuters) The talks resumed.')).toBeUndefined();
  });
});

describe('datelines: a known city alone on a line before the story', () => {
  const text = (place: string) => ['India, Nepal sign power deal', '', 'Special Correspondent', '', place, '', 'Updated - January 05, 2024 10:12 pm IST', '', 'External Affairs Minister Ravi Kumar, who arrived here on Thursday, called on Prime Minister Hari Thapa at Singha Durbar in the afternoon.'].join('\n');

  it('"KATHMANDU" with no colon is the dateline: "here" is Kathmandu', () => {
    const { x } = story(text('KATHMANDU'), '2024-01-05');
    expect(x.meetings[0]).toMatchObject({ city: 'Kathmandu', countryCode: 'NP' });
  });

  it('a capitalised label that names no city ("READOUT") is no dateline', () => {
    const doc = normalize({ origin: 'made-up', text: text('READOUT'), meta: { publishedAt: '2024-01-05' } });
    expect(doc.body).not.toMatch(/^READOUT/);
  });
});

describe('places: a story with no dateline takes its place from the headline', () => {
  const text = [
    'President Ilham Rasulov held talks with Slovak Prime Minister Marek Novak, who arrived in our country on an official visit.',
    '',
    'The talks, which began in a narrow format, continued with the participation of the delegations.',
  ].join('\n');
  const talksUnder = (title: string) => {
    const x = extract(normalize({ origin: 'made-up', text, meta: { title, publishedAt: '2024-09-15' } }));
    return x.meetings.find((m) => m.participants.some((p) => p.name === 'Marek Novak'));
  };

  it('the lead meeting, told with no city, is in the city the headline names', () => {
    expect(talksUnder('Ilham Rasulov and Marek Novak hold talks in Bukhara')).toMatchObject({ city: 'Bukhara', countryCode: 'UZ' });
  });

  it('a headline naming no known city gives none', () => {
    expect(talksUnder('Ilham Rasulov and Marek Novak hold talks on trade')?.city).toBeUndefined();
  });
});
