/**
 * Specs for the meeting patterns of round 6: who takes part (a pair told as
 * "the pair", a pronoun joined to a name, companions named together), and
 * which date and place belong to which meeting. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

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
