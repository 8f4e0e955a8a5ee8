/**
 * Specs for the general extraction rules, on short made-up stories: name
 * variants, references to people without their name, the place and date of a
 * meeting, and the many ways a signing is told.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });

describe('people: forms of one name', () => {
  it('a later form that is the tail of the full name, written without "ø", is the same person', () => {
    const { x } = story('Former Prime Minister Søren Ødegaard Nielsen criticised the plan on Monday. Odegaard Nielsen wrote that it was a mistake.', '2023-05-10');
    expect(x.people.filter((p) => /nielsen/i.test(p.name))).toHaveLength(1);
  });

  it('a lone given name after an honorific is the person named in full before', () => {
    const { x } = story('Omani Sultan Haitham bin Tarik met Jordanian King Abdullah II in Muscat on Monday. Sultan Haitham said ties were strong.', '2023-05-10');
    expect(x.people.filter((p) => /haitham/i.test(p.name)).map((p) => p.name)).toEqual(['Haitham bin Tarik']);
  });

  it('an honorific after an office is not part of the title; inside a name it is part of the name', () => {
    const { x } = story('Kuwaiti Foreign Minister Sheikh Salem Al Sabah met Somali Prime Minister Ali Sheikh Abdi in Kuwait City on Monday.', '2023-05-10');
    expect(person(x, 'Salem Al Sabah')?.roles.map((r) => r.title)).toEqual(['Foreign Minister']);
    expect(person(x, 'Ali Sheikh Abdi')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });

  it('several joining words stay inside a name', () => {
    const { x } = story('Ecuadorian Foreign Minister Ana María de la Torre met Peruvian Foreign Minister Javier Paredes in Quito on Monday.', '2023-05-10');
    expect(person(x, 'Ana María de la Torre')).toBeDefined();
  });

  it('a family name written first is how later sentences name the person ("Li" of "Li Qiang")', () => {
    const { x } = story('Chinese Premier Li Qiang arrived in Singapore on Sunday. On Monday, Li held talks with Singaporean Prime Minister Lawrence Wong.', '2024-05-08');
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['lawrence wong', 'li qiang']);
  });

  it('a surname two people share goes to the person the story introduced first', () => {
    const { x } = story(
      'Zambian President Daniel Banda met Malawian President Peter Phiri in Lusaka on Monday. The late Joseph Banda, the president’s grandfather, led the independence movement. Phiri and Banda signed two agreements on trade.',
      '2023-05-10',
    );
    expect(x.agreements[0]!.signatories.sort()).toEqual(['Daniel Banda', 'Peter Phiri']);
  });
});

describe('meetings: who took part when the text does not repeat the name', () => {
  it('"him" is the person the sentence before is about', () => {
    const { x } = story('Mr Rutte thanked Chilean President Marta Soto on Monday. Mr Soto, a former judge, takes office in June. Dutch Prime Minister Mark Rutte spoke with him by phone in April.', '2024-05-08');
    const call = x.meetings.find((m) => m.kind === 'PHONE_CALL');
    expect(call).toBeDefined();
    expect(names(call!.participants)).toEqual(['mark rutte', 'marta soto']);
  });

  it('"he" after a description of a person is that person ("the Ghanaian leader …, where he met …")', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah arrived in Lome on Monday. The Ghanaian leader later flew to Niamey, where he met Nigerien President Amadou Issa.',
      '2023-05-10',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['amadou issa', 'kofi mensah']);
  });

  it('"the two leaders" are the pair of the meeting told before', () => {
    const { x } = story(
      'Irish Prime Minister Sean Byrne held talks with Portuguese Prime Minister Rui Costa in Lisbon on Monday. The two leaders met at the Sao Bento Palace, a spokesman, Tiago Neves, said.',
      '2023-05-10',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['rui costa', 'sean byrne']);
  });

  it('a speaker who reports that two others will meet is not a participant', () => {
    const { x } = story('Chancellor Karl Weber said the finance ministers, Lena Horn and Pierre Dubois, would meet in Vienna next month.', '2023-05-10');
    expect(names(x.meetings[0]!.participants)).toEqual(['lena horn', 'pierre dubois']);
  });

  it('a visit with nobody named to meet is no meeting', () => {
    const { x } = story('Former President Carlos Reyes made a state visit to Lima in 2015.', '2023-05-10');
    expect(x.meetings).toHaveLength(0);
  });

  it('a signing alone is no meeting', () => {
    const { x } = story('Estonian President Alar Kask and Latvian President Ivars Berzins signed a border treaty in June 2019.', '2023-05-10');
    expect(x.meetings).toHaveLength(0);
    expect(x.agreements).toHaveLength(1);
  });

  it('"a meeting of G20 finance ministers" is a gathering, not a meeting of the people in the sentence', () => {
    const { x } = story('Swiss Finance Minister Anna Keller, who skipped a meeting of G20 finance ministers in Rome last week, did not travel with President Peter Graf.', '2023-05-10');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('meetings: status, place and date', () => {
  it('an accepted invitation to visit is a planned meeting', () => {
    const { x } = story('Jordanian King Abdullah II met Chilean President Marta Soto in Amman on Monday. Soto accepted an invitation from the king to visit Santiago next year.', '2023-05-10');
    const planned = x.meetings.find((m) => m.status === 'PLANNED');
    expect(planned).toMatchObject({ city: 'Santiago', date: { year: 2024, precision: 'YEAR' } });
    expect(names(planned!.participants)).toEqual(['abdullah ii', 'marta soto']);
  });

  it('the date of the cancelling is not the date of the cancelled meeting', () => {
    const { x } = story(
      'Brazilian President Paulo Souza on Monday called off a planned visit to Chile. Souza had been scheduled to hold talks with Chilean President Marta Soto in Santiago on July 2.',
      '2023-06-20',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Santiago', date: day(2023, 7, 2) });
  });

  it('a phone call has no city, whatever place the sentence names', () => {
    const { x } = story('Polish President Jan Nowak held a phone call with Czech President Petr Novak on Monday, ahead of elections in Prague later this month.', '2023-05-10');
    expect(x.meetings[0]).toMatchObject({ kind: 'PHONE_CALL', date: day(2023, 5, 8) });
    expect(x.meetings[0]!.city).toBeUndefined();
  });

  it('"X and Y, known as Z, spoke" is the call told in the sentence before, and dates it', () => {
    const { x } = story(
      'Dutch Prime Minister Mark Rutte held a farewell video call with Chilean President Marta Soto. Mr Rutte and Ms Soto, widely known as La Jueza, spoke for 30 minutes on Monday.',
      '2024-05-08',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ kind: 'VIDEO_CALL', date: day(2024, 5, 6) });
  });

  it('the city comes from "the <demonym> capital" or from the dateline', () => {
    const fromCapital = story('Peruvian President Ana Quispe received Bolivian President Luis Arce at the Government Palace in the heart of the Peruvian capital on Monday.', '2023-05-10').x;
    expect(fromCapital.meetings[0]).toMatchObject({ city: 'Lima', countryCode: 'PE' });
    const fromDateline = story('QUITO, May 9 (Reuters) - President Daniel Noboa hosted Colombian President Gustavo Petro in the Carondelet Palace on Monday.', '2023-05-10').x;
    expect(fromDateline.meetings[0]).toMatchObject({ city: 'Quito', countryCode: 'EC' });
  });

  it('a city the sentence names decides the country, and a city missing from the catalog is still the place', () => {
    const { x } = story('The king toured Rwanda and Ethiopia, where King Letsie III met Prime Minister Abiy Ahmed in Addis Ababa last month. Letsie III also met Japanese Prime Minister Taro Aso in Nagoya in May.', '2023-06-10');
    expect(x.meetings[0]).toMatchObject({ city: 'Addis Ababa', countryCode: 'ET' });
    expect(x.meetings[1]).toMatchObject({ city: 'Nagoya' });
  });

  it('a seat of government names a default city, and a city the sentence names wins', () => {
    const { x } = story('Ugandan President Yoweri Museveni hosted Rwandan President Paul Kagame at State House in Kampala on Monday.', '2023-05-10');
    expect(x.meetings[0]).toMatchObject({ city: 'Kampala', countryCode: 'UG' });
  });

  it('a date in a "since" clause dates something else', () => {
    const { x } = story(
      'Irish Prime Minister Sean Byrne held talks with Portuguese Prime Minister Rui Costa in Lisbon on Monday. It was the first meeting between the two leaders since Costa took office in March.',
      '2023-05-10',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual(day(2023, 5, 8));
  });
});

describe('dates: durations, future in the past, spans', () => {
  it('a duration is not a date', () => {
    expect(findDates('The two leaders met for about 90 minutes.', '2023-03-21')).toEqual([]);
  });

  it('"had been scheduled to … on Sept. 2" looks ahead from the story', () => {
    expect(findDates('He had been scheduled to hold talks on Sept. 2.', '2019-08-21')[0]?.date).toEqual(day(2019, 9, 2));
  });

  it('"over the past two decades" and "since establishing relations in 1974" are spans', () => {
    expect(findDates('They signed 80 agreements over the past two decades.', '2024-09-23')[0]?.span).toEqual({ fromYear: 2004, toYear: 2024 });
    expect(findDates('They signed 100 agreements since establishing diplomatic relations in 1974.', '2023-04-14')[0]?.span).toEqual({ fromYear: 1974, toYear: 2023 });
  });
});

describe('agreements: how a signing is told', () => {
  it('two documents signed in one sentence, each with its own year', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Accra on Monday. The ministers said they would revive a fisheries agreement signed in 2004 and a general agreement on trade and investment signed in 1997.',
      '2023-05-10',
    );
    expect(x.agreements.map((a) => a.date?.year).sort()).toEqual([1997, 2004]);
    for (const a of x.agreements) expect(a.parties).toEqual(['GH', 'TG']);
  });

  it('the subject of a relative clause signs; a broker does not', () => {
    const { x } = story('The talks followed the Qatar-brokered agreement that Rwanda and Congo signed in Doha on June 27.', '2025-07-10');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ parties: ['CG', 'RW'], date: day(2025, 6, 27) });
  });

  it('a place is not a party; the partner after "with" is', () => {
    const { x } = story('France has kept troops in Senegal since 1960 under a defence agreement with Ivory Coast signed in 1961.', '2023-05-10');
    expect(x.agreements[0]!.parties).toEqual(['CI', 'FR']);
  });

  it('countries in the name of the agreement are its parties', () => {
    const { x } = story('The leaders praised the Chile-Peru-Colombia Agreement, which the three countries signed in 2012.', '2023-05-10');
    expect(x.agreements[0]).toMatchObject({ parties: ['CL', 'CO', 'PE'], date: { year: 2012, precision: 'YEAR' } });
  });

  it('"a framework the two countries signed" after an appositive is the pair of the story', () => {
    const { x } = story(
      'Irish Prime Minister Sean Byrne held talks with Portuguese Prime Minister Rui Costa in Lisbon on Monday. The deal builds on the Atlantic Treaty, a framework the two countries signed in 2006.',
      '2023-05-10',
    );
    expect(x.agreements[0]).toMatchObject({ kind: 'TREATY', parties: ['IE', 'PT'], date: { year: 2006, precision: 'YEAR' } });
  });

  it('"Officials then signed" takes the date of the meeting just told', () => {
    const { x } = story(
      'Irish Prime Minister Sean Byrne held talks with Portuguese Prime Minister Rui Costa in Lisbon on Monday. Officials from both sides then signed four memorandums of understanding on energy and ports.',
      '2023-05-10',
    );
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 4, date: day(2023, 5, 8), parties: ['IE', 'PT'], meetingIndex: 0 });
  });

  it('a sentence detailing the package adds no agreement; "the agreements were signed by" completes it', () => {
    const { x } = story(
      'Ghana and Togo signed five agreements on Monday. The agreements were signed by the two foreign ministers. Among the documents, the energy ministries signed an MOU on power lines.',
      '2023-05-10',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ documentCount: 5 });
    expect(x.agreements[0]!.sources).toHaveLength(2);
  });

  it('a signing still to come is no agreement', () => {
    const { x } = story('Portugal and Ireland finalised a treaty on fisheries, which would be signed during a visit in June.', '2023-05-10');
    expect(x.agreements).toHaveLength(0);
  });

  it('"the "…" treaty" with quoted words points back to the treaty already told', () => {
    const { x } = story('Estonia and Latvia signed a treaty on Monday. The leaders then posed with the "comprehensive partnership" treaty.', '2023-05-10');
    expect(x.agreements).toHaveLength(1);
  });
});
