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

describe('counterparts', () => {
  it('a counterpart holds the office the article gave the person named before them', () => {
    const { x } = story('German Foreign Minister Anna Berg arrived in Sydney on Monday. Berg had been due to hold talks with her Australian counterpart Jane Holt in Canberra on Tuesday.', '2024-05-10');
    expect(titles(x, 'Jane Holt')).toEqual(['Foreign Minister']);
    expect(person(x, 'Jane Holt')).toMatchObject({ countryCode: 'AU' });
  });
});

const who = (x: Extraction) => x.meetings.map((m) => m.participants.map((p) => fold(p.name)).sort().join(' + '));

describe('references to people', () => {
  it('"the Ghanaian president" is the Ghanaian leader of the story when no Ghanaian is titled president', () => {
    const { x } = story(
      'French President Anne Roy hosted Ghanaian leader Kofi Mensah for a state dinner in Paris on Thursday. Roy held talks with then-president Yaw Boateng in Accra in 2018. The Ghanaian president was due to meet Prime Minister Paul Blanc in Paris on Friday.',
      '2024-05-10',
    );
    expect(who(x)).toContain('kofi mensah + paul blanc');
    expect(who(x)).not.toContain('paul blanc + yaw boateng');
  });
});

describe('object pronouns', () => {
  it('"her" before a preposition is the object: the woman named before', () => {
    const { x } = story('Chilean President Maria Lopez arrived in New Delhi on Monday. Hours later, Foreign Minister Raj Kumar called on her at her hotel in New Delhi.', '2024-05-10');
    expect(who(x)).toContain('maria lopez + raj kumar');
  });
});

describe('pronouns after a description', () => {
  it('"She" goes to the subject of the sentence before, even when that subject is a description', () => {
    const { x } = story(
      'Chilean Prime Minister Maria Lopez arrived in New Delhi on Monday. The prime minister was to call on President Asha Rao at her palace in the evening. She is due to travel to Beijing next month for talks with Chinese President Li Wen.',
      '2024-05-10',
    );
    expect(who(x)).toContain('li wen + maria lopez');
    expect(who(x)).not.toContain('asha rao + li wen');
  });
});
