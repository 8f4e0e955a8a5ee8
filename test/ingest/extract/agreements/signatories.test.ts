/**
 * Specs for who signed: signers named after a place and a date, "the two
 * ministers", signatories versus witnesses and the people of the clause
 * before, leaders who sealed a deal that ministers signed. Every story here is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { day } from '../helpers.ts';

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

describe('agreements: the subject of a clause opened by a conjunction', () => {
  it('"Canberra has tried to … since Fiji signed a pact with China in 2021" has Fiji and China as parties, not the capital before "since"', () => {
    const { x } = story('Canberra has been trying to shore up its position in the Pacific since Fiji signed a secret policing pact with China in 2021, raising fears in Australia.', '2024-05-10');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['CN', 'FJ']);
  });
});

describe('agreements: "witnessed the signing of X, which was signed by A and B"', () => {
  it('has A and B as signatories, not the witnesses', () => {
    const { x } = story(
      'CAIRO, Aug 14, 2024 (MENA) - The two presidents then witnessed the signing of a health cooperation protocol between Egypt and Kenya, which was signed by Egyptian Health Minister Khaled Abdel Ghaffar and Kenyan Health Minister Susan Nakhumicha.',
      '2024-08-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Khaled Abdel Ghaffar', 'Susan Nakhumicha']);
  });
});

describe('agreements: "welcomed the signing of X, which A and B signed"', () => {
  it('has A and B as signatories', () => {
    const { x } = story(
      'DOHA, May 20, 2024 - Qatar and Kenya issued a joint statement on Monday. The two sides welcomed the signing earlier this month of a memorandum of understanding on labour mobility, which Qatari Labour Minister Ali bin Samikh Al Marri and Kenyan Labour Minister Alfred Mutua signed in Nairobi.',
      '2024-05-20',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories).toEqual(['Ali bin Samikh Al Marri', 'Alfred Mutua']);
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
