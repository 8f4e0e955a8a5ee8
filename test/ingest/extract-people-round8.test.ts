/**
 * Specs for who is a person and what their titles are (round 8): military
 * ranks, opposition and transitional offices, titles in appositions and lists
 * of officials, credit lines of wire copy. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => (person(x, name)?.roles.map((r) => r.title) ?? []).sort();

describe('title words', () => {
  it('military ranks are titles of their own', () => {
    const { x } = story("Chad's interim leader, Colonel Idriss Mahamat, received Sudan's Captain Musa Karim in N'Djamena on Monday.", '2024-05-10');
    expect(names(x)).toEqual(['idriss mahamat', 'musa karim']);
    expect(titles(x, 'Musa Karim')).toEqual(['Captain']);
    expect(titles(x, 'Idriss Mahamat')).toContain('Colonel');
  });

  it('"transitional" and "shadow" are part of the office', () => {
    const { x } = story("Guinea's transitional president, Amadou Conte, spoke on Monday. The shadow home secretary, Ruth Ellison, said the plan was flawed.", '2024-05-10');
    expect(titles(x, 'Amadou Conte')).toEqual(['Transitional President']);
    expect(person(x, 'Amadou Conte')?.countryCode).toBe('GN');
    expect(titles(x, 'Ruth Ellison')).toEqual(['Shadow Home Secretary']);
  });

  it('"Armed Forces Minister", "Homeland Security Secretary" and "Attorney General" are whole titles', () => {
    const { x } = story('The accord was signed by Belgian Armed Forces Minister Luc Peeters, acting Homeland Security Secretary Dana Miles and Attorney General Rosa Ibarra.', '2024-05-10');
    expect(titles(x, 'Luc Peeters')).toEqual(['Armed Forces Minister']);
    expect(titles(x, 'Dana Miles')).toEqual(['Acting Homeland Security Secretary']);
    expect(titles(x, 'Rosa Ibarra')).toEqual(['Attorney General']);
  });

  it('"special forces" describes a career, not an office', () => {
    const { x } = story('General Omar Said, a former special forces general who won the election, met the envoy.', '2024-05-10');
    expect(titles(x, 'Omar Said')).toEqual(['General']);
  });
});
