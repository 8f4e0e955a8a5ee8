/**
 * Round 10 specs for dates and places of meetings. Made-up stories, each
 * stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { findDatesWithPrevious } from '../../src/ingest/extract/dates.ts';
import { normalize } from '../../src/ingest/normalize.ts';
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

describe('places: the city before a date and ", where"', () => {
  it('"had visited Casablanca in December 2021, where he held talks with X" is in Casablanca, not at the venue told earlier in the sentence', () => {
    const { x } = story(
      'RABAT, June 12 (MAP) - King Hassan Idrissi received Spanish Prime Minister Luis Ortega at the Royal Palace on Wednesday. The king last met Ortega at the Moncloa Palace in May 2023, and Ortega had visited Casablanca in December 2021, where he held talks with the king.',
      '2024-06-12',
    );
    const older = x.meetings.find((m) => m.date?.year === 2021);
    expect(older).toMatchObject({ city: 'Casablanca', countryCode: 'MA' });
  });

  it('"will travel to El Salvador on Monday, where he is to meet X" is in El Salvador, not in a city called Salvador', () => {
    const { x } = story('Foreign Minister Ana Ruiz will travel to El Salvador on Monday, where she is scheduled to meet President Jorge Mena.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ countryCode: 'SV' });
    expect(x.meetings[0]?.city).toBeUndefined();
  });
});

describe('dates: a part of "the year"', () => {
  it('"in the first half of the year" is the year of publication', () => {
    const ds = findDatesWithPrevious('The president is expected to pay an official visit to Lisbon in the first half of the year.', undefined, '2025-01-27');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2025, precision: 'YEAR' }]);
  });

  it('"the last quarter of the year" and "the final days of the month" are the year and the month', () => {
    expect(findDatesWithPrevious('They will meet in the last quarter of the year.', undefined, '2025-03-02')[0]?.date).toEqual({ year: 2025, precision: 'YEAR' });
    expect(findDatesWithPrevious('They will meet in the final days of the month.', undefined, '2025-03-02')[0]?.date).toEqual({ year: 2025, month: 3, precision: 'MONTH' });
  });
});

describe("dates: the meeting's own relative clause, after the list of its people", () => {
  it('"The summit between X, Y and Z, which had been scheduled to take place in Lima in December, was postponed" is dated December', () => {
    const { x } = story(
      'QUITO, Jan 27 - The summit between Ecuadorean President Pablo Rojas, Colombian President Ana Torres and Peruvian President Luis Vega, which had been scheduled to take place in Lima in December, was postponed because of the floods.',
      '2025-01-27',
    );
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Lima', date: { year: 2024, month: 12, precision: 'MONTH' } });
  });

  it('a relative clause about another thing still does not date the meeting', () => {
    const { x } = story('QUITO, Jan 27 - President Pablo Rojas met Colombian President Ana Torres on Monday to discuss the pipeline, which was built in 2019.', '2025-01-27');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2025, month: 1, day: 27 });
  });
});

describe('places: a city that ends the sentence', () => {
  it('"visited Malaysia in 2003 and held talks with X in Putrajaya." is in Putrajaya: the full stop is not part of the name', () => {
    const { x } = story('Russian President Ivan Petrov visited Malaysia in 2003 and held talks with Prime Minister Ahmad Zain in Putrajaya.', '2025-05-14');
    expect(x.meetings[0]).toMatchObject({ city: 'Putrajaya', countryCode: 'MY' });
  });
});

describe('places: a "when" clause that tells another event', () => {
  it('"hosted X on Parliament Hill in June 2010, when X came for the summit in Toronto" is not placed in Toronto', () => {
    const { x } = story('OTTAWA, Feb 9 (Reuters) - Prime Minister John Reid hosted Chinese President Li Wei on Parliament Hill in June 2010, when the Chinese leader came for the G20 summit in Toronto.', '2012-02-09');
    expect(x.meetings[0]?.city).not.toBe('Toronto');
  });

  it('but one that tells the meeting itself places it: "The last meeting … was in May 2023, when X met Y in Hiroshima"', () => {
    const { x } = story('The last meeting between President Luis Vega and a Japanese head of government took place in May 2023, when Vega held talks with Prime Minister Kenji Sato in Hiroshima.', '2025-03-26');
    expect(x.meetings[0]).toMatchObject({ city: 'Hiroshima' });
  });
});

describe('places: a capital after a word of message or relation is its government', () => {
  it('"…, a step both leaders cast as a signal to Moscow" does not place the meeting in Moscow', () => {
    const { x } = story('VILNIUS, May 9 (Reuters) - Lithuanian President Jonas Kairys and Latvian Prime Minister Inga Ozola held talks on Friday, a step both leaders cast as a signal to Moscow.', '2025-05-09');
    expect(x.meetings[0]?.city).toBe('Vilnius');
  });

  it('"under whom the country had drawn closer to China" gives no country to the meeting', () => {
    const { x } = story('Later in the day, Prime Minister Amal Perera held talks with President Ravi Nair, whose predecessor had drawn closer to China.', '2025-05-09');
    expect(x.meetings[0]?.countryCode).not.toBe('CN');
  });

  it('"flew to Moscow for talks with X" is still a trip to Moscow', () => {
    const { x } = story('Prime Minister Inga Ozola flew to Moscow on Monday for talks with President Ivan Petrov.', '2025-05-09');
    expect(x.meetings[0]).toMatchObject({ city: 'Moscow', countryCode: 'RU' });
  });
});

describe('places: of two capitals, the one nearer the meeting word', () => {
  it('"the highest level in Hanoi\'s hierarchy, in November 2023, when X visited Tokyo and held talks with Y" is in Tokyo', () => {
    const { x } = story(
      'The two countries upgraded their ties to a strategic partnership, the highest level in Hanoi\'s diplomatic hierarchy, in November 2023, when then Vietnamese President Tran Van Minh visited Tokyo and held talks with then Prime Minister Kenji Sato.',
      '2025-04-28',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Tokyo', countryCode: 'JP' });
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

describe('places: a camp or fort named with its city after a comma', () => {
  it('"at the ministry\'s headquarters in Camp Aguinaldo, Quezon City" is in Quezon City, not the dateline city', () => {
    const { x } = story(
      'MANILA, April 16 (PNA) - Philippine Defense Secretary Ramon Cruz and Australian Defence Minister Ana Lopez held a bilateral meeting at the ministry headquarters in Camp Aguinaldo, Quezon City, on Wednesday.',
      '2025-04-16',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Quezon City', countryCode: 'PH' });
  });
});

describe('dates: months or years counted from the date told before', () => {
  it('"A month later, …" after "In February 2024, …" is March 2024', () => {
    const ds = findDatesWithPrevious('A month later, the two countries signed a fisheries agreement.', 'In February 2024, the ministers signed a framework agreement in Nairobi.', '2025-07-22');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 3, precision: 'MONTH' }]);
  });

  it('"two years later" counts years from a year told earlier in the same sentence', () => {
    const ds = findDatesWithPrevious('The two leaders first met in 2015 and signed the treaty two years later.', undefined, '2025-07-22');
    expect(ds.map((d) => d.date)).toEqual([
      { year: 2015, precision: 'YEAR' },
      { year: 2017, precision: 'YEAR' },
    ]);
  });

  it('with no date told before, "a month later" dates nothing', () => {
    expect(findDatesWithPrevious('A month later, the ministers met again.', 'The ministers met in the capital.', '2025-07-22').filter((d) => d.date)).toEqual([]);
  });
});

describe('dates: the date of an appositive thing after the meeting', () => {
  it('"held talks on the pipeline, a project agreed with Portugal in December" is not dated December', () => {
    const { x } = story('Foreign ministers Ana Ruiz and Claire Martin held talks on the hydrogen pipeline, a project agreed with Portugal in December.', '2023-01-19');
    expect(x.meetings[0]?.date).toBeUndefined();
  });

  it('a date of the meeting itself before the appositive still dates it', () => {
    const { x } = story('Foreign ministers Ana Ruiz and Claire Martin held talks on Thursday on the hydrogen pipeline, a project agreed with Portugal in December.', '2023-01-20');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2023, month: 1, day: 19 });
  });
});

describe('places: "left A for B", then a meeting in the next sentence', () => {
  it('"Li left Belgrade on Wednesday afternoon for Budapest. He is scheduled to hold talks with X on Thursday" is in Budapest', () => {
    const { x } = story(
      'BELGRADE, May 8 (Reuters) - Chinese Premier Li Wei held talks with Serbian President Marko Ilic in Belgrade on Wednesday. Li left Belgrade on Wednesday afternoon for Budapest, the last leg of his tour. He is scheduled to hold talks with Hungarian Prime Minister Gabor Nagy on Thursday.',
      '2024-05-08',
    );
    const next = x.meetings.find((m) => m.participants.some((p) => p.name === 'Gabor Nagy'));
    expect(next).toMatchObject({ city: 'Budapest', countryCode: 'HU' });
  });

  it('a meeting told in the same sentence as the departure is not moved to the destination', () => {
    const { x } = story('Chinese Premier Li Wei left Belgrade for Budapest on Wednesday after meeting Serbian President Marko Ilic.', '2024-05-08');
    expect(x.meetings[0]?.city).not.toBe('Budapest');
  });
});
