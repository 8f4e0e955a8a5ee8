import { describe, expect, it } from 'vitest';
import { findDates, resolveMonth, resolveWeekday } from '../../src/ingest/extract/dates.ts';
import { parseCount } from '../../src/ingest/text.ts';

const first = (sentence: string, pub?: string) => findDates(sentence, pub)[0];

describe('relative dates resolve against the publication date', () => {
  it('a past weekday is the latest such day not after publication', () => {
    expect(first('The two sides signed agreements Thursday.', '2024-11-08')?.date).toEqual({ year: 2024, month: 11, day: 7, precision: 'DAY' });
    expect(first('Putin met Maduro on Wednesday.', '2019-09-25')?.date).toEqual({ year: 2019, month: 9, day: 25, precision: 'DAY' });
  });

  it('a future weekday is the next such day', () => {
    expect(first('She will hold talks with Lavrov on Friday.', '2019-02-27')?.date).toEqual({ year: 2019, month: 3, day: 1, precision: 'DAY' });
    expect(resolveWeekday(1, { year: 2024, month: 1, day: 1 }, 'PAST', 'last')).toEqual({ year: 2023, month: 12, day: 25 });
  });

  it('"last week" is the month of the previous week, at month precision', () => {
    expect(first('They were in Moscow last week.', '2019-02-27')?.date).toEqual({ year: 2019, month: 2, precision: 'MONTH' });
    expect(first('They were in Moscow last week.', '2019-03-03')?.date).toEqual({ year: 2019, month: 2, precision: 'MONTH' });
  });

  it('a month without a year is the latest such month in the past tense, the next in the future', () => {
    expect(first('In April, the two countries signed 11 agreements.', '2019-09-25')?.date).toEqual({ year: 2019, month: 4, precision: 'MONTH' });
    expect(first('In October, they signed a deal.', '2019-09-25')?.date).toEqual({ year: 2018, month: 10, precision: 'MONTH' });
    expect(resolveMonth(1, { year: 2019, month: 9, day: 25 }, 'FUTURE')).toEqual({ year: 2020, month: 1 });
  });

  it('a year is a YEAR date; "in the last 18 years" is a span, never a year', () => {
    expect(first('The pact was signed in 2010.', '2019-09-25')?.date).toEqual({ year: 2010, precision: 'YEAR' });
    const span = first('They have in the last 18 years signed about 260 agreements.', '2019-09-25');
    expect(span?.span).toEqual({ fromYear: 2001, toYear: 2019 });
    expect(span?.date).toBeUndefined();
  });

  it('absolute dates are read as they stand; a day without a year takes the year the tense implies', () => {
    expect(first('The treaty was signed on June 3, 2022 in Nairobi.', '2024-01-01')?.date).toEqual({ year: 2022, month: 6, day: 3, precision: 'DAY' });
    expect(first('The election was held on July 28.', '2024-11-08')?.date).toEqual({ year: 2024, month: 7, day: 28, precision: 'DAY' });
    expect(first('The summit will open on January 12.', '2024-11-08')?.date).toEqual({ year: 2025, month: 1, day: 12, precision: 'DAY' });
  });

  it('without a publication date a relative date is unresolved, never guessed', () => {
    const d = first('They met on Thursday.');
    expect(d?.date).toBeUndefined();
    expect(d?.unresolved).toMatch(/Thursday/);
    expect(first('They met on June 3, 2022.')?.date).toEqual({ year: 2022, month: 6, day: 3, precision: 'DAY' });
  });
});

describe('counts in words or digits', () => {
  it('reads digits, number words and dozens', () => {
    expect(parseCount('17')).toBe(17);
    expect(parseCount('three')).toBe(3);
    expect(parseCount('twenty-one')).toBe(21);
    expect(parseCount('a dozen')).toBe(12);
    expect(parseCount('1,200')).toBe(1200);
    expect(parseCount('several')).toBeUndefined();
  });
});
