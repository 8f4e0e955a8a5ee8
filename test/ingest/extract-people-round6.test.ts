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

describe('titles of several words and several titles', () => {
  it('"Field Marshal" is a title, not part of the name', () => {
    const { x } = story('Field Marshal Omar Rahim inspected the troops in Lahore on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['omar rahim']);
    expect(titles(x, 'Omar Rahim')).toEqual(['Field Marshal']);
  });

  it('a lower-case office before a capitalised one gives both titles', () => {
    const { x } = story("Pakistan's army chief, Field Marshal Omar Rahim, attended the ceremony.", '2024-05-10');
    expect(titles(x, 'Omar Rahim').sort()).toEqual(['Army Chief', 'Field Marshal']);
  });

  it('"counterpart" before a capitalised office is not a second title', () => {
    const { x } = story('Finance Minister Ana Duarte met her Spanish counterpart, Finance Minister Luis Ortega, in Madrid.', '2024-05-10');
    expect(titles(x, 'Luis Ortega')).toEqual(['Finance Minister']);
  });
});
