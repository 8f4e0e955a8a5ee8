/**
 * Round 9 specs for agreements, from copy a reader of any news story meets:
 * totals since an event dated to the day, and other patterns of wire copy.
 * Made-up stories, each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { story } from './fixtures.ts';

describe('agreements: totals since an event dated to the day', () => {
  it('"Since ties were established on March 4, 1972, the two countries have signed more than 150 agreements" is a span from 1972 to the publication year', () => {
    const { x } = story(
      'ACCRA, June 12, 2024 - Ghanaian President Kofi Mensah received Peruvian President Ana Quispe in Accra on Tuesday. Since diplomatic relations were established on March 4, 1972, Ghana and Peru have signed more than 150 agreements.',
      '2024-06-12',
    );
    const total = x.agreements.find((a) => a.documentCount === 150);
    expect(total).toBeDefined();
    expect(total!.date).toBeUndefined();
    expect(total!.span).toEqual({ fromYear: 1972, toYear: 2024 });
    expect(total!.documentCountApproximate).toBe(true);
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

describe('agreements: uncounted documents told by their fields', () => {
  it('"also signed memoranda of understanding in the fields of tourism and water management" are two memoranda, one per field', () => {
    const { x } = story(
      'CAIRO, March 6, 2024 - Egyptian President Abdel Fattah El Sisi received Kenyan President William Ruto in Cairo on Wednesday. The two sides also signed memoranda of understanding in the fields of tourism and water management.',
      '2024-03-06',
    );
    const memoranda = x.agreements.filter((a) => a.kind === 'MEMORANDUM');
    expect(memoranda).toHaveLength(2);
    expect(memoranda.map((a) => a.topics)).toEqual([['tourism'], ['water management']]);
    expect(memoranda.every((a) => a.documentCount === 1)).toBe(true);
  });

  it('a counted group with its fields stays one package: "signed three memoranda on trade, health and culture"', () => {
    const { x } = story('CAIRO, March 6, 2024 - Egypt and Kenya signed three memoranda on trade, health and culture on Wednesday.', '2024-03-06');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.documentCount).toBe(3);
  });
});

describe('agreements: the date a document came into force is not when it was signed', () => {
  it('"… during which the two sides signed the Trade Agreement, which took effect in May 2021" is dated by the talks', () => {
    const { x } = story(
      'HAVANA, Sept 27, 2024 - During his official visit to Laos in October 2019, Cuban President Miguel Díaz-Canel held talks with Lao President Bounnhang Vorachith in Vientiane, during which the two sides signed the Laos-Cuba Trade Agreement, which took effect in May 2021.',
      '2024-09-27',
    );
    const trade = x.agreements.find((a) => a.topics.includes('trade'));
    expect(trade).toBeDefined();
    expect(trade!.date).toEqual({ year: 2019, month: 10, precision: 'MONTH' });
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
