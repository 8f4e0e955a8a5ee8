/**
 * Specs for who is a person, what their titles are and who a later reference
 * names (round 7): forms of address of official readouts, long formal titles,
 * attribution lines and photo captions. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => (person(x, name)?.roles.map((r) => r.title) ?? []).sort();

describe('abbreviated forms of address', () => {
  it('"Amb.", "Mr" and "Sen." between a title and a name are neither', () => {
    const { x } = story('The delegation included the Minister of Trade, Amb. Kofi Mensah; the Minister of Health, Mr Ade Bello; and the Minister of Works, Sen. Tunde Obi.', '2024-05-10');
    expect(names(x)).toEqual(['ade bello', 'kofi mensah', 'tunde obi']);
    expect(titles(x, 'Kofi Mensah')).toEqual(['Minister of Trade']);
    expect(titles(x, 'Tunde Obi')).toEqual(['Minister of Works']);
  });

  it('an abbreviated rank is a title of its own', () => {
    const { x } = story('Chief of Army Staff Gen Omar Rahim Khan inspected the troops on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['omar rahim khan']);
    expect(titles(x, 'Omar Rahim Khan')).toEqual(['Chief of Army Staff', 'General']);
  });

  it('"Gen" and "Sen" stay names where they are one', () => {
    const { x } = story('Defence Minister Gen Nakatani met Hun Sen in Tokyo on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['gen nakatani', 'hun sen']);
  });

  it('two titles joined by "and" after an "of" complement are two titles', () => {
    const { x } = story('The talks were attended by the Minister of Finance and Coordinating Minister of the Economy, Mr Ade Bello.', '2024-05-10');
    expect(titles(x, 'Ade Bello')).toEqual(['Coordinating Minister of the Economy', 'Minister of Finance']);
  });
});

describe('attribution lines', () => {
  it('a sentence that ends in a colon before the story is part of it', () => {
    const { x } = story('Readout\n\nThe following is attributable to Spokesperson Jane Doe:\n\nSecretary of State John Smith met President Ana Lopez in Lima today.', '2024-05-10');
    expect(titles(x, 'Jane Doe')).toEqual(['Spokesperson']);
  });

  it('a label with a colon is still no story', () => {
    const { doc } = story('Related Topics:\n\nSecretary of State John Smith met President Ana Lopez in Lima today.', '2024-05-10');
    expect(doc.body).toBe('Secretary of State John Smith met President Ana Lopez in Lima today.');
  });
});

describe('long formal titles before a name', () => {
  it('a capitalised "for … Affairs" complement ends where the name begins', () => {
    const { x } = story('The Secretary was accompanied by Assistant Secretary for European Affairs Jane Doe.', '2024-05-10');
    expect(titles(x, 'Jane Doe')).toEqual(['Assistant Secretary for European Affairs']);
  });

  it('an envoy "to" a country holds the bare title, with the country of the nationality', () => {
    const { x } = story('The notes were signed by Japanese Ambassador to Peru Kenji Sato on Monday.', '2024-05-10');
    expect(titles(x, 'Kenji Sato')).toEqual(['Ambassador']);
    expect(person(x, 'Kenji Sato')?.countryCode).toBe('JP');
  });

  it('an abstract noun or an organisation word that opens the run belongs to the complement', () => {
    const { x } = story('Head of the Presidential Office Ivan Petrenko wrote that Minister of State for Economic Coordination Carlos de Sousa Pinto agreed.', '2024-05-10');
    expect(names(x)).toEqual(['carlos de sousa pinto', 'ivan petrenko']);
    expect(titles(x, 'Ivan Petrenko')).toEqual(['Head of the Presidential Office']);
    expect(titles(x, 'Carlos de Sousa Pinto')).toEqual(['Minister of State for Economic Coordination']);
  });

  it('an organisation after a complement stays no person', () => {
    const { x } = story('Both countries are founding members of the East African Community, which met in Arusha.', '2024-05-10');
    expect(names(x)).toEqual([]);
  });

  it('a city written after a particle inside a name is one of the family names', () => {
    const { x } = story('Finance Minister José de Lima Massano said the loan was signed.', '2024-05-10');
    expect(names(x)).toEqual(['jose de lima massano']);
  });
});

describe('photo captions', () => {
  const text = (caption: string) => `# Leaders meet\n\n${caption}\n\nLIMA, May 9 (Reuters) - The two ministers met in Lima on Thursday to discuss trade.\n\nThe talks lasted two hours.`;

  it('a caption before the story loses only its agency credit and goes after the story', () => {
    const { doc, x } = story(text("Peru's Foreign Minister Ana Duarte and Chile's Foreign Minister Luis Ortega meet in Lima, May 9, 2024. REUTERS/Jane Roe Purchase Licensing Rights"), '2024-05-10');
    expect(doc.body.startsWith('LIMA, The two ministers')).toBe(true);
    expect(doc.body.endsWith('meet in Lima, May 9, 2024.')).toBe(true);
    expect(titles(x, 'Ana Duarte')).toEqual(['Foreign Minister']);
    expect(names(x)).not.toContain('jane roe');
  });

  it('credits in brackets, after a dash or after "Photo:" are cut too', () => {
    for (const credit of ['(AP Photo/Jane Roe)', '(Photo: Presidential Office)', '— PID', '| Photo: Presidencia', 'Photograph: Jane Roe/AAP']) {
      const { doc } = story(text(`Foreign Minister Ana Duarte meets Foreign Minister Luis Ortega in Lima. ${credit}`), '2024-05-10');
      expect(doc.body.endsWith('meets Foreign Minister Luis Ortega in Lima.')).toBe(true);
    }
  });
});

describe('more words of formal titles', () => {
  it('"Food Security" is a portfolio', () => {
    const { x } = story('The delegation included the Minister of Agriculture and Food Security, Sen. Tunde Obi.', '2024-05-10');
    expect(titles(x, 'Tunde Obi')).toEqual(['Minister of Agriculture and Food Security']);
  });

  it('a lower-case ordinal before a capitalised head tells who came first, not the office', () => {
    const { x } = story('The treaty was signed by the first President of Uzbekistan Islam Karimov, who died in 2016.', '2024-05-10');
    expect(titles(x, 'Islam Karimov')).toEqual(['President']);
  });

  it('"Senior Minister" in Title Case is an office', () => {
    const { x } = story("He was received by Prince Ali Rahman, the Crown Prince and Senior Minister at the Prime Minister's Office.", '2024-05-10');
    expect(titles(x, 'Ali Rahman')).toEqual(['Crown Prince', 'Senior Minister']);
  });

  it('an ambassador "in" a city holds the bare title', () => {
    const { x } = story("The memorandums were signed by Italy's ambassador in Lima, Marco Rossi, and the foreign minister.", '2024-05-10');
    expect(titles(x, 'Marco Rossi')).toEqual(['Ambassador']);
    expect(person(x, 'Marco Rossi')?.countryCode).toBe('IT');
  });

  it('"Dr." with its full stop stands between a title and a name', () => {
    const { x } = story('He held talks with the then Prime Minister Dr. Ravi Kumar in New Delhi.', '2024-05-10');
    expect(titles(x, 'Ravi Kumar')).toEqual(['Prime Minister']);
  });
});

describe('patronymic forms of address', () => {
  it('a given name with a patronymic is the person of that given name, and "Dear" is no part of it', () => {
    const { x } = story('President Ivan Sokolov welcomed President Ali Karimov. Karimov said: "Dear Ivan Sergeyevich, thank you for the welcome."', '2024-05-10');
    expect(names(x)).toEqual(['ali karimov', 'ivan sokolov']);
    expect(person(x, 'Ivan Sokolov')?.aliases).toContain('Ivan Sergeyevich');
  });

  it('the patronymic form is never chosen as the name', () => {
    const { x } = story('"Dear Ivan Sergeyevich, welcome," the host said. President Ivan Sokolov then signed the treaty.', '2024-05-10');
    expect(names(x)).toContain('ivan sokolov');
    expect(names(x)).not.toContain('ivan sergeyevich');
  });
});

describe('Malay styles and words that open no name', () => {
  it('"Yang di-Pertuan" (and "Agong") is a title, "Yang" in a Chinese name is not', () => {
    const { x } = story('The Sultan called on the Yang di-Pertuan Agong Tuanku Omar Ali Shah, and later met Wang Yang in Kuala Lumpur.', '2024-05-10');
    expect(titles(x, 'Omar Ali Shah')).toEqual(['Yang Di-Pertuan Agong']);
    expect(names(x)).toContain('wang yang');
  });

  it('without a title, a capitalised run after "a" or "an" is no person', () => {
    const { x } = story('A Joint Statement was issued at the end of the visit.', '2024-05-10');
    expect(names(x)).toEqual([]);
  });

  it('"Last June" opening a sentence is no person', () => {
    const { x } = story('Last June, President Omar Ali met Prime Minister Ana Duarte in Lima.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte', 'omar ali']);
  });

  it('a university in Malay or Indonesian is no person', () => {
    const { x } = story('Said Nurul Huda, a lecturer at Universiti Malaya, said the talks went well.', '2024-05-10');
    expect(names(x)).not.toContain('universiti malaya');
  });
});

describe('short forms of a title already given', () => {
  it('a bare head before a surname adds nothing to the fuller title of that head', () => {
    const { x } = story('Minister of External Relations Luis Ortega met the envoy. Minister Ortega will travel to Washington in June.', '2024-05-10');
    expect(titles(x, 'Luis Ortega')).toEqual(['Minister of External Relations']);
  });

  it('"the Secretary and President X": the bare head is the other person, not a second title of X', () => {
    const { x } = story('Secretary of State John Smith met President Ana Lopez in Lima. The Secretary and President Lopez discussed trade.', '2024-05-10');
    expect(titles(x, 'Ana Lopez')).toEqual(['President']);
  });

  it('two titles joined before one name stay both', () => {
    const { x } = story('The Deputy Prime Minister and Foreign Minister Luis Ortega spoke in Lima.', '2024-05-10');
    expect(titles(x, 'Luis Ortega')).toEqual(['Deputy Prime Minister', 'Foreign Minister']);
  });
});
