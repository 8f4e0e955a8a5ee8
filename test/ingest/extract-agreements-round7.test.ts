/**
 * Round 7 specs for agreements, mostly from the style of official readouts
 * and state-agency copy: passives with an adverb, titles that run on after
 * their noun, signings of the occasion told without a tie word. Made-up
 * stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('agreements: readout passives and titles', () => {
  it('"Nine other documents were then exchanged" is a signing of nine documents', () => {
    const { x } = story('Ghanaian President Kofi Mensah and Togolese President Yao Agbeko held talks in Accra on Wednesday. Nine other documents were then exchanged, covering trade and energy.', '2024-06-14');
    const pkg = x.agreements.find((a) => a.documentCount === 9);
    expect(pkg).toBeDefined();
    expect(pkg!.parties).toEqual(['GH', 'TG']);
  });

  it('a capitalised title running on after its noun ("The Treaty on Good Neighbourliness between the Republic of A and the Republic of B was signed by …") is one signed treaty', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah and Togolese President Yao Agbeko held talks in Accra on Wednesday. Then a signing ceremony took place. The Treaty on Good Neighbourliness between the Republic of Ghana and the Togolese Republic was signed by President Kofi Mensah and President Yao Agbeko.',
      '2024-06-14',
    );
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty).toBeDefined();
    expect(treaty!.signatories).toEqual(['Kofi Mensah', 'Yao Agbeko']);
    expect(treaty!.parties).toEqual(['GH', 'TG']);
    expect(treaty!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
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

describe('agreements: later words about documents already signed', () => {
  it('"many of the signed memorandums" points back to the memorandums told, it signs nothing new', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah and Togolese President Yao Agbeko on Wednesday witnessed the signing of 12 memorandums of understanding in Accra. Analyst Kwame Asante said many of the signed memorandums would need funding.',
      '2024-06-12',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(12);
  });

  it('"the energy and trade memorandums signed today" names some of the counted documents of the day', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah and Togolese President Yao Agbeko on Wednesday witnessed the signing of 12 memorandums of understanding in Accra. Officials said the energy and trade memorandums signed today would bring investment.',
      '2024-06-12',
    );
    expect(x.agreements).toHaveLength(1);
  });
});

describe('agreements: the date of a signing in a when-clause', () => {
  it('"ties date back to 1994, when A and B signed a treaty" dates the treaty 1994', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah visited Lomé on Wednesday. Their alliance dates back to 1994, when then-President Jerry Rawlings and then-Togolese President Gnassingbé Eyadéma signed a friendship treaty in Accra.',
      '2024-06-12',
    );
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty?.date).toEqual({ year: 1994, precision: 'YEAR' });
  });
});

describe('agreements: a signing told first without its day, then in the body', () => {
  it('a standfirst\'s "leaders sign accord" and the body\'s "signed an accord" are one signing', () => {
    const { x } = story(
      'Togolese president arrives in Accra; leaders sign accord on fisheries as talks go on.\n\nGhanaian President Kofi Mensah received Togolese President Yao Agbeko in Accra on Wednesday. After the talks Mensah and Agbeko signed an accord on fisheries and trade.',
      '2024-06-14',
    );
    const charters = x.agreements.filter((a) => a.kind === 'AGREEMENT');
    expect(charters).toHaveLength(1);
    expect(charters[0]!.signatories).toEqual(['Kofi Mensah', 'Yao Agbeko']);
  });

  it('a summary\'s undated "ministers have signed a memorandum" and the body\'s dated one are one memorandum', () => {
    const { x } = story(
      'Ghana and Togo postpone summit.\n\nTrade ministers from both countries have signed a memorandum on the fishing port. On Monday, Ghanaian Trade Minister Ama Boateng and Togolese Trade Minister Koffi Dossou met in Accra and signed a memorandum of understanding on the fishing port.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 10 });
  });

  it('a dated memorandum on another field is another document', () => {
    const { x } = story(
      'Ghana and Togo postpone summit.\n\nTrade ministers from both countries have signed a memorandum on fisheries. On Monday, Ghanaian Health Minister Ama Boateng and Togolese Health Minister Koffi Dossou met in Accra and signed a memorandum of understanding on vaccines.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
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

describe('agreements: "the first to sign" has signed', () => {
  it('"Ghana was the first country to sign a fisheries agreement with Togo, in 2009" is a signing of 2009', () => {
    const { x } = story('Ghanaian President Kofi Mensah visited Lomé on Wednesday. Ghana was the first country to sign a fisheries agreement with Togo, in 2009, officials said.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2009, precision: 'YEAR' });
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });

  it('"will be the first to sign" is still a plan', () => {
    const { x } = story('Ghanaian President Kofi Mensah visited Lomé on Wednesday. Ghana will be the first country to sign a fisheries agreement with Togo.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
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

describe('agreements: signatories versus the people of the clause before', () => {
  it('"… held talks with B in Lomé and the two countries signed six agreements" names no person as a signer', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah visited Lomé on Wednesday. His predecessor Jerry Rawlings paid a state visit in 1996, during which he held talks with Togolese President Gnassingbé Eyadéma in Lomé and the two countries signed six agreements.',
      '2024-06-14',
    );
    const six = x.agreements.find((a) => a.documentCount === 6);
    expect(six).toBeDefined();
    expect(six!.signatories).toEqual([]);
    expect(six!.parties).toEqual(['GH', 'TG']);
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
