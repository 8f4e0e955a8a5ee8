/**
 * Specs for people and their titles (round 12): names inside the names of
 * places, abbreviated titles, long official titles. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === name);
const titles = (x: Extraction, name: string) => person(x, name)?.roles.map((r) => r.title) ?? [];

describe('a name inside the name of an airport or a centre is no person', () => {
  it('"King Faisal International Airport" names no king, "the Rauf Aliyev Cultural Centre" no man', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - At King Faisal International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov. The guest later visited the Nizami Ganjavi Cultural Centre.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['rauf mammadov']);
  });

  it('the man the airport is named after, a person of the story elsewhere, is not mentioned by the airport\'s name', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - President Ilham Aliyev laid a wreath at the grave of National Leader Heydar Aliyev. At Heydar Aliyev International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['heydar aliyev', 'ilham aliyev', 'rauf mammadov']);
    expect(x.meetings.flatMap((m) => m.participants.map((p) => fold(p.name)))).not.toContain('heydar aliyev');
  });

  it('capitalised words after a name that end in no place noun leave it a person: "Leo Cruz Tuesday" is Cruz', () => {
    const { x } = story('MADRID, June 3, 2025 - Foreign Minister Ana Ruiz met Peruvian Foreign Minister Leo Cruz on Tuesday. Spain thanked Leo Cruz Monday evening.', '2025-06-03');
    expect(names(x)).toEqual(['ana ruiz', 'leo cruz']);
    expect(x.meetings.map((m) => m.participants.map((p) => fold(p.name)).sort())).toEqual([['ana ruiz', 'leo cruz']]);
  });
});
