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

describe('participants: the people of one encounter', () => {
  it('"The pair held talks" right after a hosting is that meeting, dated by its own sentence', () => {
    const { x } = story(
      'Portuguese Prime Minister Rui Sousa hosted Irish Prime Minister Liam Brennan in Lisbon, where the two leaders signed a fisheries pact. The pair held talks at the Belem Cultural Centre in Restelo on Tuesday morning.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Lisbon', date: day(2024, 9, 10) });
    expect(names(x.meetings[0]!.participants)).toEqual(['liam brennan', 'rui sousa']);
  });

  it('"He and X met …, when they travelled with A and B to meet C" is one meeting of all five', () => {
    const { x } = story(
      'Dutch Prime Minister Anna de Vries visited Vienna last week. Austrian Chancellor Karl Huber welcomed her. He and de Vries first met in Warsaw, when they travelled with Czech Prime Minister Pavel Novak and Slovak Prime Minister Jan Kovac to meet Polish President Marek Nowak.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toContainEqual(['anna de vries', 'jan kovac', 'karl huber', 'marek nowak', 'pavel novak']);
  });

  it('a sentence opening "He and X met" takes "he" to be the subject of the sentence before', () => {
    const { x } = story(
      'Turkish President Emre Aydin last visited Baku in 2010, when he met the late Azerbaijani leader Rauf Aliyev. He and Azerbaijani President Ilham Mammadov last met in May in Ankara.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toContainEqual(['emre aydin', 'ilham mammadov']);
    expect(pairs(x.meetings)).not.toContainEqual(['ilham mammadov', 'rauf aliyev']);
  });
});
