/**
 * Round 8 specs for agreements, from copy a reader of any news story meets:
 * "the two countries" or "the three countries" told right after a meeting of
 * other sides than the story's pair, dates that belong to the reporting verb,
 * a caption's or standfirst's telling told again in the body, and a document
 * named again by "it". Made-up stories, each stating a behaviour of news copy
 * in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('agreements: who "the two countries" and "the three countries" are', () => {
  it('"… held talks with B in B\'s capital and the two countries signed 12 agreements" are the meeting\'s sides, not the story\'s pair', () => {
    const { x } = story(
      'LIMA, May 10, 2024 - Peruvian President Ana Quispe received Chilean President Tomas Vidal in Lima on Friday. Quispe said ties with Chile were strong. In March, Quispe made a state visit to Brazil, during which she held talks with Brazilian President Joao Martins in Brasilia and the two countries signed 12 agreements.',
      '2024-05-10',
    );
    const pkg = x.agreements.find((a) => a.documentCount === 12);
    expect(pkg).toBeDefined();
    expect(pkg!.parties).toEqual(['BR', 'PE']);
  });
});

describe('agreements: who "the two countries" and "they" are, when people\'s countries are not all told', () => {
  it('a visitor who "held talks with President B in B\'s capital" during a state visit, then "the two countries signed": the host is the country of the visit', () => {
    const { x } = story(
      'LIMA, May 10, 2024 - Peruvian President Ana Quispe received Chilean President Tomas Vidal in Lima on Friday. Quispe said ties with Chile were strong. In March, Quispe made a state visit to Brazil, during which she held talks with President Joao Martins in Brasilia and the two countries signed 12 agreements.',
      '2024-05-10',
    );
    const pkg = x.agreements.find((a) => a.documentCount === 12);
    expect(pkg).toBeDefined();
    expect(pkg!.parties).toEqual(['BR', 'PE']);
  });

  it('"they signed a charter" right after a treaty of three that holds the story\'s pair is signed by the three', () => {
    const { x } = story(
      'NIAMEY, July 7, 2024 - The leaders of Niger, Chad and Benin signed a treaty creating a customs union of their three countries on Saturday. Niger and Chad had long pressed for the union. In March last year, they signed the Sahel Trade Charter, a pact that set up a joint secretariat.',
      '2024-07-07',
    );
    const charter = x.agreements.find((a) => a.date?.year === 2023);
    expect(charter).toBeDefined();
    expect(charter!.parties).toEqual(['BJ', 'NE', 'TD']);
  });
});

describe('agreements: dates that are not the signing\'s', () => {
  it('"has signed a contract …, officials said on Thursday" takes no day from the saying: the body\'s "was signed on Tuesday" is the same contract', () => {
    const { x } = story(
      'NAIROBI, June 13 (Reuters) - Kenya has signed a contract to buy four patrol boats from Turkey, officials in both countries said on Thursday. The contract was signed on Tuesday by Kenyan Defence Minister Amos Kiprono and Turkish Defence Minister Kemal Aksoy in Ankara.',
      '2024-06-13',
    );
    const contracts = x.agreements.filter((a) => a.kind === 'CONTRACT');
    expect(contracts).toHaveLength(1);
    expect(contracts[0]!.date).toMatchObject({ year: 2024, month: 6, day: 11 });
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

describe('agreements: the subject of a clause opened by a conjunction', () => {
  it('"Canberra has tried to … since Fiji signed a pact with China in 2021" has Fiji and China as parties, not the capital before "since"', () => {
    const { x } = story('Canberra has been trying to shore up its position in the Pacific since Fiji signed a secret policing pact with China in 2021, raising fears in Australia.', '2024-05-10');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['CN', 'FJ']);
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
