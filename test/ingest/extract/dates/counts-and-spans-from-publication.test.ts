/**
 * Specs for dates counted from the day of publication and for spans: "two
 * days ago", "in two weeks' time", "since <event> in YYYY", "over the past
 * decade", ranges of years, parts of a year or month, years before 1800.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';
import { iso, FRIDAY } from '../helpers.ts';

describe('dates: "since <named event> in YYYY" is a span to publication', () => {
  it('a capitalised name and a possessive may stand between "since" and "in YYYY"', () => {
    expect(findDates("The two have signed 22 accords since Namibia's independence in 1990.", '2024-05-02')[0]?.span).toEqual({ fromYear: 1990, toYear: 2024 });
  });

  it('a total told that way is a span, not a date of 1990', () => {
    const { x } = story("Namibia and Botswana have signed 22 bilateral agreements since Namibia's independence in 1990, the foreign ministry said.", '2024-05-02');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.span).toEqual({ fromYear: 1990, toYear: 2024 });
    expect(x.agreements[0]!.date).toBeUndefined();
  });
});

describe('dates: "over the past decade" with no number is one decade', () => {
  it('counts ten years back from the publication year', () => {
    expect(findDates('They have signed about 25 agreements over the past decade.', '2023-03-01')[0]?.span).toEqual({ fromYear: 2013, toYear: 2023 });
    expect(findDates('Trade doubled in the last decade.', '2023-03-01')[0]?.span).toEqual({ fromYear: 2013, toYear: 2023 });
  });

  it('a total told that way gets the span', () => {
    const { x } = story('Chile and Peru have signed about 25 bilateral agreements over the past decade, according to the foreign ministry.', '2023-03-01');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.span).toEqual({ fromYear: 2013, toYear: 2023 });
  });
});

describe('dates: "in the N years since" counts back from publication', () => {
  it('"In the 12 years since" is the twelve years up to publication', () => {
    expect(findDates('In the 12 years since, the two sides have signed 30 deals.', '2020-06-10')[0]?.span).toEqual({ fromYear: 2008, toYear: 2020 });
    expect(findDates('Over the ten years since, little changed.', '2020-06-10')[0]?.span).toEqual({ fromYear: 2010, toYear: 2020 });
  });
});

describe('dates: years before 1800', () => {
  it('"in 1713" is a year, but a count after "in" or "of" is not', () => {
    expect(findDates('The border was fixed by a treaty signed at Utrecht in 1713.', '2024-05-02')[0]?.date).toEqual({ year: 1713, precision: 'YEAR' });
    expect(findDates('The storm left damage in 1500 homes.', '2024-05-02')).toEqual([]);
    expect(findDates('A convoy of 1200 trucks crossed.', '2024-05-02')).toEqual([]);
  });
});

describe('dates: counts back from publication', () => {
  it('"last night" is the day before publication', () => {
    expect(iso(findDates('The minister arrived in Rome last night.', FRIDAY))).toEqual(['2025-06-12']);
  });

  it('"N days ago" is a day; weeks and months ago are a month; years ago a year', () => {
    expect(iso(findDates('The ministers met two days ago in Rome.', FRIDAY))).toEqual(['2025-06-11']);
    expect(iso(findDates('The ministers met three weeks ago.', FRIDAY))).toEqual(['2025-05']);
    expect(iso(findDates('The ministers met two months ago.', FRIDAY))).toEqual(['2025-04']);
    expect(iso(findDates('The ministers met a year ago.', FRIDAY))).toEqual(['2024']);
  });
});

describe('dates: a part of a year is dated to the year', () => {
  it('"in early 2024", "by mid-2023", "in late 2022"', () => {
    expect(iso(findDates('The two leaders met in early 2024 in Rome.', FRIDAY))).toEqual(['2024']);
    expect(iso(findDates('The line is due to open by mid-2023.', FRIDAY))).toEqual(['2023']);
    expect(iso(findDates('They last met in late 2022.', FRIDAY))).toEqual(['2022']);
  });
});

describe('dates: a part of a month, a weekend, a part of the current period', () => {
  it('"at the end of May", "the first week of June", "the second half of March" are that month', () => {
    expect(iso(findDates('The ministers met at the end of May.', FRIDAY))).toEqual(['2025-05']);
    expect(iso(findDates('The ministers met in the first week of June.', FRIDAY))).toEqual(['2025-06']);
    expect(iso(findDates('They will meet in the second half of July.', FRIDAY))).toEqual(['2025-07']);
  });

  it('a part of a month with a year keeps the year', () => {
    expect(iso(findDates('They met at the end of May 2019.', FRIDAY))).toEqual(['2019-05']);
  });

  it('a weekend is the month of its Saturday, the last one for the past, the coming one for the future', () => {
    // Publication on Monday 2 June 2025: the weekend before was 31 May-1 June.
    expect(iso(findDates('The leaders met at the weekend.', '2025-06-02'))).toEqual(['2025-05']);
    expect(iso(findDates('The leaders met last weekend.', '2025-06-02'))).toEqual(['2025-05']);
    // Publication on Thursday 26 June 2025: the coming weekend is 28-29 June, the next one in July.
    expect(iso(findDates('The leaders will meet this weekend.', '2025-06-26'))).toEqual(['2025-06']);
    expect(iso(findDates('The leaders will meet at the weekend of 5 July.', '2025-06-26'))).toContain('2025-07-05');
  });

  it('"earlier in the week", "later in the year", "at the start of the month" are of the publication', () => {
    expect(iso(findDates('They had met earlier in the week.', FRIDAY))).toEqual(['2025-06']);
    expect(iso(findDates('They will meet later in the year.', FRIDAY))).toEqual(['2025']);
    expect(iso(findDates('They met at the start of the month.', FRIDAY))).toEqual(['2025-06']);
  });

  it('"a fortnight ago" counts two weeks back', () => {
    expect(iso(findDates('They met a fortnight ago.', '2025-06-10'))).toEqual(['2025-05']);
  });
});

describe('dates: a range of years is a span, never one of its years', () => {
  it('"between 2010 and 2020", "from 2015 to 2019", "in 2019-20"', () => {
    expect(findDates('They signed 40 accords between 2010 and 2020.', FRIDAY).map((d) => d.span)).toEqual([{ fromYear: 2010, toYear: 2020 }]);
    expect(findDates('They signed 40 accords from 2015 to 2019.', FRIDAY).map((d) => d.span)).toEqual([{ fromYear: 2015, toYear: 2019 }]);
    expect(findDates('The envoys met often in 2019-20.', FRIDAY).map((d) => d.span)).toEqual([{ fromYear: 2019, toYear: 2020 }]);
  });

  it('"in the 1990s" is the decade; "since the 1990s" runs to publication', () => {
    expect(findDates('They signed 12 accords in the 1990s.', FRIDAY).map((d) => d.span)).toEqual([{ fromYear: 1990, toYear: 1999 }]);
    expect(findDates('They have signed 12 accords since the 1990s.', FRIDAY).map((d) => d.span)).toEqual([{ fromYear: 1990, toYear: 2025 }]);
  });

  it('a day date is no range', () => {
    expect(iso(findDates('The accord was signed on 2024-05-12.', FRIDAY))).toEqual(['2024-05-12']);
  });
});

describe('dates: a range of years in a name is no span', () => {
  it('"signed the Action Plan 2019-2023" gives no span', () => {
    expect(findDates('The ministers signed the Action Plan 2019-2023.', FRIDAY).filter((d) => d.span)).toEqual([]);
  });
});

describe('dates: counts ahead from publication, in the future only', () => {
  it('"in two days" is a day ahead; "in three weeks\' time" the month of that day', () => {
    expect(iso(findDates('The ministers will meet in two days.', FRIDAY))).toEqual(['2025-06-15']);
    expect(iso(findDates("The ministers will meet in three weeks' time.", FRIDAY))).toEqual(['2025-07']);
  });

  it('in the past it is a duration, no date', () => {
    expect(iso(findDates('They reached a deal in two days.', FRIDAY))).toEqual([]);
    expect(iso(findDates('The envoys will agree a text in two days of talks.', FRIDAY))).toEqual([]);
  });
});

describe('dates: "in N days" after a count of things is a duration', () => {
  it('"will visit three cities in five days" gives no date', () => {
    expect(iso(findDates('The delegation will visit three cities in five days.', FRIDAY))).toEqual([]);
  });
});

describe('dates: "last"/"next" + the publication month is a year away', () => {
  it('"last June" in a June story is the June before; "next June" the June after', () => {
    expect(iso(findDates('The two leaders met last June.', FRIDAY))).toEqual(['2024-06']);
    expect(iso(findDates('The two leaders will meet next June.', FRIDAY))).toEqual(['2026-06']);
  });

  it('"this June" is the publication year\'s; "last May" the latest May', () => {
    expect(iso(findDates('The two leaders met this June.', FRIDAY))).toEqual(['2025-06']);
    expect(iso(findDates('The two leaders met last May.', FRIDAY))).toEqual(['2025-05']);
  });
});

describe('dates: a year written before a document noun dates it and counts nothing', () => {
  it('"the 1998 Treaty of X, signed by …" is one treaty of 1998', () => {
    const { x } = story('Ecuadorian Foreign Minister Lucia Paz recalled the 1977 Treaty of Loja, signed in Quito by the foreign ministers of Ecuador and Peru.', '2024-06-04');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(1);
    expect(x.agreements[0]!.date).toEqual({ year: 1977, precision: 'YEAR' });
  });

  it('a counted group keeps its count ("signed 12 agreements")', () => {
    const { x } = story('Ecuador and Peru signed 12 agreements in Quito on Monday.', '2024-06-04');
    expect(x.agreements[0]!.documentCount).toBe(12);
  });
});
