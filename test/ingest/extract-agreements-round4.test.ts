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
