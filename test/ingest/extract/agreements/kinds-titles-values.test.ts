/**
 * Specs for what was signed: kinds of instruments, documents named by a title
 * or a short name in brackets, statements and letters of intent, exchanges of
 * notes, ratifications, values in US dollars. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { day } from '../helpers.ts';

describe('agreements: more instruments that states sign', () => {
  it('a joint communique signed by two ministers is an agreement', () => {
    const { x } = story('In 1961, Foreign Minister Ama Boateng of Ghana and Foreign Minister Koffi Dossou of Togo signed a joint communique in Accra.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('AGREEMENT');
    expect(x.agreements[0]!.date).toEqual({ year: 1961, precision: 'YEAR' });
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });

  it('an Exchange of Letters signed in a month and year is an agreement of that month', () => {
    const { x } = story('The border was settled through the Exchange of Letters signed in Lomé in March 2009 by President John Kufuor of Ghana and President Faure Gnassingbé of Togo.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2009, month: 3, precision: 'MONTH' });
    expect(x.agreements[0]!.signatories).toEqual(['John Kufuor', 'Faure Gnassingbé']);
  });

  it('"witnessed the exchange of two memoranda" is a package of two with no signatories', () => {
    const { x } = story('President Kofi Mensah of Ghana and President Yao Agbeko of Togo witnessed the exchange of two memoranda of understanding on Wednesday.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(2);
    expect(x.agreements[0]!.signatories).toEqual([]);
  });

  it('"signed an $11.3 billion deal": a decimal point in the value does not end the clause', () => {
    const { x } = story('Ghana and Togo signed an $11.3 billion deal on Wednesday to build a railway.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.valueUsd).toBe(11300000000);
  });

  it('a year inside the document\'s name does not hide the countries that name it', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. In Tokyo, ministers signed the Saudi-Japanese Vision 2030 document on Monday.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['JP', 'SA']);
  });
});

describe('agreements: a document named only by its title after the signing verb', () => {
  it('"signed the Plan of Action for …" is an agreement signed by the two ministers', () => {
    const { x } = story(
      'Foreign Minister Ama Boateng of Ghana and Foreign Minister Koffi Dossou of Togo signed the Plan of Action for the Ghana-Togo Partnership 2025-2029 in Accra on Wednesday.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
  });

  it('a quoted title after the place ("signed in Accra the "Agreed Minutes"") is an agreement', () => {
    const { x } = story('In May 1962, Prime Minister Kwame Nkrumah of Ghana and President Sylvanus Olympio of Togo signed in Accra the "Agreed Minutes" that ended the border dispute.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 1962, month: 5, precision: 'MONTH' });
  });

  it('"put their names to the Volta Partnership" is a signing by the two leaders', () => {
    const { x } = story('President Kofi Mensah of Ghana and President Yao Agbeko of Togo put their names to the Volta Partnership in Accra on Wednesday.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Kofi Mensah', 'Yao Agbeko']);
  });
});

describe('agreements: a short name given in brackets names its document again', () => {
  it('"The VTPA was signed in March 2019 by …" is the signing of the agreement named "(VTPA)" before', () => {
    const { x } = story(
      'Trade has grown since the Volta Trade Partnership Agreement (VTPA) came into force in 2020. The VTPA was signed in March 2019 by Trade Minister Ama Boateng of Ghana and Trade Minister Koffi Dossou of Togo.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2019, month: 3, precision: 'MONTH' });
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
  });

  it('the short name of an agreement is not taken for a contract signed before it', () => {
    const { x } = story(
      'In Accra on Wednesday, the Ghanaian navy signed a contract with a Togolese shipyard worth $40 million. Ministers agreed to expand the Volta Trade Partnership Agreement (VTPA). The VTPA was signed in March 2019 by Trade Minister Ama Boateng of Ghana and Trade Minister Koffi Dossou of Togo.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    expect(x.agreements.map((a) => a.kind)).toEqual(['CONTRACT', 'AGREEMENT']);
  });
});

describe('agreements: a document named by its title is that document, not any', () => {
  it('"the Volta House Agreement, signed in March" is its own signing, not the undated treaty told before', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed a border treaty in Accra. The treaty builds on the Volta House Agreement on fisheries, signed in March by Ghanaian Fisheries Minister Ama Boateng and Togolese Fisheries Minister Koffi Dossou.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty?.signatories).not.toContain('Ama Boateng');
    expect(treaty?.date?.month).not.toBe(3);
  });
});

describe('agreements: values in US dollars, of the document itself', () => {
  it('a value in another clause ("…, and a consortium plans a $3 billion port") is not the agreement\'s', () => {
    const { x } = story('Ghana and Togo signed a fisheries agreement in May, and a private consortium plans to build a $3 billion port near Lomé.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.valueUsd).toBeUndefined();
  });

  it('other dollars ("A$600m") are no US dollars', () => {
    const { x } = story('Ghana and Togo signed a A$600m deal in May to fund a joint rugby team.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.valueUsd).toBeUndefined();
  });

  it('"The contract is worth …" gives the value of the deal just told', () => {
    const { x } = story(
      "Ghana and Togo signed a deal on a joint power line on Wednesday. The contract is worth 9 billion cedis ($1.5 billion), according to Ghana's energy ministry.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.valueUsd).toBe(1_500_000_000);
  });
});

describe('agreements: documents named by a title or told as an exchange', () => {
  it('"signed a Plan of Cooperation" is a signed document with its signers, though "plan" is no document noun', () => {
    const { x } = story('Ghanaian Foreign Minister Ama Boateng and Togolese Foreign Minister Koffi Dossou signed a Plan of Cooperation between the two ministries in Accra on Tuesday.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
  });

  it('leaders who "later witnessed the exchange of notes" saw a signing of the day of their talks, as witnesses', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah received Togolese President Yao Agbeko in Accra on Wednesday. The two leaders discussed trade. They spoke about energy. Mensah praised the talks. Agbeko thanked his host. He said ties were strong. The two presidents later witnessed the exchange of notes on a grant for fishing boats.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual([]);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });
});

describe('agreements: instruments named by a capitalised title', () => {
  it('"the Volta Presidential Act, signed on Oct. 12, 1999, by A of Ghana and B of Togo, with C acting as guarantor" is a signed act between the two, dated, with its signers', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah visited Lomé on Wednesday. The dispute was ended by the Volta Presidential Act, signed on Oct. 12, 1999, by then-Presidents Jerry Rawlings of Ghana and Gnassingbé Eyadéma of Togo, with Nigeria acting as guarantor.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    const act = x.agreements[0]!;
    expect(act.parties).toEqual(['GH', 'TG']);
    expect(act.signatories).toEqual(['Jerry Rawlings', 'Gnassingbé Eyadéma']);
    expect(act.date).toMatchObject({ year: 1999, month: 10, day: 12 });
  });

  it('a law "signed into law" under a capitalised Act is no agreement', () => {
    const { x } = story('Ghanaian President Kofi Mensah on Wednesday signed the Fisheries Protection Act into law in Accra.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: "the notes" after an exchange of notes', () => {
  it('"witnessed the exchange of notes … The notes, on a grant, were signed by A and B" gives one document signed by A and B', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah received Togolese President Yao Agbeko in Accra on Wednesday. The two presidents later witnessed the exchange of notes on a grant for fishing boats. The notes, involving a grant of 300 million cedis, were signed by Ghanaian Foreign Minister Ama Boateng and Togolese Foreign Minister Koffi Dossou.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
    expect(x.agreements[0]!.valueUsd).toBeUndefined();
  });
});

describe('agreements: titles headed by a programme or plan, and ratifications', () => {
  const lead = 'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. ';

  it('"A Programme of Cooperation in Culture for 2024-2027 was also signed" is a signed document of the day', () => {
    const { x } = story(lead + 'A Programme of Cooperation in Culture for 2024-2027 was also signed.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });

  it('"exchanged the instruments of ratification of the 2019 treaty" signs nothing', () => {
    const { x } = story(lead + 'The presidents exchanged the instruments of ratification of the 2019 treaty.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: a document named as the means of its clause', () => {
  it('"Britain leased the island to the United States under an agreement signed in 1966" is between the clause\'s countries, not the story\'s pair', () => {
    const { x } = story('PARIS - French President Marc Dubois met Senegalese President Amadou Ba in Paris on Monday. Britain leased the island to the United States under an agreement signed in 1966.', '2024-05-10');
    const lease = x.agreements.find((a) => a.date?.year === 1966);
    expect(lease).toBeDefined();
    expect(lease!.parties).toEqual(['GB', 'US']);
  });

  it('"France keeps troops in Djibouti under a treaty signed in 1977": the place of the clause is a party too', () => {
    const { x } = story('PARIS - French President Marc Dubois met Senegalese President Amadou Ba in Paris on Monday. France keeps 1,500 troops in Djibouti under a defence treaty signed in 1977.', '2024-05-10');
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty).toBeDefined();
    expect(treaty!.parties).toEqual(['DJ', 'FR']);
  });
});

describe('agreements: a short name in brackets after the documents', () => {
  it('"witnessing the signing of four memorandums of understanding (MOUs) on Sept 5" is dated Sept 5', () => {
    const { x } = story(
      'SINGAPORE, Sept 6, 2024 - Singapore and Indonesia have elevated their ties, with Prime Minister Lawrence Wong and Indonesian President Joko Widodo witnessing the signing of four memorandums of understanding (MOUs) on Sept 5, including one on energy.',
      '2024-09-06',
    );
    const pkg = x.agreements.find((a) => a.documentCount === 4);
    expect(pkg).toBeDefined();
    expect(pkg!.date).toEqual({ year: 2024, month: 9, day: 5, precision: 'DAY' });
  });
});

describe('agreements: "the signing of" names the document after it', () => {
  it('"In the joint statement, the two sides welcomed the signing last week of a memorandum" is a memorandum, not a signed joint statement', () => {
    const { x } = story(
      'DOHA, May 20, 2024 - Qatar and Kenya issued a joint statement on Monday. In the joint statement, the two sides welcomed the signing earlier this month of a memorandum of understanding on labour mobility.',
      '2024-05-20',
    );
    expect(x.agreements.map((a) => a.kind)).toEqual(['MEMORANDUM']);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 5, precision: 'MONTH' });
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
