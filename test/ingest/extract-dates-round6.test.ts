/**
 * Specs for round 6 of the dates stage: plans told in the past ("had
 * originally been set for"), "that day", "that month", "the following
 * Monday" read from what was told before, counts back and ahead from
 * publication ("two days ago", "last night", "in two weeks' time"), parts of
 * a year or month ("in early 2024", "at the end of May"), weekends, ranges
 * of years as spans, and the tense of each verb phrase of a clause ("met …
 * on Monday and will travel … on Saturday"). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDatesWithPrevious, type DateMention } from '../../src/ingest/extract/dates.ts';

/** The dates of mentions as "YYYY[-MM[-DD]]". */
const iso = (ds: DateMention[]) =>
  ds.filter((d) => d.date).map((d) => [d.date!.year, d.date!.month, d.date!.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-'));

// 2025-06-13 is a Friday.
const FRIDAY = '2025-06-13';

describe('dates: a plan told in the past is the nearest such day, not the next one', () => {
  it('"had originally been set for <day and month>" in a story after that day is this year', () => {
    expect(iso(findDates('The ceremony had originally been set for May 20.', FRIDAY))).toEqual(['2025-05-20']);
  });

  it('"was initially planned for" and "was scheduled for" read the same way', () => {
    expect(iso(findDates('The vote was initially planned for May 20.', FRIDAY))).toEqual(['2025-05-20']);
    expect(iso(findDates('The meeting was scheduled for May 20 but did not take place.', FRIDAY))).toEqual(['2025-05-20']);
  });

  it('a participle "originally scheduled for <weekday>" is the nearest such weekday', () => {
    expect(iso(findDates('The talks, originally scheduled for Tuesday, were held on Thursday.', FRIDAY))).toEqual(['2025-06-10', '2025-06-12']);
  });

  it('"had been scheduled for this <weekday>" is the nearest such weekday, ahead when it is nearer', () => {
    // A Wednesday story: this Friday is two days ahead.
    expect(iso(findDates('The summit, which had been scheduled for this Friday, has been postponed.', '2025-06-11'))).toEqual(['2025-06-13']);
  });

  it('a plan still ahead keeps its future reading', () => {
    expect(iso(findDates('The ceremony is set for May 20.', FRIDAY))).toEqual(['2026-05-20']);
  });
});

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

describe('dates: each verb phrase of a clause has its own tense', () => {
  it('"met … on Monday and will travel … on Saturday": Monday past, Saturday ahead', () => {
    expect(iso(findDates('He met the king on Monday and will travel to Oslo on Saturday.', FRIDAY))).toEqual(['2025-06-09', '2025-06-14']);
  });

  it('"arrived on Tuesday and is due to meet … on Monday"', () => {
    expect(iso(findDates('The minister arrived on Tuesday and is due to meet the king on Monday.', FRIDAY))).toEqual(['2025-06-10', '2025-06-16']);
  });

  it('"signed … in March and plans to return in October"', () => {
    expect(iso(findDates('She signed the pact in March and plans to return in October.', FRIDAY))).toEqual(['2025-03', '2025-10']);
  });

  it('a capitalised name after "and" opens no verb phrase', () => {
    expect(iso(findDates('The envoy will meet officials of Britain and United Arab Emirates on Monday.', FRIDAY))).toEqual(['2025-06-16']);
  });

  it('the day a thing was said is past; the reported clause after it has its own tense', () => {
    expect(iso(findDates('Officials said on Tuesday the summit would take place on Monday.', FRIDAY))).toEqual(['2025-06-10', '2025-06-16']);
  });
});

describe('dates: a present tense that tells a timetable is the future', () => {
  it('"travels to … on Monday", "the summit opens on Monday"', () => {
    expect(iso(findDates('The chancellor travels to Beijing on Monday for talks.', FRIDAY))).toEqual(['2025-06-16']);
    expect(iso(findDates('The summit opens on Monday in Rome.', FRIDAY))).toEqual(['2025-06-16']);
  });

  it('the past tense of the same verbs stays past', () => {
    expect(iso(findDates('The summit opened on Monday in Rome.', FRIDAY))).toEqual(['2025-06-09']);
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

describe('dates: intentions and expected arrivals are the future', () => {
  it('"expects to", "hopes to", "wants to" put the clause in the future', () => {
    expect(iso(findDates('The president expects to sign the deal in October.', FRIDAY))).toEqual(['2025-10']);
    expect(iso(findDates('She hopes to visit Lima in March.', FRIDAY))).toEqual(['2026-03']);
  });

  it('"is expected in <place> on <day>" is ahead; "was expected in" is the nearest such day', () => {
    expect(iso(findDates('The chancellor is expected in Beijing on Monday.', FRIDAY))).toEqual(['2025-06-16']);
    expect(iso(findDates('The chancellor was expected in Beijing on Thursday.', FRIDAY))).toEqual(['2025-06-12']);
  });

  it('a reported intention after the day it was said keeps both tenses', () => {
    expect(iso(findDates('The president told reporters on Thursday he expects to meet the premier in October.', FRIDAY))).toEqual(['2025-06-12', '2025-10']);
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

describe('dates: irregular past participles put a clause in the past', () => {
  it('"who have spoken twice in May" is past though the sentence speaks of the future', () => {
    expect(iso(findDates('The leaders, who have spoken twice in May, will meet in October.', FRIDAY))).toEqual(['2025-05', '2025-10']);
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

describe('dates: "before" and "after" keep the order of the days they join', () => {
  it('"on Monday before flying to Paris on Saturday": Saturday is not before Monday', () => {
    expect(iso(findDates('They met on Monday before flying to Paris on Saturday.', FRIDAY))).toEqual(['2025-06-09', '2025-06-14']);
  });

  it('"on Thursday after talks on Monday": Monday is not after Thursday', () => {
    // A Tuesday story in the future tense: Thursday is ahead, and Monday before it is yesterday, not next week.
    expect(iso(findDates('The two will sign the pact on Thursday after talks on Monday.', '2025-06-10'))).toEqual(['2025-06-12', '2025-06-09']);
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
