/**
 * Specs for whether two mentions are one signing or two: a signing told again
 * in the body, "Separately", "in a separate ceremony", "In addition", a later
 * definite mention that names another document. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { day } from '../helpers.ts';

describe('agreements: a counted signing told again in the body is one signing', () => {
  it('the lead and a later sentence with the same count and no other party give one package', () => {
    const { x } = story(
      "Togo's President Yao Agbeko has signed three agreements with Ghanaian President Kofi Mensah during a visit to Accra. Mensah hosted Agbeko at Jubilee House on Wednesday, where the pair signed three agreements aimed at cheaper power and faster border crossings.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(3);
    expect(x.agreements[0]!.sources).toHaveLength(2);
  });

  it('"three other agreements" is another set, not the same one told again', () => {
    const { x } = story(
      "Togo's President Yao Agbeko has signed three agreements with Ghanaian President Kofi Mensah during a visit to Accra. Mensah hosted Agbeko at Jubilee House on Wednesday, where the pair signed three agreements on power. Their energy ministers signed three other agreements on Wednesday.",
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
  });

  it('documents told next with "then signed" are the items of the counted group', () => {
    const { x } = story(
      'Ghana and Togo signed two agreements on Wednesday during a visit to Lomé by President Kofi Mensah. Mensah hosted a dinner for the delegations. The ministers then signed an agreement on a power line and a protocol on border markets.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(2);
  });
});

describe('agreements: more ways to tell the same occasion and its signers', () => {
  it('"In addition, the ministry signed a contract" is signed on the day of the signing before', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two governments then signed five memoranda of understanding. In addition, the Ghanaian defence ministry signed a contract with a Togolese shipyard, with the first patrol boat to be delivered in 2027.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    expect(x.agreements[1]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
  });

  it('"signed at PLACE on DATE, YEAR, by A and B": commas around the date keep the signers', () => {
    const { x } = story(
      'The two countries made peace under the Volta Accord, signed at the Osu Castle on September 15, 1994, by President Jerry Rawlings of Ghana and President Gnassingbé Eyadéma of Togo.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Jerry Rawlings', 'Gnassingbé Eyadéma']);
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

describe('agreements: one signing told twice', () => {
  it('a standfirst\'s "Leaders sign pact at summit" is the treaty the body says they signed', () => {
    const { x } = story(
      'Andean leaders seal border treaty\n\nLeaders of Bolivia and Ecuador sign pact at their first joint summit in La Paz.\n\nThe presidents of Bolivia and Ecuador have signed a treaty settling their river border. At the end of the summit on Saturday, the two presidents signed the treaty on the border rivers, which commits both to joint patrols.',
      '2024-07-08',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('TREATY');
  });

  it('"The X treaty was signed on Monday afternoon", after "signed a defence treaty" dated to Monday\'s talks, is the same treaty', () => {
    const { x } = story(
      'WELLINGTON, March 4, 2024 - New Zealand Prime Minister Mere Tane hosted Fijian Prime Minister Josefa Ratu at Parliament in Wellington on Monday, where the two leaders signed a defence treaty. The Vuvale treaty was signed on Monday afternoon after the leaders held talks over lunch.',
      '2024-03-04',
    );
    expect(x.agreements.filter((a) => a.kind === 'TREATY')).toHaveLength(1);
  });

  it('a caption\'s "A and B sign a security agreement in C on May 31", set after the body, is the agreement the body told', () => {
    const { x } = story(
      'Polish President Jan Nowak and Lithuanian President Rasa Vaitkute signed a security agreement on May 31 in Riga, on the sidelines of a Baltic summit.\n\nThe two leaders held talks before the signing.\n\nPolish President Jan Nowak and Lithuanian President Rasa Vaitkute sign a security agreement in Riga, Latvia, on May 31, 2024. (Photo: Presidential Office)',
      '2024-06-01',
    );
    expect(x.agreements).toHaveLength(1);
  });

  it('a caption\'s "witness the signing of MoUs … on Monday" is the eight memoranda the body counted that day', () => {
    const { x } = story(
      'DHAKA: Bangladesh and Nepal on Monday signed eight memoranda of understanding (MoUs), as Nepalese Prime Minister Hari Thapa began a three-day visit.\n\nThe MoUs cover trade, power and transit.\n\nThapa later called on President Abdul Karim.\n\nThe two countries have long discussed power trade.\n\nPrime Minister Rahim Uddin and Nepalese Prime Minister Hari Thapa witness the signing of MoUs at the PM Office in Dhaka on Monday. — PID',
      '2024-04-23',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(8);
  });

  it('a lead\'s uncounted "signed agreements" counted two sentences later ("signed five agreements") is one package of five', () => {
    const { x } = story(
      'ACCRA, May 6, 2024 - Ghana and Togo signed agreements on Monday as Togolese President Yao Agbeko visited Accra. Agbeko held talks with Ghanaian President Kofi Mensah. Ministers of the two countries signed five agreements, on trade, energy and roads.',
      '2024-05-06',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(5);
  });
});

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
