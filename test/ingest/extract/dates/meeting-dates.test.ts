/**
 * Specs for which date is a meeting's: of the dates of its sentence, a weekday,
 * the lead's day, the day of a saying, a readout with no date, a deadline or
 * a "since" clause that is not the meeting's. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDatesWithPrevious } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';
import { names, day } from '../helpers.ts';

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

describe('date: which of the sentence\'s dates is the meeting\'s', () => {
  it('a date in a past-participle phrase about a thing (", built in 1998,") dates that thing, not the meeting', () => {
    const { x } = story(
      'Spanish Prime Minister Luis Garcia received Portuguese Prime Minister Rui Sousa in Madrid, and the two discussed the Alqueva dam, built in 1998, which needs repairs.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toBeUndefined();
  });

  it('", signed in 1998," in an aside is no joint signing: the meeting keeps the day its own verb gives', () => {
    const { x } = story(
      'Spanish Prime Minister Luis Garcia received Portuguese Prime Minister Rui Sousa in Madrid on Monday, and the two discussed a water treaty, signed in 1998, which expires next year.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual(day(2024, 9, 9));
  });
});

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

describe('dates: later in the day', () => {
  it('"Later in the day, X is scheduled to meet Y" is the day of publication', () => {
    const found = findDates('Later in the day, the president is scheduled to meet the prime minister.', '2024-09-11');
    expect(found.map((d) => d.date)).toEqual([{ year: 2024, month: 9, day: 11, precision: 'DAY' }]);
  });

  it('told in the past it is not read against the publication day', () => {
    expect(findDates('Later in the day, the president met the prime minister.', '2024-09-11').map((d) => d.date)).toEqual([]);
  });
});

describe('dates: which date of the sentence is the meeting\'s', () => {
  it('"In May, X paid a visit to Lima, where Y received him on May 14" is the day, not the month', () => {
    const { x } = story('In May, Polish President Marek Nowak paid a visit to Lima, where Peruvian President Ana Quispe received him at the Government Palace on May 14.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: { year: 2024, month: 5, day: 14, precision: 'DAY' } });
  });
});

describe('dates: from the trip told before', () => {
  it('"On the same trip he was received by X" falls in the month of the meeting told just before', () => {
    const { x } = story(
      'In February, on his first European tour as president, Chilean President Pablo Rojas met Irish Prime Minister Liam Brennan in Dublin. On the same trip he was received by Pope Leo at the Vatican.',
      '2024-11-21',
    );
    const pope = x.meetings.find((m) => names(m.participants).includes('leo'));
    expect(pope).toMatchObject({ date: { year: 2024, month: 2, precision: 'MONTH' } });
  });
});

describe('a later meeting of a sentence is dated for its own tense', () => {
  it('"spoke by telephone on Thursday and agreed to hold talks in Kampala next month": the call is held on Thursday, the talks planned for next month', () => {
    const { x } = story('NAIROBI, March 14, 2025 - Kenyan President Samuel Otieno and Ugandan President Grace Namara spoke by telephone on Thursday and agreed to hold talks in Kampala next month.');
    const told = x.meetings.map((m) => ({ kind: m.kind, status: m.status, date: m.date, city: m.city }));
    expect(told).toEqual([
      { kind: 'PHONE_CALL', status: 'HELD', date: { year: 2025, month: 3, day: 13, precision: 'DAY' }, city: undefined },
      { kind: 'IN_PERSON', status: 'PLANNED', date: { year: 2025, month: 4, precision: 'MONTH' }, city: 'Kampala' },
    ]);
  });
});

describe('dates: "the talks took place a day after X met Y" dates the other meeting from the story\'s day', () => {
  it('the meeting told after "a day after" is the day before the lead\'s day', () => {
    // 2024-03-07 is a Thursday; the lead's "on Wednesday" is 2024-03-06.
    const { x } = story(
      'Polish Foreign Minister Jan Nowak received Lithuanian Foreign Minister Rasa Petraitė in Warsaw on Wednesday for talks on rail links. The talks took place a day after Latvian Prime Minister Ivars Ozols met Estonian Prime Minister Kaja Tamm in Riga.',
      '2024-03-07',
    );
    const riga = x.meetings.find((m) => m.participants.some((p) => /Ozols/.test(p.name)));
    expect(riga?.date).toEqual({ year: 2024, month: 3, day: 5, precision: 'DAY' });
  });

  it('a dateline standing alone is not the lead whose day counts', () => {
    const { x } = story(
      'WARSAW, March 7. /PAP/. Polish Foreign Minister Jan Nowak received Lithuanian Foreign Minister Rasa Petraitė in Warsaw on Wednesday for talks on rail links. The talks took place two days after Latvian Prime Minister Ivars Ozols met Estonian Prime Minister Kaja Tamm in Riga.',
      '2024-03-07',
    );
    const riga = x.meetings.find((m) => m.participants.some((p) => /Ozols/.test(p.name)));
    expect(riga?.date).toEqual({ year: 2024, month: 3, day: 4, precision: 'DAY' });
  });
});

describe('dates: "began the day by calling on X" is the story\'s day', () => {
  it('takes the day of the lead, or of the sentence after a lead that gives none', () => {
    const { x } = story(
      'Samoa and Tonga have signed a new partnership that both governments say ends years of frosty relations. Samoan Prime Minister Tala Mataafa and Tongan Prime Minister Sione Vea put their names to the accord at the Government Buildings in Apia this afternoon, after an hour of talks. The two-page document commits both countries to work more closely on fisheries. Mr Vea is on his first visit to Samoa as prime minister. He began the day by calling on Samoan Head of State Malietoa Tuimavave at the Government House.',
      '2024-06-13',
    );
    const call = x.meetings.find((m) => m.participants.some((p) => /Tuimavave/.test(p.name)));
    expect(call?.date).toEqual({ year: 2024, month: 6, day: 13, precision: 'DAY' });
  });
});

describe('dates: the day of a saying that follows the meeting', () => {
  it('"X said Thursday after meeting with Y" dates the meeting that Thursday', () => {
    const { x } = story('LIMA (AP) — Peru agreed to reopen its border crossings with Bolivia, President Rosa Quispe said Thursday after meeting with Bolivian President Carlos Mamani.', '2024-06-14');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toMatchObject({ year: 2024, month: 6, day: 13, precision: 'DAY' });
  });

  it('"said on Monday following talks with" does too', () => {
    const { x } = story('The two countries will share river data, Chilean Foreign Minister Ana Torres said on Monday following talks with her Argentine counterpart Luis Pereyra in Santiago.', '2024-06-14');
    expect(x.meetings[0]?.date).toMatchObject({ year: 2024, month: 6, day: 10, precision: 'DAY' });
  });
});

describe('dates: a month told again with its day', () => {
  it('"In March, X paid a visit to Y, where Z received him … on March 9" is March 9', () => {
    const { x } = story('Kenyan President Paul Otieno hosted Ugandan President Moses Okello in Nairobi on Tuesday. In March, Otieno paid a visit to Kampala, where Okello received him with a military parade and a state banquet on March 9.', '2024-09-04');
    const kampala = x.meetings.find((m) => m.city === 'Kampala');
    expect(kampala?.date).toMatchObject({ year: 2024, month: 3, day: 9, precision: 'DAY' });
  });

  it('a day told after "after" is another event\'s, and the month stays a month', () => {
    const dates = findDatesWithPrevious('In March, Otieno travelled to Kampala, a week after a border clash on March 2.', undefined, '2024-09-04');
    expect(dates[0]).toMatchObject({ text: 'In March', date: { year: 2024, month: 3, precision: 'MONTH' } });
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

describe('dates: a deadline ("by 2030") does not date a meeting', () => {
  it('"agreed on Friday to double trade by 2030, as X became the first leader to visit" is Friday\'s visit', () => {
    const { x } = story(
      'Portugal and Vietnam agreed on Friday to double bilateral trade by 2030, as To Van Hung became the first Vietnamese president to visit the country. Prime Minister Rui Calado welcomed To Van Hung at the São Bento Palace in Lisbon.',
      '2024-05-25',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(visit?.date).toEqual({ year: 2024, month: 5, day: 24, precision: 'DAY' });
    expect(x.meetings.some((m) => m.date?.year === 2030)).toBe(false);
  });
});

describe('dates: a "since" clause that tells a meeting of its own', () => {
  it('"the first visit … since then-premier X travelled to Lisbon in May 2016 and held talks with Y" is dated May 2016', () => {
    const { x } = story(
      'MADRID, Jan 27 (EFE) - Premier Ana Solis met President Rui Costa in Lisbon on Sunday. The talks focused on energy. Solis praised the ties. It is the first visit by a Spanish premier to the country since then-premier Jorge Blanco travelled to Lisbon in May 2016 and held talks with President Marcelo Sousa.',
      '2025-01-27',
    );
    const past = x.meetings.find((m) => m.participants.some((p) => p.name === 'Marcelo Sousa'));
    expect(past?.date).toEqual({ year: 2016, month: 5, precision: 'MONTH' });
  });

  it('"the first meeting since X took office in March" still gives no date', () => {
    const { x } = story('It was the first meeting between President Ana Solis and Premier Rui Costa since Costa took office in March.', '2025-06-10');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Costa'));
    expect(met?.date).toBeUndefined();
  });
});

describe("a held meeting told right after the lead takes the lead's day", () => {
  it('when it gives no day of its own', () => {
    const { x } = story('LISBON, May 9 (Reuters) - Portugal and Chile signed four agreements in Lisbon on Thursday. Portuguese Prime Minister Rui Costa and Chilean President Pablo Rojas held talks before the ministers signed.', '2024-05-09');
    expect(x.meetings.map((m) => m.date)).toEqual([{ year: 2024, month: 5, day: 9, precision: 'DAY' }]);
  });

  it('but not when it is told as earlier this month: its month stays a month', () => {
    const { x } = story(
      'LISBON, May 9 (Reuters) - Portuguese Prime Minister Rui Costa received Chilean President Pablo Rojas in Lisbon on Thursday, after which the two governments signed four agreements. They were signed by Foreign Minister Ana Brito, who had settled the texts with Chilean Foreign Minister Luis Soto during a video conference earlier this month.',
      '2024-05-09',
    );
    const call = x.meetings.find((m) => m.kind === 'VIDEO_CALL');
    expect(call?.date).toEqual({ year: 2024, month: 5, precision: 'MONTH' });
  });
});

describe('a meeting its sentence says has no date yet', () => {
  const text = (tail: string) =>
    `Spanish Prime Minister Elena Roldán held talks with Italian Prime Minister Marco Ferri in Naples on Thursday. Roldán is due to meet French President Luc Marchand on the sidelines of the summit on Saturday. She will also hold talks with Greek Prime Minister Nikos Pappas, ${tail}`;

  it('"though no date for that meeting has been announced" takes no date from the meeting told before', () => {
    const { x } = story(text('though no date for that meeting has been announced.'), '2024-06-13');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nikos Pappas'));
    expect(talks?.date).toBeUndefined();
    expect(talks?.city).toBe('Naples');
  });

  it('told without such words, it takes the day of the meeting told before', () => {
    const { x } = story(text('who is attending as a guest.'), '2024-06-13');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nikos Pappas'));
    expect(talks?.date).toEqual({ year: 2024, month: 6, day: 15, precision: 'DAY' });
  });
});

describe('the date of a "since" followed by a "when" clause that tells a meeting', () => {
  it('"the first visit since May 2019, when he opened a forum and held talks with then President X" dates the talks May 2019', () => {
    const { x } = story(
      'Brazilian President Paulo Ramos met Portuguese Prime Minister Rui Calado on Tuesday. It is the Brazilian leader\'s first visit to Lisbon since May 2019, when he opened a business forum and held talks with then President Mario Soares Neto.',
      '2024-09-05',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mario Soares Neto'));
    expect(earlier?.date).toEqual({ year: 2019, month: 5, precision: 'MONTH' });
  });

  it('"the first visit since May 2019, when he took office" dates no meeting then', () => {
    const { x } = story(
      'Brazilian President Paulo Ramos met Portuguese Prime Minister Rui Calado in Lisbon on Tuesday, his first visit to Portugal since May 2019, when he took office.',
      '2024-09-05',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(talks?.date).toEqual({ year: 2024, month: 9, day: 3, precision: 'DAY' });
  });
});
