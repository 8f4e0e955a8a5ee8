/**
 * Specs for the day a meeting takes from the story's lead sentence
 * (meetings/fromOtherSentences.ts). Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe("a held meeting told right after the lead takes the lead's day", () => {
  it('when it gives no day of its own', () => {
    const { x } = story('LISBON, May 9 (Reuters) - Portugal and Chile signed four agreements in Lisbon on Thursday. Portuguese Prime Minister Rui Costa and Chilean President Pablo Rojas held talks before the ministers signed.', '2024-05-09');
    expect(x.meetings.map((m) => m.date)).toEqual([{ year: 2024, month: 5, day: 9, precision: 'DAY' }]);
  });

  it('but not when it is told as earlier this month: its month stays a month', () => {
    const { x } = story(
      'LISBON, May 9 (Reuters) - Portuguese Prime Minister Rui Costa received Chilean President Pablo Rojas in Lisbon on Thursday, after which the two governments signed four agreements. They were signed by Foreign Minister Ana Brito, who had settled the texts with Chilean Foreign Minister Luis Soto during a video conference earlier this month.',
      '2024-05-09',
    );
    const call = x.meetings.find((m) => m.kind === 'VIDEO_CALL');
    expect(call?.date).toEqual({ year: 2024, month: 5, precision: 'MONTH' });
  });
});
