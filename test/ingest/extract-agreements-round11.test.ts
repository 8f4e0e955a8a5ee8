/**
 * Round 11 specs for agreements: a deal sealed by a leader and signed by
 * ministers, and other patterns of news copy. Made-up stories, each stating
 * a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });

describe('agreements: a deal a leader "sealed", then signed by ministers', () => {
  it('"X has sealed a deal to sell ships … The contract was signed by A and B" is one contract, signed by the ministers, dated to the talks', () => {
    const { x } = story(
      'Prime Minister Anna Berg has sealed a deal worth up to $2bn to sell six frigates to Chile. Berg held talks with the Chilean president, Luis Rojas, in Santiago on Monday. The government-to-government contract was signed by the Norwegian defence minister, Per Lund, and Chile\'s defence minister, Ana Soto.',
      '2025-03-11T10:00:00Z',
    );
    expect(x.agreements).toHaveLength(1);
    const deal = x.agreements[0]!;
    expect(deal.kind).toBe('CONTRACT');
    expect(deal.signatories).toEqual(['Per Lund', 'Ana Soto']);
    expect(deal.parties).toEqual(['CL', 'NO']);
  });

  it('"A and B sealed a pact" alone names no signatory, only the parties', () => {
    const { x } = story('OSLO, March 10, 2025 - Norwegian Prime Minister Anna Berg and Chilean President Luis Rojas sealed a fisheries pact in Oslo on Monday.', '2025-03-10');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual([]);
    expect(x.agreements[0]!.parties).toEqual(['CL', 'NO']);
    expect(x.agreements[0]!.date).toEqual(day(2025, 3, 10));
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

describe('agreements: "In addition, A and B signed, in the presence of the two leaders, a contract"', () => {
  it('is another document of the occasion just told, dated to its day, even with an aside between the verb and the noun', () => {
    const { x } = story(
      'LISBON, June 4, 2025 - Portuguese Prime Minister Rui Costa and Angolan President Joao Neto held talks in Lisbon on Wednesday, after which ministers signed 12 agreements. Neto had arrived on Tuesday and was welcomed at the airport by Foreign Minister Ana Lopes. In addition, the state oil company Sonagol and the Portuguese group Galpa signed, in the presence of the two leaders, an exploration contract.',
      '2025-06-04',
    );
    const contract = x.agreements.find((a) => a.kind === 'CONTRACT');
    expect(contract?.date).toEqual(day(2025, 6, 4));
    expect(x.agreements.find((a) => a.documentCount === 12)?.date).toEqual(day(2025, 6, 4));
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

describe('agreements: a signing told only in a report someone denies', () => {
  it('"denied reports in the press that an arms agreement had been signed" is no agreement', () => {
    const { x } = story(
      'LUANDA, May 6, 2025 - Angolan President Joao Neto received Chilean President Luis Rojas in Luanda on Tuesday. Foreign Minister Ana Lopes denied reports in the Chilean press that an arms agreement had been signed during the visit.',
      '2025-05-06',
    );
    expect(x.agreements).toEqual([]);
  });

  it('"dismissed claims on social media that the two leaders had signed a security pact" is no agreement, and the spokesman no signer', () => {
    const { x } = story(
      'NAIROBI, Feb 15, 2025 - Kenyan President Samuel Otieno met Ugandan President Paul Kato in Nairobi on Saturday. State House spokesman John Wafula dismissed claims on social media that the two leaders had signed a security pact.',
      '2025-02-15',
    );
    expect(x.agreements).toEqual([]);
  });

  it('a signing told plainly, with no report denied, is still one: "the two ministers signed a memorandum on trade"', () => {
    const { x } = story(
      'NAIROBI, Feb 15, 2025 - Kenyan Foreign Minister Samuel Otieno met Ugandan Foreign Minister Paul Kato in Nairobi on Saturday, and the two ministers signed a memorandum on trade.',
      '2025-02-15',
    );
    expect(x.agreements).toHaveLength(1);
  });
});

describe('agreements: "X was one of four leaders, with A, B, and C, to sign a declaration"', () => {
  it('is a signing by the four, whose countries are its parties', () => {
    const { x } = story(
      'Both men were also in Geneva on 13 October for the peace conference, where Kenya\'s president, Samuel Otieno, was one of four leaders, with the Chilean president, Luis Rojas, Peru\'s president, Ana Quispe, and Norway\'s prime minister, Anna Berg, to sign a declaration backing the truce.',
      '2025-10-27T10:00:00Z',
    );
    const declaration = x.agreements.find((a) => a.parties.length === 4);
    expect(declaration?.parties).toEqual(['CL', 'KE', 'NO', 'PE']);
    expect(declaration?.signatories).toEqual(['Samuel Otieno', 'Luis Rojas', 'Ana Quispe', 'Anna Berg']);
  });

  it('"was one of four leaders expected to sign" stays a plan', () => {
    const { x } = story('GENEVA, Oct 13, 2025 - Kenyan President Samuel Otieno was one of four leaders who will travel to Geneva to sign a declaration.', '2025-10-13');
    expect(x.agreements).toEqual([]);
  });
});

describe('agreements: "signed by A and B, while C followed the ceremony"', () => {
  it('C, of the clause after ", while", is no signer', () => {
    const { x } = story(
      'OSLO, March 10, 2025 - Norway and Chile signed a free trade agreement in Oslo on 29 December 2020. It was signed by the then Norwegian ambassador, Per Lund, and the then trade minister, Ana Soto, while the then trade secretary, Tom Berg, followed the ceremony by video link.',
      '2025-03-10',
    );
    const fta = x.agreements.find((a) => a.date?.year === 2020);
    expect(fta?.signatories).toEqual(['Per Lund', 'Ana Soto']);
  });
});
