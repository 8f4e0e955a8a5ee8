/**
 * Specs for "US", the way most news names the United States: a country in
 * running text, the pronoun in a run of capitals. Made-up stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('countries: "US" in capitals is the United States', () => {
  it('"a US delegation", "the US" and "US-Japan" name the country', () => {
    const { x } = story(
      'TOKYO, March 4, 2025 - Japanese Prime Minister Kenji Sato met a US delegation on Tuesday. The US and Japan signed a memorandum on shipbuilding. Officials called US-Japan ties strong.',
      '2025-03-05',
    );
    expect(x.countries.map((c) => c.code)).toContain('US');
  });

  it('is a party to an agreement "between Britain and the US" signed long ago', () => {
    const { x } = story(
      'LONDON, June 2, 2025 - British Foreign Secretary Anne Hale spoke to reporters on Monday. The base has been run under a treaty signed in 1962 between Britain and the US.',
      '2025-06-02',
    );
    const treaty = x.agreements.find((a) => a.date?.year === 1962);
    expect(treaty?.parties).toEqual(expect.arrayContaining(['GB', 'US']));
  });

  it('"JOIN US FOR PEACE", in a run of capitals, is the pronoun', () => {
    const { x } = story('LIMA, May 10, 2024 - Peruvian President Ana Quispe received Chilean President Tomas Vidal in Lima on Friday. Outside the palace, students held a banner that read "JOIN US FOR PEACE" as the motorcade passed.', '2024-05-10');
    expect(x.countries.map((c) => c.code)).not.toContain('US');
  });

  it('"us" in lower case is the pronoun', () => {
    const { x } = story('LIMA, May 10, 2024 - "This visit brings us closer," Peruvian President Ana Quispe said after receiving Chilean President Tomas Vidal in Lima on Friday.', '2024-05-10');
    expect(x.countries.map((c) => c.code)).not.toContain('US');
  });
});
