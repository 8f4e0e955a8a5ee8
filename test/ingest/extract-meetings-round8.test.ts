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
