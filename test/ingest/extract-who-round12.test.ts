/**
 * Specs for round 12 on who takes part in a meeting and how many meetings a
 * passage tells: kinds of failure seen on articles 165–180. Every story here
 * is made up, worded apart from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();
const calls = (meetings: { kind: string; participants: { name: string }[] }[]) => pairs(meetings.filter((m) => m.kind === 'PHONE_CALL'));

describe('"they" for the pair of the meeting told before, a few words before the meeting verb', () => {
  const talks = 'Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas in Oslo on Monday.';

  it('"They had earlier spoken by phone in May" is a call of the same two', () => {
    const { x } = story(`${talks} They had earlier spoken by phone in May, shortly after Rojas took office.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They spoke again by telephone in June": an adverb between the verb and its medium', () => {
    const { x } = story(`${talks} They spoke again by telephone in June.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They are expected to meet again in Lima next month" is a planned meeting of the two', () => {
    const { x } = story(`${talks} They are expected to meet again in Lima next month.`, '2024-09-24');
    const planned = x.meetings.filter((m) => m.status === 'PLANNED');
    expect(pairs(planned)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They said the ministers would meet" tells no meeting of the two', () => {
    const { x } = story(`${talks} They said the trade officials of both countries would keep working on the text.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});
