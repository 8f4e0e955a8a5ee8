/**
 * Specs for the meeting patterns of round 11, on who takes part in a meeting
 * and whether one is told at all: kinds of failure seen on articles 149–164.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

describe('a later meeting of a sentence is dated for its own tense', () => {
  it('"spoke by telephone on Thursday and agreed to hold talks in Kampala next month": the call is held on Thursday, the talks planned for next month', () => {
    const { x } = story('NAIROBI, March 14, 2025 - Kenyan President Samuel Otieno and Ugandan President Grace Namara spoke by telephone on Thursday and agreed to hold talks in Kampala next month.');
    const told = x.meetings.map((m) => ({ kind: m.kind, status: m.status, date: m.date, city: m.city }));
    expect(told).toEqual([
      { kind: 'PHONE_CALL', status: 'HELD', date: { year: 2025, month: 3, day: 13, precision: 'DAY' }, city: undefined },
      { kind: 'IN_PERSON', status: 'PLANNED', date: { year: 2025, month: 4, precision: 'MONTH' }, city: 'Kampala' },
    ]);
  });
});
