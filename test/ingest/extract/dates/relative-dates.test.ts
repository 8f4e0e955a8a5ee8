/**
 * Specs for dates read from a date told before: "that day", "that month",
 * "the following week" or "Monday", days, months or years counted from a
 * day told before, "before" and "after", parts of "the year". Every story
 * here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDatesWithPrevious } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';
import { iso, FRIDAY } from '../helpers.ts';

describe('dates: "that day" and "the same day" stand for a day told before them', () => {
  it('a day told earlier in the same sentence comes first', () => {
    const ds = findDatesWithPrevious('The signing was set for May 20, with the ministers due to meet that day.', 'The ministers spoke on Tuesday.', FRIDAY);
    expect(iso(ds)).toEqual(['2025-05-20', '2025-05-20']);
  });

  it('when the sentence before gives no date, the day of the lead', () => {
    const lead = 'The two countries signed a gas deal in Vienna on Wednesday.';
    const ds = findDatesWithPrevious('The energy ministers met in Vienna on the same day.', 'The deal was signed by the two state companies.', FRIDAY, lead);
    expect(iso(ds)).toEqual(['2025-06-11']);
  });

  it('but not when the sentence before gives a coarser date, whose day is unknown', () => {
    const lead = 'The two countries signed a gas deal in Vienna on Wednesday.';
    const ds = findDatesWithPrevious('The energy ministers met in Vienna on the same day.', 'An earlier deal was signed in 2019.', FRIDAY, lead);
    expect(iso(ds)).toEqual([]);
  });
});

describe('dates: "that month" and "the following year" take the month or year told before', () => {
  it('"that month" is the last month the sentence before gave', () => {
    const ds = findDatesWithPrevious('The two leaders first met in Rome that month.', 'She took office in March.', FRIDAY);
    expect(iso(ds)).toEqual(['2025-03']);
  });

  it('a month told earlier in the same sentence comes first', () => {
    const ds = findDatesWithPrevious('She took office in March and met him that month.', 'Nothing here.', FRIDAY);
    expect(iso(ds)).toEqual(['2025-03', '2025-03']);
  });

  it('"the following month" and "the previous month" shift it', () => {
    expect(iso(findDatesWithPrevious('They met again the following month.', 'The treaty was signed in December 2019.', FRIDAY))).toEqual(['2020-01']);
    expect(iso(findDatesWithPrevious('They had met the previous month.', 'The treaty was signed in January 2020.', FRIDAY))).toEqual(['2019-12']);
  });

  it('"later that year" after a year told in the same sentence is that year', () => {
    expect(iso(findDatesWithPrevious('The pact was signed in 2016, and the leaders met again later that year.', 'They met in 2012.', FRIDAY))).toEqual(['2016', '2016']);
  });

  it('"the following year" is the year after the one told before', () => {
    expect(iso(findDatesWithPrevious('The two leaders met again the following year.', 'The treaty was signed in 2016.', FRIDAY))).toEqual(['2017']);
  });
});

describe('dates: "a day after <event>" dates the event from the day its sentence gives', () => {
  it('"a day after" is one day before the day told before it', () => {
    const ds = findDatesWithPrevious('The president will address parliament today, a day after holding talks with the chancellor.', undefined, FRIDAY);
    expect(iso(ds)).toEqual(['2025-06-13', '2025-06-12']);
  });

  it('"two days before" is two days after it', () => {
    const ds = findDatesWithPrevious('The ministers met on Monday, two days before the summit.', undefined, FRIDAY);
    expect(iso(ds)).toEqual(['2025-06-09', '2025-06-11']);
  });

  it('with no day of its own the sentence gives none: the main clause may be any day', () => {
    expect(iso(findDatesWithPrevious('The president, a day after holding talks with the chancellor, left for Rome.', undefined, FRIDAY))).toEqual([]);
  });
});

describe('dates: days counted from a day told before', () => {
  it('"the next day" counts from a day told earlier in its own sentence first', () => {
    expect(iso(findDatesWithPrevious('He arrived on Saturday and met the king the next day.', 'The talks were held on Tuesday.', FRIDAY))).toEqual(['2025-06-07', '2025-06-08']);
  });

  it('"the previous day" and "the day before" standing alone are the day before the one told before', () => {
    expect(iso(findDatesWithPrevious('They had met the previous day.', 'The pact was signed on Tuesday.', FRIDAY))).toEqual(['2025-06-09']);
    expect(iso(findDatesWithPrevious('They had met the day before, officials said.', 'The pact was signed on Tuesday.', FRIDAY))).toEqual(['2025-06-09']);
  });

  it('weeks and more than three days count too', () => {
    expect(iso(findDatesWithPrevious('A week later, they met again.', 'The pact was signed on May 2.', FRIDAY))).toEqual(['2025-05-09']);
    expect(iso(findDatesWithPrevious('Five days later, they met again.', 'The pact was signed on May 20.', FRIDAY))).toEqual(['2025-05-25']);
  });
});

describe('dates: "that week" and "the following week"', () => {
  it('"later that week" is the month of the day told before', () => {
    expect(iso(findDatesWithPrevious('They met again later that week.', 'The pact was signed on May 30.', FRIDAY))).toEqual(['2025-05']);
  });

  it('"the following week" is the month of the day a week on', () => {
    expect(iso(findDatesWithPrevious('They met the following week.', 'The pact was signed on May 30.', FRIDAY))).toEqual(['2025-06']);
  });

  it('with only a month told before, "the following week" is not guessed', () => {
    expect(iso(findDatesWithPrevious('They met the following week.', 'The pact was signed in May.', FRIDAY))).toEqual([]);
  });
});

describe('dates: "before" and "after" keep the order of the days they join', () => {
  it('"on Monday before flying to Paris on Saturday": Saturday is not before Monday', () => {
    expect(iso(findDates('They met on Monday before flying to Paris on Saturday.', FRIDAY))).toEqual(['2025-06-09', '2025-06-14']);
  });

  it('"on Thursday after talks on Monday": Monday is not after Thursday', () => {
    // A Tuesday story in the future tense: Thursday is ahead, and Monday before it is yesterday, not next week.
    expect(iso(findDates('The two will sign the pact on Thursday after talks on Monday.', '2025-06-10'))).toEqual(['2025-06-12', '2025-06-09']);
  });
});

describe('dates: "the following Monday" counts from a day told before', () => {
  // 2 May 2025 is a Friday.
  it('"the following Monday" is the first Monday after the day the sentence before gave', () => {
    expect(iso(findDatesWithPrevious('They met again the following Monday.', 'The pact was signed on May 2.', FRIDAY))).toEqual(['2025-05-05']);
  });

  it('"the previous Friday" is the last Friday before it', () => {
    expect(iso(findDatesWithPrevious('They had met the previous Friday.', 'The pact was signed on May 2.', FRIDAY))).toEqual(['2025-04-25']);
  });

  it('a day told earlier in the same sentence comes first', () => {
    expect(iso(findDatesWithPrevious('He arrived on May 2 and met the king the following Monday.', 'They spoke on June 10.', FRIDAY))).toEqual(['2025-05-02', '2025-05-05']);
  });
});

describe('dates: a day and month followed by "last year" or "next year"', () => {
  it('"on March 3 last year" is in the year before publication, as one date', () => {
    expect(iso(findDates('The pact was signed on March 3 last year.', FRIDAY))).toEqual(['2024-03-03']);
  });

  it('"on 3 March next year" is in the year after', () => {
    expect(iso(findDates('The pact will be signed on 3 March next year.', FRIDAY))).toEqual(['2026-03-03']);
  });
});

describe('dates: "a day earlier than planned" is a comparison, no day of its own', () => {
  it('gives only the day told', () => {
    expect(iso(findDatesWithPrevious('The leaders met on Tuesday, a day earlier than planned.', 'The pact was signed on May 2.', FRIDAY))).toEqual(['2025-06-10']);
  });
});

describe('dates: "the day after <event>" after a day told in the sentence', () => {
  it('the event is the day before the day told', () => {
    expect(iso(findDatesWithPrevious('The leaders met on Tuesday, the day after the election.', undefined, FRIDAY))).toEqual(['2025-06-10', '2025-06-09']);
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

describe('dates: "that day" is the day the sentence before gave', () => {
  it('a meeting told after "That day," takes the previous sentence\'s day', () => {
    const { x } = story('The border crossing reopened on March 14. That day, Peruvian Foreign Minister Rosa Huaman met Bolivian Foreign Minister Jorge Quispe in Desaguadero.', '2024-05-02');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 3, day: 14, precision: 'DAY' });
  });

  it('an agreement "signed the same day" takes the previous sentence\'s day', () => {
    const { x } = story('Ghanaian President Kofi Mensah arrived in Abuja on Feb. 6. The two governments signed a trade agreement the same day.', '2024-05-02');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 2, day: 6, precision: 'DAY' });
  });

  it('a sentence with a date of its own keeps it', () => {
    const { x } = story('The border crossing reopened on March 14. On that day last year, and again on April 2, Peruvian Foreign Minister Rosa Huaman met Bolivian Foreign Minister Jorge Quispe in Lima.', '2024-05-02');
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 4, day: 2, precision: 'DAY' });
  });
});

describe('dates: "the <event>" the sentence before named carries its day', () => {
  it('"The next session has been set for May 9. A and B will chair the session …"', () => {
    const { x } = story(
      'Slovak Prime Minister Juraj Kolar met Czech Prime Minister Jan Horak in Bratislava on Monday. The next session of the joint council has been set for May 9. Kolar and Horak will chair the session and hold talks in the Czech city of Brno, officials said.',
      '2024-04-02',
    );
    const planned = x.meetings.find((m) => m.status === 'PLANNED');
    expect(planned?.city).toBe('Brno');
    expect(planned?.date).toEqual({ year: 2024, month: 5, day: 9, precision: 'DAY' });
  });
});
