/**
 * Specs for the tense a date takes: plans told in the past or past perfect,
 * timetables in the present, intentions, invitations and "pencilled in" that
 * look ahead, the tense of each verb phrase of a clause. Every story here is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDatesWithPrevious } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';
import { iso, FRIDAY } from '../helpers.ts';

describe('dates: "pencilled in for <weekday>" looks ahead', () => {
  it('a meeting "pencilled in for Friday" in a Tuesday story is the coming Friday', () => {
    // 2024-04-09 is a Tuesday.
    expect(findDates('A meeting between the two ministers, pencilled in for Friday in Lyon, was called off.', '2024-04-09')[0]?.date).toEqual({ year: 2024, month: 4, day: 12, precision: 'DAY' });
    expect(findDates('Talks penciled in for Friday were dropped.', '2024-04-09')[0]?.date).toEqual({ year: 2024, month: 4, day: 12, precision: 'DAY' });
  });
});

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

describe('dates: irregular past participles put a clause in the past', () => {
  it('"who have spoken twice in May" is past though the sentence speaks of the future', () => {
    expect(iso(findDates('The leaders, who have spoken twice in May, will meet in October.', FRIDAY))).toEqual(['2025-05', '2025-10']);
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

describe('dates: a plan told in the past perfect', () => {
  it('"had planned to travel to X in June, but the trip was postponed" is the nearest June, not the next one', () => {
    const { x } = story('Peruvian President Rosa Quispe had planned to travel to La Paz in June for talks with Bolivian President Carlos Mamani, but the trip was postponed.', '2024-11-16');
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', date: { year: 2024, month: 6, precision: 'MONTH' } });
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

describe('dates: a plan told with an adverb inside it ("is also scheduled to")', () => {
  it('"is also scheduled to meet … on Friday", told on a Wednesday, is the coming Friday', () => {
    const ds = findDates('The minister is also scheduled to meet on Friday with the Prime Minister, Laura Benet, before leaving the country.', '2024-05-15');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 5, day: 17, precision: 'DAY' }]);
  });

  it('"was also due to meet … on Friday" is a plan of the past, the Friday nearest the story', () => {
    const ds = findDates('The envoy was also due to meet the king on Friday.', '2024-05-20');
    expect(ds.map((d) => d.date?.day)).toEqual([17]);
  });

  it('a meeting told so is planned for that day', () => {
    const { x } = story(
      'MONTEVIDEO, May 15 (Reuters) - Uruguayan President Tomás Ferreyra received Paraguayan Foreign Minister Irene Duarte on Wednesday. Duarte is also scheduled to meet on Friday with Uruguayan Economy Minister Pablo Sienra, before leaving the country.',
      '2024-05-15',
    );
    const plan = x.meetings.find((m) => m.participants.some((p) => p.name === 'Pablo Sienra'));
    expect(plan?.date).toMatchObject({ year: 2024, month: 5, day: 17 });
  });
});

describe('dates: "scheduled for <weekday>" looks ahead', () => {
  it('a meeting "scheduled for Thursday" in a Monday story is the coming Thursday', () => {
    // 2024-04-08 is a Monday.
    const { x } = story('A meeting between Kenyan President John Mwangi and Tanzanian President Amina Said in Arusha, scheduled for Thursday, has been postponed, officials said on Monday.', '2024-04-08');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual({ year: 2024, month: 4, day: 11, precision: 'DAY' });
  });
});

describe('the month a plan was set for ("planned for March")', () => {
  it('"scheduled for October" is a month, in the tense of its clause', () => {
    const ds = findDates('The summit is scheduled for October.', '2024-05-10');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 10, precision: 'MONTH' }]);
  });

  it('a bare participle (", planned for February,") in a sentence told in the past is the nearer such month', () => {
    const ds = findDates('A visit by the minister to Lima, planned for February, was called off because of the floods.', '2024-04-02');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 2, precision: 'MONTH' }]);
  });

  it('"for May" after no word of planning names no month', () => {
    expect(findDates('Party members voted for May in the leadership contest.', '2019-06-01')).toEqual([]);
  });

  it('dates a postponed trip, though the sentence adds that no new date has been set', () => {
    const { x } = story(
      'OSLO, June 4 (Reuters) - Norwegian Prime Minister Ola Strand met Danish Prime Minister Mette Lund on Tuesday. A trip by Trade Minister Kari Dahl to Seoul for talks with South Korean Trade Minister Park Min-jun, planned for April, was postponed because of the elections, and no new date has been set.',
      '2024-06-04',
    );
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Park Min-jun'));
    expect(trip).toMatchObject({ status: 'CANCELLED', date: { year: 2024, month: 4, precision: 'MONTH' } });
  });

  it('dates a meeting whose own relative clause tells its plan (", which had been planned for December,")', () => {
    const { x } = story(
      'ACCRA, Feb 20 (Reuters) - Ghanaian President Kofi Mensah hosted Togolese President Yao Agbeko on Tuesday. A visit to Accra by Ivorian Prime Minister Alassane Kone for talks with Mensah, which had been planned for December, was postponed at the request of Abidjan.',
      '2024-02-20',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Alassane Kone'));
    expect(visit?.date).toEqual({ year: 2023, month: 12, precision: 'MONTH' });
  });
});
