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

describe('credit lines', () => {
  it('bylines, "With assistance from" and "To contact the reporters" name staff, not people of the story', () => {
    const text = 'By Laura Bianchi and Omar Nasser\n\nPresident Ana Lopez met Prime Minister Ivan Petrov in Lima on Monday.\n\n--With assistance from Paolo Conti.\n\nTo contact the reporters on this story: Laura Bianchi in Rome; Omar Nasser in Dubai';
    const { x } = story(text, '2024-05-10');
    expect(names(x)).toEqual(['ana lopez', 'ivan petrov']);
  });
});
