/**
 * Specs for what is said around a meeting and is not the meeting: asides
 * between dashes, the source and outlet of a report, people who only comment
 * or report a visit, sayings after the meeting. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, pairs, day } from '../helpers.ts';

describe('asides: what a clause about a person or between dashes says is not the meeting\'s', () => {
  it('a date between dashes does not date the meeting', () => {
    const { x } = story(
      'Austrian Chancellor Peter Gruber held talks with Czech Prime Minister Jan Novak at Prague Castle on Tuesday. The two leaders held talks at the castle, where Novak — fresh from winning a confidence vote last month — welcomed him with a handshake.',
      '2024-06-05',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2024, 6, 4) });
  });

  it('the day a guest arrived, told in a clause about the guest, does not date the ceremony', () => {
    const { x } = story(
      'Croatian President Ivo Horvat held talks with Slovenian President Marta Kos at the presidential palace in Zagreb on Tuesday. Horvat hosted a welcoming ceremony for Kos, who arrived in Zagreb on Monday for a three-day visit.',
      '2024-05-08',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2024, 5, 7) });
  });

  it('"…, whom he had hosted in Abuja in March" is the same two people meeting on another occasion, with its own place', () => {
    const { x } = story('Nigerian President Musa Bello was received in Accra by Ghanaian President Kwame Asante, whom he had hosted in Abuja in March for a regional summit.', '2024-06-05');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[0]).toMatchObject({ city: 'Accra' });
    expect(x.meetings[1]).toMatchObject({ city: 'Abuja', date: { year: 2024, month: 3, precision: 'MONTH' } });
    for (const m of x.meetings) expect(names(m.participants)).toEqual(['kwame asante', 'musa bello']);
  });
});

describe('the pair and the source of a meeting told later', () => {
  it('"The two leaders spoke for about an hour on Saturday" dates the meeting told before; the outlet a source told is no participant', () => {
    const { x } = story(
      'Egyptian President Omar Fathy and Sudanese leader Hassan Idris have met on the sidelines of a summit in Cairo. The two leaders spoke for about an hour on Saturday evening, a senior Egyptian official told Nile Times, speaking on condition of anonymity.',
      '2024-05-05',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['hassan idris', 'omar fathy']);
    expect(x.meetings[0]).toMatchObject({ city: 'Cairo', date: day(2024, 5, 4) });
  });

  it('"the two leaders" are the last two who met, not the larger gathering told since', () => {
    const { x } = story(
      'Belgian Prime Minister Luc Peeters received Dutch Prime Minister Anna de Vries in Brussels on Monday, before a summit that also brought together Luxembourg Prime Minister Paul Weber and Irish Prime Minister Sean Murphy. The two leaders last held talks in Rome in October.',
      '2024-05-07',
    );
    const rome = x.meetings.find((m) => m.city === 'Rome');
    expect(names(rome!.participants)).toEqual(['anna de vries', 'luc peeters']);
  });
});

describe('the day of a saying after the meeting', () => {
  it('"A accepted an invitation to visit B, and C said on Friday the trip was being discussed" leaves the visit undated', () => {
    const { x } = story(
      'U.S. President John Hale has accepted an invitation from Chinese President Li Wei to visit China, and Secretary of State Mark Dunn said on Friday the trip was being discussed, but no date has been set.',
      '2025-07-12',
    );
    const visit = x.meetings.find((m) => names(m.participants).includes('li wei'));
    expect(visit).toMatchObject({ status: 'PLANNED' });
    expect(visit!.date).toBeUndefined();
  });
});

describe('a saying after the meeting', () => {
  it('"…, X said Wednesday after meeting with Y" is a meeting held that Wednesday, whatever the tense of what was said', () => {
    const { x } = story('Chile will double its copper exports to Ireland, President Pablo Rojas said Wednesday after meeting with Irish Prime Minister Liam Brennan.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', date: { year: 2024, month: 9, day: 11, precision: 'DAY' } });
  });
});

describe('people who only comment on a meeting', () => {
  it('an analyst who says "the President\'s visit sent a signal" is not at the visit', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Saturday. Political analyst Dr. Maeve Byrne of Trinity College said the President\'s visit sent a strong signal to investors.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('a speaker whose words put the meeting on him ("would come to meet him") still takes part', () => {
    const { x } = story('Chilean President Pablo Rojas said Irish Prime Minister Liam Brennan and Peruvian President Marco Diaz would come to Santiago to meet him next month.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'marco diaz', 'pablo rojas']]);
  });
});

describe('a speaker who only reports a visit', () => {
  it('"X, a researcher at the Institute of Politics and Economics, said Y\'s visit was historic" is no meeting of X', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Wednesday. Marco Diaz, a researcher at the Institute of Politics and Economics in Santiago, said Rojas\'s visit was "a historic milestone".', '2024-05-16');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});
