/**
 * Round 6 specs for agreements: which mention is a signing, which signings
 * are one, who the parties are and which date is the signing's. Made-up
 * stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

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

describe('agreements: the lead signing told again with its day is one signing', () => {
  it('"signed a defence treaty" then "The Lagoon Treaty was signed on Wednesday" give one treaty dated Wednesday', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah hosted Togolese President Yao Agbeko in Accra, where the two leaders signed a defence treaty. The Lagoon Treaty was signed on Wednesday after talks over lunch.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });

  it('a treaty of the same kind dated years back is another document', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah hosted Togolese President Yao Agbeko in Accra, where the two leaders signed a defence treaty. The Lagoon Treaty was signed in 1994 by their predecessors.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
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

describe('agreements: a signing "after the talks" is dated by the talks', () => {
  it('the talks told with that noun date it, not a meeting told in between', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko at Jubilee House in Accra on Wednesday. Agbeko had met Ghanaian Foreign Minister Ama Boateng on Tuesday evening. After the talks, the two governments signed three memoranda of understanding on fisheries, customs and roads.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });
});

describe('agreements: "Separately, … signed" is another document of the signing just told', () => {
  it('takes the day of that signing, not of a meeting told in between', () => {
    const { x } = story(
      "Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko at Jubilee House in Accra on Wednesday. After the talks, the two governments signed three memoranda of understanding on fisheries, customs and roads. Agbeko had met Ghanaian Foreign Minister Ama Boateng on Tuesday evening. Separately, Ghana's state-owned Volta River Authority and Togo's national power company signed a deal on electricity exports.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    expect(x.agreements[1]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });
});

describe('agreements: "in a separate ceremony" tells another signing', () => {
  it('a deal signed in a separate ceremony is not one of the counted memoranda told before', () => {
    const { x } = story(
      "Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. Ministers of the two governments signed five memorandums of understanding in the presence of the two presidents. In a separate ceremony, Ghana's state-run Volta River Authority and Togo's state-owned power company signed a $1.2 billion deal to build a power line.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    const deal = x.agreements.find((a) => a.kind !== 'PACKAGE');
    expect(deal?.valueUsd).toBe(1_200_000_000);
    expect(deal?.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });
});

describe('agreements: "the two ministers signed" points back to the two sides of the signing just told', () => {
  it('they are the signers of the deal before, not the host of the talks', () => {
    const { x } = story(
      'U.S. Secretary of State John Carter hosted Ghanaian Foreign Minister Ama Boateng and Togolese Foreign Minister Koffi Dossou for talks in Washington on Wednesday. Boateng and Dossou then signed a border agreement. The deal builds on a declaration the two ministers signed in Accra in April.',
      '2024-06-14',
    );
    const declaration = x.agreements.find((a) => a.date?.month === 4);
    expect(declaration?.parties).toEqual(['GH', 'TG']);
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

describe('agreements: a deal of private companies has no state parties', () => {
  const talks = 'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. ';

  it('"the two presidents watched as executives of X, Ghana\'s low-cost carrier, signed a deal" has no parties', () => {
    const { x } = story(`${talks}After the talks, the two presidents watched as executives of Sika Air, Ghana's low-cost carrier, signed a $2 billion deal to buy 20 jetliners.`, '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual([]);
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });

  it('state-owned companies sign for their states', () => {
    const { x } = story(`${talks}After the talks, Ghana's state-owned power company and Togo's national power company signed a deal on electricity exports.`, '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });
});

describe('agreements: "the two countries" of a host with two guests are the two guests the story is about', () => {
  it('the host of the talks is not one of "the two countries" that signed', () => {
    const { x } = story(
      "ABUJA — Ghana and Togo agreed to reopen their border on Wednesday after talks in Nigeria. Nigerian President Bola Adeyemi hosted Ghana's President Kofi Mensah and Togolese President Yao Agbeko at the State House in Abuja for three hours of talks. Ghana accuses Togo of moving boundary markers, and Togo denies it. The two countries signed a border protocol in 1994, but parts of the line were never marked.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
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

describe('agreements: a broker named after the document is no party', () => {
  it('"a deal with Togo brokered by Nigeria" is between Ghana and Togo', () => {
    const { x } = story('Ghana signed a deal with Togo brokered by Nigeria on Wednesday to end their border dispute.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
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

describe('agreements: the countries a document binds are its parties', () => {
  it('"signed the Coast Declaration, committing Ghana and Togo to …" is between Ghana and Togo', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Nigerian President Bola Adeyemi in Abuja on Wednesday. Last week, Mensah and Agbeko signed the Coast Declaration, committing Ghana and Togo to patrol their waters together.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });
});

describe('agreements: which date mention is the signing\'s', () => {
  const talks = 'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. ';

  it('a date inside a relative clause set off by commas is that clause\'s', () => {
    const { x } = story(`${talks}Ghana and Togo, which established ties in 1960, signed a trade pact on Wednesday.`, '2024-06-14');
    expect(x.agreements[0]!.date).toMatchObject({ year: 2024, month: 6, day: 12 });
  });

  it('a year right before another document ("replaces a 1994 protocol") is that document\'s', () => {
    const { x } = story(`${talks}The two countries signed an agreement on fisheries that replaces a 1994 protocol.`, '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date?.year).toBe(2024);
  });

  it('a relative clause that holds the signing keeps its date', () => {
    const { x } = story('The Lagoon Treaty, which was signed in 1994, governs the shared coast of Ghana and Togo.', '2024-06-14');
    expect(x.agreements[0]!.date).toMatchObject({ year: 1994 });
  });
});

describe('agreements: signatories versus witnesses', () => {
  const talks = 'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. ';

  it('"X witnessed the signing of the deal by A and B": A and B signed, X\'s country is no party', () => {
    const { x } = story(`${talks}Nigerian President Bola Adeyemi witnessed the signing of the peace deal by Mensah and Agbeko.`, '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Kofi Mensah', 'Yao Agbeko']);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });

  it('a fronted "In the presence of A and B," names witnesses, not signatories', () => {
    const { x } = story(`${talks}In the presence of Mensah and Agbeko, ministers signed 14 agreements.`, '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual([]);
  });
});

describe('agreements: firms named by nationality are neither counterparts nor parties', () => {
  it('"signed contracts with Chinese and Russian firms" is one package, with neither China nor Russia split out', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. Ghana also signed contracts with Chinese and Russian firms.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).not.toContain('RU');
    expect(x.agreements[0]!.parties).not.toContain('CN');
  });
});
