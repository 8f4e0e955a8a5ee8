/**
 * Specs for the meeting patterns of round 11, on who takes part in a meeting
 * and whether one is told at all: kinds of failure seen on articles 149–164.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

describe('the sender of greetings or a message a visitor brings', () => {
  it('"conveyed the greetings of King X" does not put the king at the meeting', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean President Pablo Rojas at the palace today, and conveyed the greetings of King Harald Berg to him.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('nor does "a message from" the president the visitor speaks for', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean Foreign Minister Ana Quispe at the palace today, and she handed him a written message from President Pablo Rojas.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl']]);
  });
});

describe('a meeting verb whose object follows the place and the day', () => {
  it('"received at X Palace today the Minister …, Y" is a meeting with Y', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received at Skaugum Palace today the Foreign Minister of Chile, Ana Quispe, who is on a two-day visit.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl']]);
  });

  it('"received today at the Palace of the Nation Chilean President Y" too', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received today at the Palace of the Nation Chilean President Pablo Rojas.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"received at the palace today support" names no one met', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received at Skaugum Palace today strong support from farmers, Chilean President Pablo Rojas said.', '2024-09-23');
    expect(x.meetings).toEqual([]);
  });
});
