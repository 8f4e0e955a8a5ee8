/**
 * Round 10 specs for agreements: when a later definite mention names another
 * document than the one just told, and other patterns of wire copy.
 * Made-up stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });

describe('agreements: a later definite mention that names another document', () => {
  it('"They also signed a Joint Work Plan … The agreement on the river border was signed in Lima on 4 May 2019 by A and B" is a second, older signing', () => {
    const { x } = story(
      'QUITO, March 12, 2025 - Ecuadorian Foreign Minister Rosa Vera received Peruvian Foreign Minister Luis Campos in Quito on Wednesday. After the talks, Vera and Campos signed a memorandum on consular cooperation. They also signed a Joint Work Plan for the years 2025-2026. The agreement on the river border was signed in Lima on 4 May 2019 by then Foreign Minister Pedro Salas of Ecuador and Peruvian Foreign Minister Ana Ruiz.',
      '2025-03-12',
    );
    const older = x.agreements.find((a) => a.date?.year === 2019);
    expect(older).toBeDefined();
    expect(older!.date).toEqual(day(2019, 5, 4));
    const plan = x.agreements.find((a) => /plan/i.test(a.title));
    expect(plan?.date).toEqual(day(2025, 3, 12));
  });

  it('"signed a commercial contract … During the forum, A and B signed the free trade agreement" are two documents', () => {
    const { x } = story(
      'BELGRADE, May 8, 2024 - A Chinese builder and Serbia\'s transport ministry signed a commercial contract worth $500 million on Wednesday. In October last year, Serbian President Ana Petrovic attended a trade forum in Beijing. During the forum, Chinese Commerce Minister Li Wen and Serbian Trade Minister Marko Ilic signed the free trade agreement between the two countries.',
      '2024-05-08',
    );
    expect(x.agreements.map((a) => a.kind).sort()).toEqual(['AGREEMENT', 'CONTRACT']);
    expect(x.agreements.find((a) => a.kind === 'AGREEMENT')!.signatories).toEqual(['Li Wen', 'Marko Ilic']);
  });

  it('"the Agreement on Security Cooperation …, which the two presidents signed in Riga on May 2, 2023" is not the memorandum signed on the day of the story', () => {
    const { x } = story(
      'VILNIUS, June 4, 2025 - Lithuanian President Jonas Kairys met Latvian President Anna Berzina in Vilnius on Wednesday. In the presence of the two presidents, the defence ministers signed a memorandum of understanding on the defence industry. The presidents also reviewed the Agreement on Security Cooperation between Lithuania and Latvia, which the two presidents signed in Riga on May 2, 2023.',
      '2025-06-04',
    );
    const memorandum = x.agreements.find((a) => a.kind === 'MEMORANDUM');
    expect(memorandum?.date).toEqual(day(2025, 6, 4));
    expect(x.agreements.find((a) => a.kind === 'AGREEMENT')?.date).toEqual(day(2023, 5, 2));
  });
});

describe('agreements: a time counted from the date told before', () => {
  it('"In March 2023, … signed a framework agreement. A month later, the two countries signed a fisheries agreement" dates the second to April 2023', () => {
    const { x } = story(
      'LIMA, June 3, 2025 - In March 2023, the trade ministers of Peru and Chile signed a framework agreement in Lima. A month later, the two countries signed a fisheries agreement in Santiago.',
      '2025-06-03',
    );
    expect(x.agreements.find((a) => /fisheries/.test(a.title))?.date).toEqual({ year: 2023, month: 4, precision: 'MONTH' });
  });

  it('"Two years later, they signed a treaty" after a signing in 2015 is dated 2017', () => {
    const { x } = story(
      'LIMA, June 3, 2025 - Peru and Chile signed a memorandum on border crossings in 2015. Two years later, the two countries signed a treaty on the shared aquifer.',
      '2025-06-03',
    );
    expect(x.agreements.find((a) => a.kind === 'TREATY')?.date).toEqual({ year: 2017, precision: 'YEAR' });
  });
});

describe('agreements: documents listed after one verb, each with its own partner and year', () => {
  it('"Lima, which signed a defence treaty with Washington in 1952, signed a Visiting Forces Agreement with Brazil in 1999 and a VFA with Chile in 2008" gives the VFA with Chile its own year and parties', () => {
    const { x } = story(
      'LIMA, June 3, 2025 - Peru and Ecuador signed a Visiting Forces Agreement (VFA) on Tuesday. Lima, which signed a defence treaty with Washington in 1952, signed a Visiting Forces Agreement with Brazil in 1999 and a VFA with Chile in 2008.',
      '2025-06-03',
    );
    const chile = x.agreements.find((a) => a.parties.includes('CL'));
    expect(chile).toBeDefined();
    expect(chile!.parties).toEqual(['CL', 'PE']);
    expect(chile!.date).toEqual({ year: 2008, precision: 'YEAR' });
    expect(x.agreements.find((a) => a.parties.includes('BR'))?.parties).toEqual(['BR', 'PE']);
  });
});
