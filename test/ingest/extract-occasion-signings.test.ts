/**
 * Specs for signings told as part of the talks just reported: news tells the
 * talks first and the signing in the next sentence, in the simple past, with
 * no date of its own. Made-up stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('agreements: an undated signing right after dated talks is signed at those talks', () => {
  it('"The two governments signed N agreements" after talks on a weekday takes that day', () => {
    // 2024-06-14 is a Friday; "on Wednesday" is 2024-06-12.
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two governments signed four agreements on energy and customs.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
  });

  it('a record of signings over time ("have signed … over the years") is not dated by the talks', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two countries have signed dozens of agreements over the years.',
      '2024-06-14',
    );
    expect(x.agreements.filter((a) => a.date?.day === 12)).toHaveLength(0);
  });
});
