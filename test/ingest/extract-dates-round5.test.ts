/**
 * Specs for round 5 of the dates stage: spans of agreement totals told as
 * "since <a named event> in YYYY", "over the past decade" and "in the N
 * years since", and years before 1800. Made-up stories.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { story } from './fixtures.ts';

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

describe('dates: "pencilled in for <weekday>" looks ahead', () => {
  it('a meeting "pencilled in for Friday" in a Tuesday story is the coming Friday', () => {
    // 2024-04-09 is a Tuesday.
    expect(findDates('A meeting between the two ministers, pencilled in for Friday in Lyon, was called off.', '2024-04-09')[0]?.date).toEqual({ year: 2024, month: 4, day: 12, precision: 'DAY' });
    expect(findDates('Talks penciled in for Friday were dropped.', '2024-04-09')[0]?.date).toEqual({ year: 2024, month: 4, day: 12, precision: 'DAY' });
  });
});
