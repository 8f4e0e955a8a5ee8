/**
 * Specs for agreements as wire copy from many regions tells them: counts
 * written as words right after a signing verb, signatories named after a
 * place and a date, instruments named by other nouns. Made-up stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

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

describe('agreements: "signed in PLACE in DATE by A and B" names who signed', () => {
  it('the people after "by" are the signatories, and their countries the parties', () => {
    const { x } = story(
      'The two neighbours are bound by the Lakeshore Treaty, signed in Accra in May 1994 by then-President Jerry Rawlings of Ghana and President Gnassingbé Eyadéma of Togo.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Jerry Rawlings', 'Gnassingbé Eyadéma']);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
  });

  it('a third country among the signers after "by" is a party too', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The road corridor rests on a protocol signed in Cotonou in 2001 by then-presidents Jerry Rawlings of Ghana, Gnassingbé Eyadéma of Togo and Mathieu Kérékou of Benin.',
      '2024-06-14',
    );
    const old = x.agreements.find((a) => a.date?.year === 2001);
    expect(old?.parties).toEqual(['BJ', 'GH', 'TG']);
  });

  it('a mediator named after "after mediation by" did not sign', () => {
    const { x } = story(
      'The dispute ended with the 1986 Treaty of Peace, signed in Geneva by foreign ministers Ama Boateng of Ghana and Koffi Dossou of Togo after mediation by Secretary-General Javier Pérez de Cuéllar.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ama Boateng', 'Koffi Dossou']);
  });
});

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

describe('agreements: an undated signing of the same occasion takes the day of the signing before it', () => {
  it('"Separately, the agency signed a loan agreement" after a package signed at dated talks is signed that day', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two governments then signed three agreements on energy and customs. Separately, the Ghana Export Bank signed a loan agreement with the Togolese finance ministry.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(2);
    expect(x.agreements[1]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
  });

  it('"Following the session, … witnessed the signing" finds talks told a few sentences before', () => {
    const { x } = story(
      'President Kofi Mensah of Ghana received President Yao Agbeko of Togo at Jubilee House on Wednesday. The two leaders then held talks. Mensah praised the ties between the two countries. Agbeko thanked his host. Following the session, the two leaders witnessed the signing of four memoranda of understanding.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
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

describe('agreements: a meeting with no day of its own does not hide the dated talks before', () => {
  it('"Following the meeting, the ministers signed …" takes the day of the leaders\' talks told before', () => {
    // 2024-06-14 is a Friday; "on Thursday" is 2024-06-13.
    const { x } = story(
      'President Kofi Mensah of Ghana received President Yao Agbeko of Togo at Jubilee House on Thursday, with the two leaders agreeing to speed up talks on the border. After a tete-a-tete, Mensah and Agbeko held an expanded bilateral meeting attended by ministers of both countries. "We agreed that the talks must be concluded soon," Mensah told a joint press statement. Agbeko, who is on a three-day state visit to Ghana, said Togo wanted closer ties. Following the meeting, Foreign Minister Ama Boateng and Togo\'s Deputy Prime Minister and Foreign Minister Koffi Dossou signed two memoranda of understanding.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 6, day: 13, precision: 'DAY' });
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

describe('agreements: a named set of accords is one instrument', () => {
  it('"the Volta Accords, signed … by A and B" is one agreement, not an uncounted package', () => {
    const { x } = story('Ghana and Togo made peace under the Volta Accords, signed in Geneva in 1994 by President Jerry Rawlings of Ghana and President Gnassingbé Eyadéma of Togo.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.kind).toBe('AGREEMENT');
    expect(x.agreements[0]!.documentCount).toBe(1);
  });
});
