/**
 * Specs for people and their titles (round 10): ministers whose portfolios
 * are listed with commas, and forms of address between a title and a name.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === name);

describe('a minister whose portfolios are listed with commas', () => {
  it('"the Minister of Foreign Affairs, Migration and Moroccan Expatriates of the Kingdom of Morocco, Youssef Amrani," is one minister with the whole title, of Morocco', () => {
    const { x } = story(
      'LISBON, Jan 27, 2025 - Portuguese Foreign Minister Rui Costa received the Minister of Foreign Affairs, Migration and Moroccan Expatriates of the Kingdom of Morocco, Youssef Amrani, in Lisbon on Monday.',
      '2025-01-27',
    );
    expect(names(x)).toEqual(['rui costa', 'youssef amrani']);
    const amrani = person(x, 'youssef amrani')!;
    expect(amrani.countryCode).toBe('MA');
    expect(amrani.roles.map((r) => r.title)).toEqual(['Minister of Foreign Affairs, Migration and Moroccan Expatriates']);
  });

  it('a run of several capitalised words after a comma is a name, not a portfolio: "the presidents of Peru, Ana Quispe, and Chile, Luis Rojas"', () => {
    const { x } = story('LIMA, Jan 27, 2025 - The presidents of Peru, Ana Quispe, and Chile, Luis Rojas, met in Lima on Monday.', '2025-01-27');
    expect(names(x)).toEqual(['ana quispe', 'luis rojas']);
  });
});

describe('forms of address between a title and a name', () => {
  it('"Minister of Energy Eng. Khalid Al-Saud" keeps the title; "Eng." is an engineer\'s form of address', () => {
    const { x } = story(
      'RIYADH, March 13, 2024 - The agreement was signed by Minister of Energy Eng. Faisal Al-Harbi and Japanese Trade Minister Kenji Sato on Wednesday.',
      '2024-03-13',
    );
    expect(person(x, 'faisal al-harbi')?.roles.map((r) => r.title)).toEqual(['Minister of Energy']);
  });
});

describe('a title told as what the person was: "the first/last <title> to …"', () => {
  it('"Jan Kowal was the last Polish president to visit Chile" gives Jan Kowal the title President, of Poland', () => {
    const { x } = story(
      'SANTIAGO, Aug 22, 2024 - Chilean President Ana Rojas received Polish Prime Minister Piotr Nowak in Santiago on Thursday. Jan Kowal was the last Polish president to visit Chile, in 1995.',
      '2024-08-22',
    );
    const kowal = person(x, 'jan kowal');
    expect(kowal?.roles.map((r) => r.title)).toEqual(['President']);
    expect(kowal?.countryCode).toBe('PL');
  });

  it('"the first to …" with no title gives none', () => {
    const { x } = story('SANTIAGO, Aug 22, 2024 - Chilean President Ana Rojas received Polish Prime Minister Piotr Nowak in Santiago on Thursday. Nowak was the first to arrive.', '2024-08-22');
    expect(person(x, 'piotr nowak')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });
});

describe('public bodies and junior ministers', () => {
  it('"according to the General Authority for Statistics" names no person', () => {
    const { x } = story(
      'RIYADH, Dec 2, 2024 - Saudi Trade Minister Majid Al-Qasabi received Italian Trade Minister Paolo Verdi on Monday. Trade rose 10 percent last year, according to the General Authority for Statistics.',
      '2024-12-02',
    );
    expect(names(x)).toEqual(['majid al-qasabi', 'paolo verdi']);
  });

  it('"Minister Delegate for Foreign Trade Claire Dubois" is one title of one person', () => {
    const { x } = story('PARIS, Dec 2, 2024 - The French delegation included Minister Delegate for Foreign Trade Claire Dubois.', '2024-12-02');
    expect(names(x)).toEqual(['claire dubois']);
    expect(person(x, 'claire dubois')?.roles.map((r) => r.title)).toEqual(['Minister Delegate for Foreign Trade']);
  });
});

describe('a father named inside his son\'s name', () => {
  it('"Crown Prince Faisal bin Omar bin Khalid Al Rashid" and "King Omar bin Khalid Al Rashid" are two people', () => {
    const { x } = story(
      'RIYADH, Dec 2, 2024 - Crown Prince Faisal bin Omar bin Khalid Al Rashid received Italian Prime Minister Marco Bianchi on Monday. He conveyed the greetings of King Omar bin Khalid Al Rashid to the Italian leader.',
      '2024-12-02',
    );
    expect(names(x)).toContain('omar bin khalid al rashid');
    expect(names(x)).toContain('faisal bin omar bin khalid al rashid');
    expect(person(x, 'omar bin khalid al rashid')?.roles.map((r) => r.title)).toEqual(['King']);
  });
});

describe('a style that is also a family name', () => {
  it('"Airbus chief executive Laura Pope signed" is Laura Pope, and "Pope" later is her', () => {
    const { x } = story('PARIS, May 14, 2025 - Airbus chief executive Laura Pope signed a contract with Air Peru on Wednesday. Pope said the order was a record.', '2025-05-14');
    expect(names(x)).toEqual(['laura pope']);
    expect(person(x, 'laura pope')?.roles.map((r) => r.title)).toEqual(['Chief Executive']);
  });

  it('the style before a name stays a title: "Britain\'s King Charles received …"', () => {
    const { x } = story('LONDON, May 14, 2025 - Britain\'s King Charles received Japanese Emperor Naruhito on Wednesday.', '2025-05-14');
    expect(person(x, 'charles')?.roles.map((r) => r.title)).toEqual(['King']);
  });
});

describe('transliterations with "ou" for "u"', () => {
  it('"President Abdi Farah Mohamud" and later "President Abdi Farah Mohamoud" are one person', () => {
    const { x } = story(
      'ANKARA, July 22, 2025 - Turkish President Recep Tayyip Erdogan received Somali President Abdi Farah Mohamud in Ankara on Tuesday. The Somali presidency said President Abdi Farah Mohamoud had invited Turkish investors.',
      '2025-07-22',
    );
    expect(names(x)).toEqual(['abdi farah mohamud', 'recep tayyip erdogan']);
  });
});

describe('a name set off after a relation noun', () => {
  it('"under Ruto\'s predecessor, Mwai Kibaki, with …" names Mwai Kibaki, with no title', () => {
    const { x } = story(
      'NAIROBI, Dec 4, 2023 - Kenyan President William Ruto received German Chancellor Olaf Scholz on Monday. Relations cooled under Ruto\'s predecessor, Mwai Kibaki, with Berlin freezing aid.',
      '2023-12-04',
    );
    expect(names(x)).toContain('mwai kibaki');
    expect(person(x, 'mwai kibaki')?.roles).toEqual([]);
  });
});

describe('a note in brackets closing a title', () => {
  it('"in the presence of the Minister of State for Mines (Gold), Ade Bello" gives Ade Bello the title without the note', () => {
    const { x } = story('ABUJA, Nov 16, 2024 - The contract was signed in Abuja on Saturday, in the presence of the Minister of State for Mines (Gold), Ade Bello.', '2024-11-16');
    expect(person(x, 'ade bello')?.roles.map((r) => r.title)).toEqual(['Minister of State for Mines']);
  });
});
