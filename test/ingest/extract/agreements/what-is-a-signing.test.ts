/**
 * Specs for which mentions are a signing at all: denials, headlines, concluded
 * negotiations, reports someone denies, passives of a readout, "the first to
 * sign", asides between the noun and "was signed". Every story here is made
 * up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';

describe('agreements: a signing denied through its subject or a longer negation is no signing', () => {
  it('"No LNG supply agreement was signed" records nothing', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. No LNG supply agreement was signed.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });

  it('"the two governments set out the plan in a joint statement, but no agreement has been signed" records nothing', () => {
    const { x } = story('Ghana and Togo set out the plan in a joint statement, but no agreement has been signed.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });

  it('"The memorandum has not yet been signed" records nothing', () => {
    const { x } = story('Ghana and Togo drafted a memorandum on power trading in May. The memorandum has not yet been signed.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: negotiations that were concluded are not a signing', () => {
  it('"whose negotiations were concluded in 2019" is no signing in 2019', () => {
    const { x } = story('Ghana and Togo want the ECOWAS-Morocco trade agreement, whose negotiations were concluded in 2019, to enter into force.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });

  it('"concluded negotiations on an investment agreement" is no signing', () => {
    const { x } = story('Ghana and Togo concluded negotiations on an investment protection agreement on Wednesday.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: a headline line tells no signing', () => {
  it('the title of a linked story ("Ghana and Togo sign fisheries deal") is no signing of this one', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday.\n\nGhana and Togo sign fisheries deal\n', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: what is not a signing', () => {
  it('"reached an agreement" tells a deal agreed, not a document signed', () => {
    const { x } = story('Ghana and Togo reached an agreement on Wednesday to reopen their border crossings.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });

  it('a bare "sign" joined by "and" to a verb after "would" is planned', () => {
    const { x } = story('Mensah said Ghanaian President Kofi Mensah and Togolese President Yao Agbeko would travel to Lomé next month and sign a final accord.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });

  it('"any signed agreement" names no signing', () => {
    const { x } = story('The ceasefire that Ghana and Togo agreed in May has not been written into any signed agreement.', '2024-06-14');
    expect(x.agreements).toHaveLength(0);
  });
});

describe('agreements: an aside between the noun and "was signed" does not hide the signing', () => {
  it('"Two memorandums of understanding, on A and on B, were also signed" is another package of the same day', () => {
    const { x } = story(
      'Ghana and Togo on Wednesday signed an agreement to build a bridge over the Volta. Two memorandums of understanding, on fisheries and on customs, were also signed by officials from both sides.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    const pair = x.agreements.find((a) => a.kind === 'PACKAGE');
    expect(pair?.documentCount).toBe(2);
    expect(pair?.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });

  it('"The Union, a treaty under which …, was signed in May 1994" dates the treaty', () => {
    const { x } = story(
      "The Lagoon Union, a treaty under which Ghana commits to come to Togo's aid in the event of a flood, drought or attack, was signed in Lomé in May 1994 by then-President Jerry Rawlings of Ghana and President Gnassingbé Eyadéma of Togo.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toMatchObject({ year: 1994, month: 5 });
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });

  it('"The contract, the country\'s largest export deal, was signed by A and B" is one contract signed by them', () => {
    const { x } = story(
      "Ghana's state-owned Volta River Authority signed a contract with Togo's national power company on Wednesday. The contract, Ghana's largest-ever power export deal, was signed by Ghanaian Energy Minister Ama Boateng and Togolese Energy Minister Koffi Dossou.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
  });
});

describe('agreements: a long "on …" complement before ", signed in" keeps the signing', () => {
  it('"The 1994 agreement on the management of fishing grounds along the shared coast, signed in Lomé, …" is dated 1994', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. The 1994 agreement on the joint management of fishing grounds along the shared coast, signed in Lomé during a state visit, remains the basis of their maritime ties, officials said.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toMatchObject({ year: 1994 });
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });
});

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

describe('agreements: a signing hoped for is none', () => {
  it('"officials hope the agreement can be signed" tells no signing', () => {
    const { x } = story('SUVA, June 3, 2025 - Fijian Prime Minister Joeli Tora met New Zealand Prime Minister Anna Reid in Suva on Tuesday. Reid will travel to Wellington later this year, when officials hope the agreement can be signed.', '2025-06-03');
    expect(x.agreements).toEqual([]);
  });
});
