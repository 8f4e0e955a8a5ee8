/**
 * Specs for the parties of an agreement: the countries a document binds, who
 * "the two countries" and "they" are, and what is no party (private
 * companies, brokers, firms named by nationality). Every story here is made
 * up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';

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

describe('agreements: a broker named after the document is no party', () => {
  it('"a deal with Togo brokered by Nigeria" is between Ghana and Togo', () => {
    const { x } = story('Ghana signed a deal with Togo brokered by Nigeria on Wednesday to end their border dispute.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['GH', 'TG']);
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

describe('agreements: firms named by nationality are neither counterparts nor parties', () => {
  it('"signed contracts with Chinese and Russian firms" is one package, with neither China nor Russia split out', () => {
    const { x } = story('Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Accra on Wednesday. Ghana also signed contracts with Chinese and Russian firms.', '2024-06-14');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).not.toContain('RU');
    expect(x.agreements[0]!.parties).not.toContain('CN');
  });
});

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

describe('agreements: "they" after a sentence that opens with "The three countries"', () => {
  it('are the three parties of the treaty told earlier in the story, however far back', () => {
    const { x } = story(
      [
        'NIAMEY, July 7, 2024 - The leaders of Niger, Chad and Benin signed a treaty creating a customs union of their three countries on Saturday.',
        'The summit was held in the capital under tight security.',
        'Officials said the union would open next year.',
        'Traders welcomed the plan.',
        'Analysts said tariffs would fall.',
        'The opposition did not comment.',
        'The three countries, all of which border Nigeria, announced in January that they would coordinate customs policy.',
        'In March last year, they signed the Sahel Trade Charter, a pact that set up a joint secretariat.',
      ].join(' '),
      '2024-07-07',
    );
    const charter = x.agreements.find((a) => a.date?.year === 2023);
    expect(charter).toBeDefined();
    expect(charter!.parties).toEqual(['BJ', 'NE', 'TD']);
  });
});

describe('agreements: "the treaty that A signed with B"', () => {
  it('has A and B as signatories, and A signs for the side A signed for before', () => {
    const { x } = story(
      'WELLINGTON, May 6, 2024 (AFP) - Prime Minister Chris Luxon and Samoan Prime Minister Fiame Naomi Mataafa signed the Samoa-New Zealand Treaty in Wellington on Monday. The pact is modelled on the fisheries accord that Luxon signed with Fijian Prime Minister Sitiveni Rabuka in March last year.',
      '2024-05-06',
    );
    const accord = x.agreements.find((a) => a.date?.year === 2023);
    expect(accord).toBeDefined();
    expect(accord!.signatories).toEqual(['Chris Luxon', 'Sitiveni Rabuka']);
    expect(accord!.parties).toEqual(['FJ', 'NZ']);
  });
});

describe('agreements: "A signed an agreement with B"', () => {
  it('has B as a signatory too when B is one person', () => {
    const { x } = story(
      'CANBERRA, Dec 9, 2024 (AFP) - Australian Prime Minister Anthony Albanese met Fijian Prime Minister Sitiveni Rabuka in Canberra on Monday. Albanese also signed a policing agreement with Papua New Guinea Prime Minister James Marape a year ago.',
      '2024-12-09',
    );
    const policing = x.agreements.find((a) => a.parties.includes('PG'));
    expect(policing).toBeDefined();
    expect(policing!.signatories).toEqual(['Anthony Albanese', 'James Marape']);
  });
});

describe('agreements: a clause before a colon that names the parties', () => {
  it('"Madrid already has a friendship treaty with Lisbon: the Alvor Treaty was signed in Madrid in May 2019 by A and B" is between Spain and Portugal', () => {
    const { x } = story(
      'BERLIN, Nov 22, 2023 - German Chancellor Hans Weber received Spanish Prime Minister Carlos Ruiz in Berlin on Wednesday. Madrid already has a friendship treaty with Lisbon: the Alvor Treaty was signed in Madrid in May 2019 by Ana Mora, then prime minister, and Portuguese Prime Minister Joao Neves.',
      '2023-11-22',
    );
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty?.parties).toEqual(['ES', 'PT']);
    expect(treaty?.date).toEqual({ year: 2019, month: 5, precision: 'MONTH' });
  });
});
