/**
 * Specs for how many documents a signing is: counts in words, totals since an
 * event, lists and packages of documents, documents told by their fields, one
 * per counterpart, a named set of accords. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { day } from '../helpers.ts';

describe('agreements: a count in words right after the signing verb is the number of documents', () => {
  it('"has signed two agreements with" is a package of two', () => {
    const { x } = story("Ghana's President Kofi Mensah has signed two agreements with Togolese President Yao Agbeko in Lomé on Wednesday.", '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('PACKAGE');
    expect(x.agreements[0]!.documentCount).toBe(2);
  });

  it('"the two sides concluded three agreements" is a package of three', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. After the talks, the two sides concluded three agreements, on fisheries, on customs and on roads.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(3);
  });
});

describe('agreements: a named set of accords is one instrument', () => {
  it('"the Volta Accords, signed … by A and B" is one agreement, not an uncounted package', () => {
    const { x } = story('Ghana and Togo made peace under the Volta Accords, signed in Geneva in 1994 by President Jerry Rawlings of Ghana and President Gnassingbé Eyadéma of Togo.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('AGREEMENT');
    expect(x.agreements[0]!.documentCount).toBe(1);
  });
});

describe('agreements: uncounted documents signed "with" counterparts of several countries are one per counterpart', () => {
  it('"also signed trade agreements with Benin\'s and Niger\'s presidents" gives two bilateral agreements', () => {
    const { x } = story(
      'President Kofi Mensah and Togolese President Yao Agbeko signed a Ghana-Togo fisheries agreement in Lomé on Wednesday. On the same day, Mensah also signed trade agreements with Beninese President Patrice Talon and Nigerien President Ali Zeine.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(3);
    const trade = x.agreements.filter((a) => a.title === 'trade agreement');
    // Mensah's side is the one he signed for in the fisheries agreement, opposite Togo's president.
    expect(trade.map((a) => a.parties)).toEqual([
      ['BJ', 'GH'],
      ['GH', 'NE'],
    ]);
    expect(trade.every((a) => a.documentCount === 1)).toBe(true);
  });
});

describe('agreements: readout lists and counts', () => {
  const lead = 'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. ';

  it('"Memoranda of understanding on energy and health were exchanged" is a signing, though the passive stands after what they are on', () => {
    const { x } = story(lead + 'Memoranda of understanding on energy and health were exchanged between the two governments.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('PACKAGE');
  });

  it('"The following documents were signed: A, B and C" gives one entry per document listed', () => {
    const { x } = story(lead + 'The following documents were signed: an agreement on trade, a memorandum on health and a protocol on customs.', '2024-06-14');
    expect(x.agreements.map((a) => a.kind)).toEqual(['AGREEMENT', 'MEMORANDUM', 'AGREEMENT']);
  });

  it('"Eight intergovernmental and interagency documents were signed" keeps its count across modifiers joined by "and"', () => {
    const { x } = story(lead + 'Eight intergovernmental and interagency documents were signed.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(8);
  });
});

describe('agreements: what is signed, told by a pronoun, a list or a total', () => {
  it('"It was signed in March 2018 by A and B" is the signing of the document named in the sentence before', () => {
    const { x } = story(
      'MADRID, May 10, 2024 - Spain and Morocco held talks on Friday. Under a 2018 deal, Spain pressed Morocco into a so-called readmission agreement that let Spain return migrants. It was signed in Rabat in March 2018 by Spanish Interior Minister Luis Ortega and Moroccan Interior Minister Karim Alaoui.',
      '2024-05-10',
    );
    const deal = x.agreements.find((a) => a.date?.year === 2018);
    expect(deal).toBeDefined();
    expect(deal!.date).toMatchObject({ year: 2018, month: 3 });
    expect(deal!.parties).toEqual(['ES', 'MA']);
  });

  it('"the signing of the protocol on amending the X Agreement, as well as nine other documents" is nine more documents of that signing', () => {
    const { x } = story(
      'Chilean President Tomas Vidal held talks with Peruvian President Ana Quispe in Lima on Friday. Following the talks, the two presidents witnessed the signing of the protocol on amending the Chile-Peru Free Trade Agreement, as well as nine other cooperation documents in areas including mining and fisheries.',
      '2024-05-10',
    );
    const pkg = x.agreements.find((a) => a.documentCount === 9);
    expect(pkg).toBeDefined();
    expect(pkg!.date).toMatchObject({ year: 2024, month: 5, day: 10 });
  });

  it('"Since the two countries established ties in 2009, they have signed more than 40 documents" is a total from 2009, not a signing of 2009', () => {
    const { x } = story('Since the two countries established their strategic partnership in 2009, Chile and Peru have signed more than 40 cooperation documents.', '2024-05-10');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.span).toEqual({ fromYear: 2009, toYear: 2024 });
    expect(x.agreements[0]!.date).toBeUndefined();
  });

  it('"must seek B\'s agreement before signing any pact" is no signing', () => {
    const { x } = story('Under the treaty, Fiji must seek New Zealand\'s agreement before signing any pact with a third country on policing or ports.', '2024-05-10');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: totals since an event dated to the day', () => {
  it('"Since ties were established on March 4, 1972, the two countries have signed more than 150 agreements" is a span from 1972 to the publication year', () => {
    const { x } = story(
      'ACCRA, June 12, 2024 - Ghanaian President Kofi Mensah received Peruvian President Ana Quispe in Accra on Tuesday. Since diplomatic relations were established on March 4, 1972, Ghana and Peru have signed more than 150 agreements.',
      '2024-06-12',
    );
    const total = x.agreements.find((a) => a.documentCount === 150);
    expect(total).toBeDefined();
    expect(total!.date).toBeUndefined();
    expect(total!.span).toEqual({ fromYear: 1972, toYear: 2024 });
    expect(total!.documentCountApproximate).toBe(true);
  });
});

describe('agreements: uncounted documents told by their fields', () => {
  it('"also signed memoranda of understanding in the fields of tourism and water management" are two memoranda, one per field', () => {
    const { x } = story(
      'CAIRO, March 6, 2024 - Egyptian President Abdel Fattah El Sisi received Kenyan President William Ruto in Cairo on Wednesday. The two sides also signed memoranda of understanding in the fields of tourism and water management.',
      '2024-03-06',
    );
    const memoranda = x.agreements.filter((a) => a.kind === 'MEMORANDUM');
    expect(memoranda).toHaveLength(2);
    expect(memoranda.map((a) => a.topics)).toEqual([['tourism'], ['water management']]);
    expect(memoranda.every((a) => a.documentCount === 1)).toBe(true);
  });

  it('a counted group with its fields stays one package: "signed three memoranda on trade, health and culture"', () => {
    const { x } = story('CAIRO, March 6, 2024 - Egypt and Kenya signed three memoranda on trade, health and culture on Wednesday.', '2024-03-06');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(3);
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

describe('agreements: a total "since then", counted from the year told just before', () => {
  it('"… established relations in 1972. Since then, the two countries have signed more than 40 agreements" spans 1972 to the year of the story, with no date', () => {
    const { x } = story(
      'MUSCAT, June 3, 2025 - Omani Foreign Minister Salim Al-Harthi received Jordanian Foreign Minister Omar Nasser in Muscat on Tuesday. Oman and Jordan established diplomatic relations in 1972. Since then, the two countries have signed more than 40 agreements.',
      '2025-06-03',
    );
    const total = x.agreements.find((a) => a.documentCount === 40);
    expect(total?.span).toEqual({ fromYear: 1972, toYear: 2025 });
    expect(total?.date).toBeUndefined();
    expect(total?.parties).toEqual(['JO', 'OM']);
  });

  it('"Since then" with no year in the sentence before leaves the total as it was', () => {
    const { x } = story(
      'MUSCAT, June 3, 2025 - Omani Foreign Minister Salim Al-Harthi received Jordanian Foreign Minister Omar Nasser in Muscat on Tuesday. The two met last at a summit. Since then, the two countries have signed more than 40 agreements.',
      '2025-06-03',
    );
    expect(x.agreements.find((a) => a.documentCount === 40)?.span).toBeUndefined();
  });
});

describe('agreements: a count before a list of kinds of documents', () => {
  it('"signed 12 agreements, memoranda of understanding and executive programmes" is one package of 12', () => {
    const { x } = story(
      'AMMAN, June 3, 2025 - Jordanian Prime Minister Omar Nasser and Omani Prime Minister Salim Al-Harthi signed 12 agreements, memoranda of understanding and executive programmes in Amman on Tuesday.',
      '2025-06-03',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(12);
  });

  it('"signed 12 agreements and a memorandum on water" keeps the single memorandum apart', () => {
    const { x } = story(
      'AMMAN, June 3, 2025 - Jordanian Prime Minister Omar Nasser and Omani Prime Minister Salim Al-Harthi signed 12 agreements and a memorandum on water in Amman on Tuesday.',
      '2025-06-03',
    );
    expect(x.agreements.map((a) => a.documentCount).sort()).toEqual([1, 12]);
  });
});

describe('agreements: a package whose fields are listed with commas before its passive', () => {
  it('"a package of nine documents on cooperation in trade, transport, energy, health and education was signed by ministers" is a signed package of nine', () => {
    const { x } = story(
      'ASTANA, March 13, 2025 - Kazakh President Ali Bekov and Uzbek President Rustam Saidov held talks in Astana on Thursday. Besides, a package of nine documents on cooperation in trade, transport, energy, health and education was signed by ministers of the two states.',
      '2025-03-13',
    );
    const pkg = x.agreements.find((a) => a.documentCount === 9);
    expect(pkg?.date).toEqual(day(2025, 3, 13));
    expect(pkg?.parties).toEqual(['KZ', 'UZ']);
  });

  it('"signed the X Treaty with Y in 1963, and the Z Treaty was signed in 2021" keeps two signings: a comma and "and" open another clause', () => {
    const { x } = story(
      'MADRID, Jan 19, 2023 - Spain signed the Toledo Treaty with Portugal in 1963, and the Seville Treaty was signed in Rome in November 2021 by Italian and Spanish ministers.',
      '2023-01-19',
    );
    expect(x.agreements.map((a) => a.date?.year).sort()).toEqual([1963, 2021]);
  });
});

describe('agreements: a count with "new" or "more" before the noun', () => {
  it('"14 new documents on cooperation … were signed" is a package of 14', () => {
    const { x } = story(
      'TUNIS, June 3, 2025 - President Ali Karimov of Tajikistan met President Omar Haddad of Tunisia in Tunis on Tuesday. Then, in the presence of the two presidents, 14 new documents on cooperation in the fields of trade, energy, transport, customs, healthcare, education, science, culture, tourism and sport were signed.',
      '2025-06-03',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(14);
    expect(x.agreements[0]!.date).toEqual(day(2025, 6, 3));
  });

  it('"five more agreements were signed" counts five', () => {
    const { x } = story('LISBON, June 3, 2025 - Portuguese Prime Minister Rui Costa hosted Greek Prime Minister Nikos Andreou in Lisbon on Tuesday. In Athens last year, five more agreements were signed.', '2025-06-03');
    expect(x.agreements.map((a) => a.documentCount)).toEqual([5]);
  });

  it('"no new agreements were signed" is still no signing', () => {
    const { x } = story('LISBON, June 3, 2025 - Portuguese Prime Minister Rui Costa hosted Greek Prime Minister Nikos Andreou in Lisbon on Tuesday. No new agreements were signed.', '2025-06-03');
    expect(x.agreements).toEqual([]);
  });
});
