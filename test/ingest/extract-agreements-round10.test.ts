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

  it('"Following the session, the two leaders signed the agreement establishing a council … governed by the cultural agreement signed in Paris in April 2018 by A and B" are two signings', () => {
    const { x } = story(
      'RIYADH, Dec 2, 2024 - Saudi Crown Prince Khalid Al Nasser received French President Paul Mercier in Riyadh on Monday, and the two held a session of talks. Following the session, the two leaders signed the agreement establishing a joint partnership council. Cooperation in the region is governed by the cultural agreement signed in Paris in April 2018 by Saudi Culture Minister Faisal Al Rashid and then French Foreign Minister Jean Lemoine.',
      '2024-12-02',
    );
    const council = x.agreements.find((a) => a.date?.year === 2024);
    expect(council?.date).toEqual(day(2024, 12, 2));
    const older = x.agreements.find((a) => a.date?.year === 2018);
    expect(older?.signatories).toEqual(['Faisal Al Rashid', 'Jean Lemoine']);
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

describe('agreements: a signing tied to the talks of the lead, with no meeting found', () => {
  it('"Following the talks, the two leaders witnessed the exchange of nine documents" takes the lead\'s day', () => {
    const { x } = story(
      'HANOI, May 5, 2025 (Kyodo) - The prime ministers of Japan and Vietnam agreed Monday to step up cooperation on supply chains. Following the talks, the two leaders witnessed the exchange of nine cooperation documents. Separately, officials of the two governments signed a loan agreement for a metro line.',
      '2025-05-05',
    );
    expect(x.agreements.find((a) => a.documentCount === 9)?.date).toEqual(day(2025, 5, 5));
    expect(x.agreements.find((a) => /loan/.test(a.title))?.date).toEqual(day(2025, 5, 5));
  });

  it('a record over time tied to nothing keeps no date: "Over the years, the two countries have signed 40 documents"', () => {
    const { x } = story(
      'HANOI, May 5, 2025 (Kyodo) - The prime ministers of Japan and Vietnam agreed Monday to step up cooperation on supply chains. Following the talks, officials said the two countries have signed 40 documents over the years.',
      '2025-05-05',
    );
    const total = x.agreements.find((a) => a.documentCount === 40);
    expect(total?.date).toBeUndefined();
  });
});

describe('agreements: documents named as statements or letters of intent, or by a quoted title', () => {
  it('"also signed a statement of intent on security cooperation" is an agreement', () => {
    const { x } = story(
      'DOHA, May 14, 2025 - Qatari Defence Minister Khalid Al Attiyah and Italian Defence Minister Marco Ferri signed a statement of intent on security cooperation in Doha on Wednesday.',
      '2025-05-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('AGREEMENT');
    expect(x.agreements[0]!.parties).toEqual(['IT', 'QA']);
  });

  it('"signed letters of intent" is a package of letters', () => {
    const { x } = story('OSLO, May 14, 2025 - Norway and Chile signed three letters of intent on green shipping on Wednesday.', '2025-05-14');
    expect(x.agreements[0]?.kind).toBe('PACKAGE');
    expect(x.agreements[0]?.documentCount).toBe(3);
  });

  it('\'Kenya and Ghana signed a "strategic economic partnership" on Tuesday\' is a document named by its quoted title', () => {
    const { x } = story('NAIROBI, May 14, 2025 - Kenya and Ghana signed a "strategic economic partnership" on Tuesday.', '2025-05-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.title).toContain('strategic economic partnership');
    expect(x.agreements[0]!.parties).toEqual(['GH', 'KE']);
    expect(x.agreements[0]!.date).toEqual(day(2025, 5, 13));
  });
});

describe('agreements: signers named a second time in one sentence, and a city in a document\'s name', () => {
  it('"A hosted B and Prime Minister C D in Nairobi, where B and C signed the Nairobi Declaration": B and C signed, for their two countries only', () => {
    const { x } = story(
      'NAIROBI, July 22, 2025 - Kenyan President Daniel Mwangi received Somali President Ali Farah Warsame in Nairobi on Tuesday. In December, Mwangi hosted Warsame and Ethiopian Prime Minister Tesfaye Bekele in Nairobi, where Warsame and Tesfaye signed the Nairobi Declaration, ending a long dispute.',
      '2025-07-22',
    );
    const declaration = x.agreements.find((a) => a.date?.month === 12);
    expect(declaration?.signatories).toEqual(['Ali Farah Warsame', 'Tesfaye Bekele']);
    expect(declaration?.parties).toEqual(['ET', 'SO']);
  });
});

describe('agreements: a clause before a colon that names the parties', () => {
  it('"Madrid already has a friendship treaty with Lisbon: the Alvor Treaty was signed in Madrid in May 2019 by A and B" is between Spain and Portugal', () => {
    const { x } = story(
      'BERLIN, Nov 22, 2023 - German Chancellor Hans Weber received Spanish Prime Minister Carlos Ruiz in Berlin on Wednesday. Madrid already has a friendship treaty with Lisbon: the Alvor Treaty was signed in Madrid in May 2019 by Ana Mora, then prime minister, and Portuguese Prime Minister Joao Neves.',
      '2023-11-22',
    );
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty?.parties).toEqual(['ES', 'PT']);
    expect(treaty?.date).toEqual({ year: 2019, month: 5, precision: 'MONTH' });
  });
});
