/**
 * Specs for the meeting patterns of round 7, mostly from the style of official
 * readouts and agency copy: companions named in a sentence of their own, one
 * visit day told in several steps, "received" and "called on" in a readout.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('participants: companions of a readout', () => {
  it('"X was accompanied by A and B. Y was joined by C." right after a meeting adds all of them to it', () => {
    const { x } = story(
      'Foreign Minister Lena Kovac met today with Chilean President Pablo Rojas at La Moneda in Santiago. The Minister was accompanied by Deputy Minister Ivo Maric and Ambassador Sara Novak. President Rojas was joined by Foreign Minister Marta Soto.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['ivo maric', 'lena kovac', 'marta soto', 'pablo rojas', 'sara novak']]);
  });
});
