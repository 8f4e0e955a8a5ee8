/**
 * Specs for the meeting patterns of round 8, from the kinds of failure seen on
 * articles the extractor had not been developed on: who takes part, the
 * status of a plan told in the past tense, and which date of a sentence is the
 * meeting's. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('which words tell a meeting', () => {
  it('"had spoken by phone with X on <date>" is a call, told with the past participle', () => {
    const { x } = story('A ministry statement said Irish Prime Minister Liam Brennan had spoken by phone with Chilean President Pablo Rojas on Aug. 30.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ kind: 'PHONE_CALL', status: 'HELD', date: { year: 2024, month: 8, day: 30, precision: 'DAY' } });
    expect(names(x.meetings[0]!.participants)).toEqual(['liam brennan', 'pablo rojas']);
  });

  it('"discussed the plan with X at the palace" is a meeting with X; "discussed it with reporters" is none', () => {
    const { x } = story('Polish President Marek Nowak discussed the pipeline plan with Peruvian President Ana Quispe at the Government Palace in Lima in March.', '2024-09-11');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'marek nowak']]);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', date: { year: 2024, month: 3, precision: 'MONTH' } });
    const none = story('Polish President Marek Nowak discussed the pipeline plan with reporters in Lima, a day after Peruvian President Ana Quispe left for Quito.', '2024-09-11');
    expect(none.x.meetings).toHaveLength(0);
  });

  it('calls told as a habit ("have spoken by phone several times since") are no one meeting', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas have spoken by phone several times since the election in March.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });

  it('"via video link" as the way two leaders attend a ceremony is no call between them', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas attended, via video link from their offices, the opening of a new wind farm off Valparaiso on Friday.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });

  it('a joint signing whose only meeting word is "joining by video link" is a signing, not a meeting', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas signed the fisheries accord at a virtual ceremony on Friday, with Rojas joining by video link from Santiago.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('status: a plan told in the past tense', () => {
  it('"X was also due to meet Y later on Tuesday" is planned', () => {
    const { x } = story('Polish President Marek Nowak was also due to meet Peruvian Prime Minister Luis Vargas in Lima later on Tuesday before flying home.', '2024-09-10');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED' });
  });
});

describe('dates: which date of the sentence is the meeting\'s', () => {
  it('"In May, X paid a visit to Lima, where Y received him on May 14" is the day, not the month', () => {
    const { x } = story('In May, Polish President Marek Nowak paid a visit to Lima, where Peruvian President Ana Quispe received him at the Government Palace on May 14.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: { year: 2024, month: 5, day: 14, precision: 'DAY' } });
  });
});

describe('participants: who is at the meeting', () => {
  it('the owner of the place ("at the president\'s residence") is not a participant', () => {
    const { x } = story(
      'Irish Foreign Minister Liam Brennan began the tour in Peru, where he met President Ana Quispe in Lima on Sunday. In Bolivia on Monday, he sat down with President Jorge Mamani at the president\'s country residence.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([
      ['ana quispe', 'liam brennan'],
      ['jorge mamani', 'liam brennan'],
    ]);
  });

  it('an ordinal description ("the first Irish leader to visit") names nobody told before', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan spoke to reporters in Dublin on Monday. Former Prime Minister Sean Doyle toured all four Andean countries in 2011, the first Irish leader to visit all of them.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(0);
  });

  it('"them" after a group the sentence names ("the five Andean leaders") is that group, not the pair told before', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Monday. Brazilian President Joao Costa hosted the five Andean leaders in Brasilia in May, and Spanish Prime Minister Luis Ortega held a summit with them in Madrid in June.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('a person named only in a coordinated clause with its own subject ("…, and the government backed him against X") is not at the meeting', () => {
    const { x } = story(
      'Chilean President Pablo Rojas took office in 2022. He met Irish Prime Minister Liam Brennan in Dublin in May 2023, and the Irish government backed him in his dispute with Chief Justice Marta Soto, whom Dublin criticised.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('"X, the minister of A, and Y met": an aside before "and" does not make the first subject a clause of its own', () => {
    const { x } = story('Liam Brennan, the foreign minister of Ireland, and Chile\'s Foreign Minister Pablo Rojas met in Santiago on Sunday.', '2024-09-11');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('"A held talks with B in May, and B travelled to C\'s capital in August, where he called on C": the later meeting is B and C', () => {
    const { x } = story(
      'Chilean Foreign Minister Pablo Rojas had held talks with Mr. Liam Brennan in Dublin in May, and Mr. Brennan travelled to Santiago in August, where he called on President Ana Quispe.',
      '2024-10-07',
    );
    const byPair = Object.fromEntries(x.meetings.map((m) => [names(m.participants).join(' + '), m]));
    expect(Object.keys(byPair).sort()).toEqual(['ana quispe + liam brennan', 'liam brennan + pablo rojas']);
    expect(byPair['liam brennan + pablo rojas']).toMatchObject({ city: 'Dublin', date: { year: 2024, month: 5, precision: 'MONTH' } });
    expect(byPair['ana quispe + liam brennan']).toMatchObject({ city: 'Santiago', date: { year: 2024, month: 8, precision: 'MONTH' } });
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

describe('a saying after the meeting', () => {
  it('"…, X said Wednesday after meeting with Y" is a meeting held that Wednesday, whatever the tense of what was said', () => {
    const { x } = story('Chile will double its copper exports to Ireland, President Pablo Rojas said Wednesday after meeting with Irish Prime Minister Liam Brennan.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', date: { year: 2024, month: 9, day: 11, precision: 'DAY' } });
  });
});

describe('a trip of several meetings told in one sentence', () => {
  it('"was to visit A for a meeting with X in A\'s capital, before flying to B, where talks with Y had been arranged" is two meetings, each in its own city', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan cancelled his Andean tour on Thursday. He was then to visit Peru for a meeting with President Ana Quispe in Lima, before flying to Bolivia, where talks with President Jorge Mamani in La Paz had been arranged for Saturday.',
      '2024-09-12',
    );
    const byPair = Object.fromEntries(x.meetings.map((m) => [names(m.participants).join(' + '), m]));
    expect(Object.keys(byPair).sort()).toEqual(['ana quispe + liam brennan', 'jorge mamani + liam brennan']);
    expect(byPair['ana quispe + liam brennan']).toMatchObject({ city: 'Lima', status: 'PLANNED' });
    expect(byPair['jorge mamani + liam brennan']).toMatchObject({ city: 'La Paz', status: 'CANCELLED' });
  });
});
