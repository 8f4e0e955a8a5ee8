/**
 * Specs for the date of a signing: the talks or meeting it was signed at, a
 * when-clause, a time counted from a date told before, and dates that are not
 * the signing's (coming into force, reporting). Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { day } from '../helpers.ts';

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

describe('agreements: the date of a signing in a when-clause', () => {
  it('"ties date back to 1994, when A and B signed a treaty" dates the treaty 1994', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah visited Lomé on Wednesday. Their alliance dates back to 1994, when then-President Jerry Rawlings and then-Togolese President Gnassingbé Eyadéma signed a friendship treaty in Accra.',
      '2024-06-12',
    );
    const treaty = x.agreements.find((a) => a.kind === 'TREATY');
    expect(treaty?.date).toEqual({ year: 1994, precision: 'YEAR' });
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

describe('agreements: a time counted from the date told before', () => {
  it('"In March 2023, … signed a framework agreement. A month later, the two countries signed a fisheries agreement" dates the second to April 2023', () => {
    const { x } = story(
      'LIMA, June 3, 2025 - In March 2023, the trade ministers of Peru and Chile signed a framework agreement in Lima. A month later, the two countries signed a fisheries agreement in Santiago.',
      '2025-06-03',
    );
    expect(x.agreements.find((a) => /fisheries/.test(a.title))?.date).toEqual({ year: 2023, month: 4, precision: 'MONTH' });
  });

  it('"Two years later, they signed a treaty" after a signing in 2015 is dated 2017', () => {
    const { x } = story(
      'LIMA, June 3, 2025 - Peru and Chile signed a memorandum on border crossings in 2015. Two years later, the two countries signed a treaty on the shared aquifer.',
      '2025-06-03',
    );
    expect(x.agreements.find((a) => a.kind === 'TREATY')?.date).toEqual({ year: 2017, precision: 'YEAR' });
  });
});

describe('agreements: a signing tied to the talks of the lead, with no meeting found', () => {
  it('"Following the talks, the two leaders witnessed the exchange of nine documents" takes the lead\'s day', () => {
    const { x } = story(
      'HANOI, May 5, 2025 (Kyodo) - The prime ministers of Japan and Vietnam agreed Monday to step up cooperation on supply chains. Following the talks, the two leaders witnessed the exchange of nine cooperation documents. Separately, officials of the two governments signed a loan agreement for a metro line.',
      '2025-05-05',
    );
    expect(x.agreements.find((a) => a.documentCount === 9)?.date).toEqual(day(2025, 5, 5));
    expect(x.agreements.find((a) => /loan/.test(a.title))?.date).toEqual(day(2025, 5, 5));
  });

  it('a record over time tied to nothing keeps no date: "Over the years, the two countries have signed 40 documents"', () => {
    const { x } = story(
      'HANOI, May 5, 2025 (Kyodo) - The prime ministers of Japan and Vietnam agreed Monday to step up cooperation on supply chains. Following the talks, officials said the two countries have signed 40 documents over the years.',
      '2025-05-05',
    );
    const total = x.agreements.find((a) => a.documentCount === 40);
    expect(total?.date).toBeUndefined();
  });
});

describe('agreements: an undated signing right after dated talks is signed at those talks', () => {
  it('"The two governments signed N agreements" after talks on a weekday takes that day', () => {
    // 2024-06-14 is a Friday; "on Wednesday" is 2024-06-12.
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two governments signed four agreements on energy and customs.',
      '2024-06-14',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.date).toEqual({ year: 2024, month: 6, day: 12, precision: 'DAY' });
  });

  it('a record of signings over time ("have signed … over the years") is not dated by the talks', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeko in Lomé on Wednesday. The two countries have signed dozens of agreements over the years.',
      '2024-06-14',
    );
    expect(x.agreements.filter((a) => a.date?.day === 12)).toHaveLength(0);
  });
});

describe('agreements: a signing set against a meal of the visit takes the day of the meal', () => {
  it('"Before the dinner, A and B signed two documents" is dated to the day the dinner was held, not the day it was once planned for', () => {
    const { x } = story(
      [
        'OSLO — Erik Dahl and Sofia Lind spent three hours together on Wednesday evening.',
        'The Swedish prime minister was received by the Norwegian prime minister at the Akershus Fortress for a working dinner.',
        'Swedish Foreign Minister Karin Holm and Norway\'s foreign minister, Jonas Berg, also took part in the dinner.',
        "Lind's visit had originally been planned for April 2 but was postponed.",
        'Before the dinner, Holm and Berg signed two documents: a memorandum on fisheries and an agreement on border rail links.',
      ].join(' '),
      '2025-05-14',
    );
    const pair = x.agreements.find((a) => a.documentCount === 2);
    expect(pair?.date).toEqual(day(2025, 5, 14));
  });
});
