/**
 * Round 9 specs for dates and places: city-states, times of a day, weekdays
 * in the tense of their clause, datelines and sentence ends. Made-up
 * stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { countryOfCity } from '../../src/countries/catalog.ts';
import { parseDateline } from '../../src/ingest/metadata.ts';
import { findDatesWithPrevious } from '../../src/ingest/extract/dates.ts';
import { meetingRegion } from '../../src/ingest/extract/meetings/region.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { story } from './fixtures.ts';

describe('places: a city-state is its own city', () => {
  it('the names of countries whose capital bears their name are cities too', () => {
    expect(countryOfCity('Singapore')).toBe('SG');
    expect(countryOfCity('Monaco')).toBe('MC');
    expect(countryOfCity('Luxembourg')).toBe('LU');
    expect(countryOfCity('Georgia')).toBeUndefined();
  });

  it('"held talks in Singapore" places the meeting in the city Singapore', () => {
    const { x } = story('Thai Prime Minister Somchai Wongsa held talks with Singaporean Prime Minister Daniel Tan in Singapore on Tuesday, officials said.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Singapore', countryCode: 'SG' });
  });

  it('a "MONACO –" dateline gives its meetings the city Monaco', () => {
    const { x } = story('MONACO – Prince Albert received French President Louis Martin at the palace on Monday for talks on climate finance.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Monaco', countryCode: 'MC' });
  });
});

describe('dates: a time of the day before the day it names', () => {
  it('"on the afternoon of Sept 4" is Sept 4', () => {
    const ds = findDatesWithPrevious('The minister arrived in Accra on the afternoon of Sept 4 and was received by his counterpart.', undefined, '2024-09-06');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 9, day: 4, precision: 'DAY' }]);
  });

  it('"on the evening of 12 March" and "the morning of July 3, 2023" are those days', () => {
    expect(findDatesWithPrevious('They dined together on the evening of 12 March.', undefined, '2024-06-01')[0]?.date).toEqual({ year: 2024, month: 3, day: 12, precision: 'DAY' });
    expect(findDatesWithPrevious('The two met on the morning of July 3, 2023, in Lome.', undefined, '2024-06-01')[0]?.date).toEqual({ year: 2023, month: 7, day: 3, precision: 'DAY' });
  });
});

describe('dates: a later meeting of a sentence keeps the tense of its whole clause', () => {
  it('"will fly to X on Thursday …, and is scheduled to hold summit talks with Y on Friday" is the coming Friday', () => {
    const { x } = story(
      'NAIROBI, June 12 (Reuters) - Kenyan President Daniel Kamau met Ugandan President Peter Okello in Nairobi on Wednesday. Kamau will fly to Kigali on Thursday for a state visit to Rwanda, the last leg of his regional tour, and is scheduled to hold summit talks with Rwandan President Eric Habimana on Friday.',
      '2024-06-12',
    );
    const kigali = x.meetings.find((m) => m.participants.some((p) => p.name === 'Eric Habimana'));
    expect(kigali?.date).toMatchObject({ year: 2024, month: 6, day: 14, precision: 'DAY' });
    expect(kigali?.status).toBe('PLANNED');
  });
});

describe('places: "arrived here from X, where he met Y"', () => {
  it('places the meeting of the "where" clause in X, not in the dateline city', () => {
    const { x } = story(
      'ACCRA, June 12 (Reuters) - Ghanaian President Kofi Mensah received Togolese President Yao Agbeko at the Jubilee House on Wednesday. Agbeko arrived here Wednesday morning from Abuja, where he held talks with Nigerian President Musa Bello on Tuesday.',
      '2024-06-12',
    );
    const abuja = x.meetings.find((m) => m.participants.some((p) => p.name === 'Musa Bello'));
    expect(abuja).toMatchObject({ city: 'Abuja', countryCode: 'NG', date: { year: 2024, month: 6, day: 11, precision: 'DAY' } });
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

describe('dates: "before travelling to B on Wednesday" dates the travel, not the meeting', () => {
  it('a fronted "On Tuesday" dates the talks told before "before travelling … on Wednesday"', () => {
    const { x } = story('On Tuesday, Peruvian President Rosa Quispe is due to address both chambers of the Bolivian congress and to hold talks with Bolivian President Carlos Mamani in La Paz, before travelling to Santa Cruz on Wednesday.', '2024-10-28');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2024, month: 10, day: 29, precision: 'DAY' });
  });
});

describe('dates: a plan told in the past perfect', () => {
  it('"had planned to travel to X in June, but the trip was postponed" is the nearest June, not the next one', () => {
    const { x } = story('Peruvian President Rosa Quispe had planned to travel to La Paz in June for talks with Bolivian President Carlos Mamani, but the trip was postponed.', '2024-11-16');
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', date: { year: 2024, month: 6, precision: 'MONTH' } });
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

describe("dates: the lead's day refines a meeting that only a year dated", () => {
  it('"It is X\'s second visit to Y this year" does not leave the lead\'s talks dated by the year alone', () => {
    const { x } = story(
      "Dakar, Aug 27 (EFE).- Portuguese Prime Minister Rui Costa on Tuesday began a tour of West Africa in Senegal. Costa was received by Senegalese President Amadou Sall at the Presidential Palace in Dakar, where the two leaders held a private meeting. It is Costa's second visit to Dakar this year.",
      '2024-08-27',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Amadou Sall'));
    expect(talks?.date).toMatchObject({ year: 2024, month: 8, day: 27, precision: 'DAY' });
  });
});

describe('places: what is said after "During the meeting, X said" is no place of the meeting', () => {
  it('the stretch of "During the meeting, Mensah said Ghana would help return refugees to Burkina Faso" ends before the saying', () => {
    const text = 'During the meeting, Mensah said Ghana would help return refugees to Burkina Faso.';
    expect(meetingRegion(text, text.indexOf('meeting'), 'HELD')).toEqual({ from: 0, to: text.indexOf(',') });
  });

  it('a saying before the meeting does not cut it: "On Monday, Mensah said he met Agbeko in Lome"', () => {
    const text = 'On Monday, Mensah said he met Agbeko in Lome.';
    expect(meetingRegion(text, text.indexOf('met'), 'HELD').to).toBe(text.length);
  });
});

describe('places: "at State House, Nairobi"', () => {
  it('a building named with its city after a comma gives that city, even under another dateline', () => {
    const { x } = story(
      'PORT-AU-PRINCE, Sept 22 (Reuters) - Kenyan President Daniel Kamau met Haitian officials on Saturday. The pact was signed on March 1, when Kamau hosted Haitian Prime Minister Jean Baptiste at State House, Nairobi, where the two leaders held talks.',
      '2024-09-22',
    );
    const nairobi = x.meetings.find((m) => m.participants.some((p) => p.name === 'Jean Baptiste'));
    expect(nairobi).toMatchObject({ city: 'Nairobi', countryCode: 'KE', date: { year: 2024, month: 3, day: 1, precision: 'DAY' } });
  });
});

describe('dates: an invitation to visit looks ahead', () => {
  it('"accepted X\'s invitation to visit Y in October" is the coming October, told in a July story', () => {
    const { x } = story("Brazilian President Paulo Souza accepted Indonesian President Budi Santoso's invitation to visit Jakarta in October, officials said.", '2025-07-10');
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', city: 'Jakarta', date: { year: 2025, month: 10, precision: 'MONTH' } });
  });

  it('a visit made "at the invitation of" someone stays in the past', () => {
    expect(findDatesWithPrevious('He visited Jakarta in October at the invitation of the president.', undefined, '2025-07-10')[0]?.date).toEqual({ year: 2024, month: 10, precision: 'MONTH' });
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

describe('places: the place that opens a saying sentence is the speaker\'s', () => {
  it('"In Washington, a spokesman said … the visit" starts the stretch of the visit after the saying verb', () => {
    const text = 'In Washington, State Department spokesman John Reed said on Monday that the US was aware of the visit.';
    expect(meetingRegion(text, text.indexOf('visit'), 'HELD').from).toBe(text.indexOf(' on Monday'));
  });

  it('"In March, X met Y in Lome" is no saying and keeps its place', () => {
    const text = 'In March, Mensah met Agbeko in Lome.';
    expect(meetingRegion(text, text.indexOf('met'), 'HELD').from).toBe(0);
  });
});

describe('places: "Later in the day, X is scheduled to meet Z"', () => {
  it('takes the city of the meeting told before by the same person, though that one was held and this one is planned', () => {
    const { x } = story('Russian President Ivan Petrov held talks with Mongolian President Bat Erdene at the State Palace in Ulaanbaatar. The talks lasted three hours. Later in the day, Petrov is scheduled to meet Mongolian Prime Minister Dorj Gansukh.', '2024-09-03');
    const later = x.meetings.find((m) => m.participants.some((p) => p.name === 'Dorj Gansukh'));
    expect(later).toMatchObject({ status: 'PLANNED', city: 'Ulaanbaatar', countryCode: 'MN' });
  });
});

describe('dates: a readout that gives no date tells the day of publication', () => {
  it('a held meeting of the lead, with no date in the first three sentences, is of the publication day', () => {
    const { x } = story('Russian President Ivan Petrov held talks with Mongolian President Bat Erdene at the State Palace in Ulaanbaatar. The President of Russia is in Mongolia on an official visit. The talks began in a restricted format.', '2024-09-03');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2024, month: 9, day: 3, precision: 'DAY' });
  });

  it('a lead whose story dates something in its first sentences is left to those dates', () => {
    const { x } = story('Russian President Ivan Petrov held talks with Mongolian President Bat Erdene at the State Palace in Ulaanbaatar. The two last met in 2019.', '2024-09-03');
    expect(x.meetings.find((m) => m.participants.length === 2 && !m.date)).toBeDefined();
  });
});

describe('dates: a meeting told in a "where" clause takes that clause\'s date', () => {
  it('"is scheduled to leave for Beijing on Wednesday, where he will hold talks with Xi on Thursday" is Thursday', () => {
    const { x } = story('Saudi King Fahd Al Saud is scheduled to leave for Beijing on Wednesday, where he will hold talks with Chinese President Li Wei on Thursday.', '2017-03-14');
    expect(x.meetings[0]).toMatchObject({ city: 'Beijing', date: { year: 2017, month: 3, day: 16, precision: 'DAY' } });
  });
});

describe('places: "at X, near Y." at the end of a sentence', () => {
  it('places the meeting in X though Y carries the full stop', () => {
    const { x } = story('Indian Prime Minister Ravi Kumar hosted Chinese President Li Wei for an informal summit at Mamallapuram, near Chennai.', '2024-10-23');
    expect(x.meetings[0]).toMatchObject({ city: 'Mamallapuram', countryCode: 'IN' });
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

describe('places: a seat of government of another time, in a story with no place of its own', () => {
  it('"discussed the treaty with X at the White House in February" keeps the venue and country but no city', () => {
    const { x } = story('Britain handed over the islands on Thursday. Prime Minister Tom Hale also discussed the treaty with U.S. President Mark Ellison at the White House in February.', '2025-05-23');
    const ellison = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mark Ellison'));
    expect(ellison).toMatchObject({ venue: 'White House', countryCode: 'US' });
    expect(ellison!.city).toBeUndefined();
  });
});
