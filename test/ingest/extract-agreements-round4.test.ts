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
