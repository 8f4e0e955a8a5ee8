/**
 * Specs for who is a person, what their titles are and who a later reference
 * names (round 6): company titles, places and outlets that look like names,
 * initials, titles in apposition and counterparts. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => person(x, name)?.roles.map((r) => r.title) ?? [];

describe('titles of companies', () => {
  it('"chief executive" before or after a name is the title', () => {
    const { x } = story('The deal was signed by Acme chief executive Laura Benton and Globex\'s chief executive, Omar Reyes, in Lisbon.', '2024-05-10');
    expect(titles(x, 'Laura Benton')).toEqual(['Chief Executive']);
    expect(titles(x, 'Omar Reyes')).toEqual(['Chief Executive']);
  });
});
