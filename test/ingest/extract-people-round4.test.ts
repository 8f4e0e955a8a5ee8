/**
 * Specs for who is a person and what their titles are, as news from Gulf,
 * Asian and African agencies writes them: forms of address before an office,
 * the title "Amir", ministries that join portfolios, emperors and
 * chairpersons, and long family names in which a given name recurs. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => person(x, name)?.roles.map((r) => r.title) ?? [];

describe('titles whose words are written in full', () => {
  it('"Transport and Infrastructure Minister" keeps both portfolios', () => {
    const { x } = story('The memorandum was signed by Omani Transport and Infrastructure Minister Salim Al-Harthy.', '2023-05-10');
    expect(titles(x, 'Salim Al-Harthy')).toEqual(['Transport and Infrastructure Minister']);
  });

  it('two offices joined by "and" stay two titles of two people', () => {
    const { x } = story('Finance Minister Ana Duarte and Transport and Infrastructure Minister Rui Matos travelled to Luanda on Friday.', '2023-05-10');
    expect(titles(x, 'Ana Duarte')).toEqual(['Finance Minister']);
    expect(titles(x, 'Rui Matos')).toEqual(['Transport and Infrastructure Minister']);
  });

  it('a list of portfolios closed by "and" is one title', () => {
    const { x } = story('Peruvian Investment, Trade and Industry Minister Rosa Quispe led the talks in Lima.', '2023-05-10');
    expect(titles(x, 'Rosa Quispe')).toEqual(['Investment, Trade and Industry Minister']);
  });

  it('"University and Research Minister" and "Social Rights Minister" are titles', () => {
    const { x } = story('Greek University and Research Minister Eleni Pappas and Social Rights Minister Nikos Dimas visited Athens.', '2023-05-10');
    expect(titles(x, 'Eleni Pappas')).toEqual(['University and Research Minister']);
    expect(titles(x, 'Nikos Dimas')).toEqual(['Social Rights Minister']);
  });

  it('"foreign policy spokesman" is the title of a named person', () => {
    const { x } = story('Karl Weber, foreign policy spokesman of the opposition bloc, called the trip a failure.', '2023-05-10');
    expect(titles(x, 'Karl Weber')).toEqual(['Foreign Policy Spokesman']);
  });
});

describe('titles of a region or a chamber written before the office', () => {
  it('a province or region and its name before the office are part of the title', () => {
    const { x } = story('He will travel to Kandy to meet Central Province Chief Minister Ravi Perera and Kurdistan Region President Azad Barzani.', '2023-05-10');
    expect(titles(x, 'Ravi Perera')).toEqual(['Central Province Chief Minister']);
    expect(titles(x, 'Azad Barzani')).toEqual(['Kurdistan Region President']);
  });

  it('a nationality before the region gives the country and stays out of the title', () => {
    const { x } = story('He was due to meet Iraqi Kurdish Regional Government President Azad Barzani in Erbil.', '2023-05-10');
    expect(titles(x, 'Azad Barzani')).toEqual(['Kurdish Regional Government President']);
    expect(person(x, 'Azad Barzani')).toMatchObject({ countryCode: 'IQ' });
  });
});

describe('titles with an "of" or "for" complement', () => {
  it('"Minister for Foreign Affairs" before a name is the title', () => {
    const { x } = story('The talks were joined by Minister for Foreign Affairs Kenji Morita and the ambassador.', '2023-05-10');
    expect(titles(x, 'Kenji Morita')).toEqual(['Minister for Foreign Affairs']);
  });

  it('an "of the Republic of X" after the office gives the country, not the wording', () => {
    const { x } = story('The accord was witnessed by Samuel Otieno, President of the Republic of Kenya, on Monday.', '2023-05-10');
    expect(person(x, 'Samuel Otieno')).toMatchObject({ countryCode: 'KE' });
    expect(titles(x, 'Samuel Otieno')).toEqual(['President']);
  });

  it('a body named after a comma is part of the title', () => {
    const { x } = story('The premier will meet Liu Wenhai, chairman of the Standing Committee of the Provincial People\'s Congress, in the afternoon.', '2023-05-10');
    expect(titles(x, 'Liu Wenhai')).toEqual(["Chairman of the Standing Committee of the Provincial People's Congress"]);
  });

  it('"of Country\'s Council" gives the country and "the" council', () => {
    const { x } = story("The deal was signed by Reza Tavakoli, secretary of Iran's Supreme Defence Council.", '2023-05-10');
    expect(person(x, 'Reza Tavakoli')).toMatchObject({ countryCode: 'IR' });
    expect(titles(x, 'Reza Tavakoli')).toEqual(['Secretary of the Supreme Defence Council']);
  });

  it('the speaker of parliament named after a comma has that title', () => {
    const { x } = story('The president will meet the speaker of parliament, Joana Pires, on Tuesday.', '2023-05-10');
    expect(titles(x, 'Joana Pires')).toEqual(['Speaker of Parliament']);
  });

});

describe('titles written after a name, as agencies list officials', () => {
  it('an office and a second office after a form of address and a name', () => {
    const { x } = story('The talks were attended by Sheikh Saif bin Rashid Al Mualla, Deputy Ruler of Dubai and National Security Advisor; and senior officials.', '2023-05-10');
    expect(titles(x, 'Saif bin Rashid Al Mualla').sort()).toEqual(['Deputy Ruler of Dubai', 'National Security Advisor']);
  });

  it('a list of titles closed by "and" gives each title', () => {
    const { x } = story('The plan was first discussed during the visit of Prince Faisal bin Nasser, Deputy Crown Prince, Second Deputy Premier and Minister of Defence, to Seoul in 2016.', '2023-05-10');
    expect(titles(x, 'Faisal bin Nasser').sort()).toEqual(['Deputy Crown Prince', 'Minister of Defence', 'Second Deputy Premier']);
  });

  it('the title of one person does not run into the next person named after "and"', () => {
    const { x } = story('The pact was signed by Omar Al Hadi, Minister of State for Foreign Trade, and Grace Wanjiru, Cabinet Secretary for Investments, Trade and Industry of Kenya.', '2023-05-10');
    expect(titles(x, 'Omar Al Hadi')).toEqual(['Minister of State for Foreign Trade']);
    expect(titles(x, 'Grace Wanjiru')).toEqual(['Cabinet Secretary for Investments, Trade and Industry']);
    expect(person(x, 'Grace Wanjiru')).toMatchObject({ countryCode: 'KE' });
  });

  it('a council of a city named after a name is part of the title', () => {
    const { x } = story('Also present was Rashid Al Ketbi, Member of the Executive Council of Abu Dhabi; and the ambassador.', '2023-05-10');
    expect(titles(x, 'Rashid Al Ketbi')).toEqual(['Member of the Executive Council of Abu Dhabi']);
  });

  it('a party named with its country keeps the country in its name', () => {
    const { x } = story('He met Tran Van Long, General Secretary of the Communist Party of Vietnam, on Monday.', '2023-05-10');
    expect(titles(x, 'Tran Van Long')).toEqual(['General Secretary of the Communist Party of Vietnam']);
  });
});

describe('a plural title shared by a list of names', () => {
  it('"the presidents of A, X, and B, Y": the second name has the title and the country before it', () => {
    const { x } = story('The presidents of Chile, Marta Soto, and Peru, Jorge Rivas, met in Arica on Friday.', '2023-05-10');
    expect(person(x, 'Jorge Rivas')).toMatchObject({ countryCode: 'PE' });
    expect(titles(x, 'Jorge Rivas')).toEqual(['President']);
  });

  it('"then presidents X of A, Y of B and Z of C": every name has the title and its own country', () => {
    const { x } = story('The treaty was signed in 1999 by then presidents Daniel arap Kiprop of Kenya, Benjamin Moshi of Tanzania and Yoweri Kato of Uganda.', '2023-05-10');
    expect(names(x)).toEqual(['benjamin moshi', 'daniel arap kiprop', 'yoweri kato']);
    expect(x.people.map((p) => [p.countryCode, p.roles.map((r) => r.title)])).toEqual([
      ['KE', ['President']],
      ['TZ', ['President']],
      ['UG', ['President']],
    ]);
  });
});

describe('offices that news names before a person', () => {
  it('an emperor with a single name is a person with the role Emperor', () => {
    const { x } = story('The visiting king was received by Emperor Hirotaka at the palace on Tuesday.', '2023-05-10');
    expect(names(x)).toContain('hirotaka');
    expect(titles(x, 'Hirotaka')).toEqual(['Emperor']);
  });

  it('a chairperson of a commission is a person with that title', () => {
    const { x } = story('African Union Commission Chairperson Amina Diallo urged member states to pay their dues.', '2023-05-10');
    expect(titles(x, 'Amina Diallo')).toEqual(['African Union Commission Chairperson']);
  });

  it('a governor-general is a title', () => {
    const { x } = story('The prime minister will call on Governor-General Ruth Hale on Thursday.', '2023-05-10');
    expect(titles(x, 'Ruth Hale')).toEqual(['Governor-General']);
  });

  it('"the Amir" before "Sheikh" is a title, not part of the name', () => {
    const { x } = story('His Highness the Amir Sheikh Fahad Al-Nasser Al-Rashid received the visiting president on Sunday.', '2023-05-10');
    expect(names(x)).toEqual(['fahad al-nasser al-rashid']);
    expect(titles(x, 'Fahad Al-Nasser Al-Rashid')).toEqual(['Amir']);
  });

  it('"Amir" as a given name stays a name, while "the Amir" is a title', () => {
    const { x } = story('Israeli Defence Minister Amir Levin met the Amir Sheikh Fahad Al-Nasser in Kuwait on Monday.', '2023-05-10');
    expect(names(x)).toEqual(['amir levin', 'fahad al-nasser']);
  });

  it('an office written before "His Highness Sheikh" is the title', () => {
    const { x } = story('President His Highness Sheikh Hamdan bin Saeed Al Qasimi welcomed the guests on Monday.', '2023-05-10');
    expect(titles(x, 'Hamdan bin Saeed Al Qasimi')).toEqual(['President']);
  });

  it('"Eng." before a name is a form of address, not a person', () => {
    const { x } = story('The deal was signed by Minister of Water and Energy Eng. Tariq bin Hamad Al-Salmi.', '2023-05-10');
    expect(names(x)).toEqual(['tariq bin hamad al-salmi']);
  });

  it('a lower-case ordinal before an office tells who came first, not the title', () => {
    const { x } = story("Ghana's first president, Kwame Asante, visited Conakry in 1960.", '2023-05-10');
    expect(titles(x, 'Kwame Asante')).toEqual(['President']);
  });
});

describe('ranks and tenure around a title', () => {
  it('an academic rank stays part of an occupation', () => {
    const { x } = story(
      'Ruth Adeyemi, a senior lecturer in politics at the University of Lagos, and Tomas Varga, an associate professor at Corvinus University, said the deal was modest.',
      '2023-05-10',
    );
    expect(titles(x, 'Ruth Adeyemi')).toEqual(['Senior Lecturer']);
    expect(titles(x, 'Tomas Varga')).toEqual(['Associate Professor']);
  });

  it('"outgoing" describes the tenure, not the office', () => {
    const { x } = story('The chancellor later held talks with outgoing Premier Zhao Ming at the Great Hall.', '2023-05-10');
    expect(titles(x, 'Zhao Ming')).toEqual(['Premier']);
  });
});

describe('capitalised runs that are not people', () => {
  it('"the X Y waterway" and "the X Y channel" are places', () => {
    const { x } = story('Officials discussed navigation in the Khor Saadi waterway and the dredging of the Pedro Lopez channel with Foreign Minister Ana Ruiz.', '2023-05-10');
    expect(names(x)).toEqual(['ana ruiz']);
  });

  it('a hotel, a university in Spanish and a port are not people', () => {
    const { x } = story(
      'The president met Prime Minister Jean Morel at the Hotel de Lassay, said Marta Gil, a professor at the Universidad de la Costa, who spoke about the Sultan Qaboos Port project.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['jean morel', 'marta gil']);
  });

  it('the name in a photo credit after "Image:" is not a person of the story', () => {
    const { x } = story(
      'BERLIN (Reuters) - Chancellor Anna Berg met President Li Wei in Beijing on Friday.\n\nAnna Berg and Li Wei shook hands in front of the cameras before their talksImage: Jonas Keller/dpa/picture alliance\n\nThe talks lasted two hours.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['anna berg', 'li wei']);
  });
});

describe('forms of one name', () => {
  it('initials written without full stops inside a name are part of it', () => {
    const { x } = story('Foreign Minister Sari DK Wulandari signed the plan. Sari later briefed reporters.', '2023-05-10');
    expect(names(x)).toEqual(['sari dk wulandari']);
  });

  it('a name without its second family name after "de" is the same person', () => {
    const { x } = story('Former President Laura Méndez de Castro criticised the deal. Laura Méndez said it was rushed.', '2023-05-10');
    expect(names(x)).toEqual(['laura mendez de castro']);
  });
});

describe('long family names in which a given name recurs', () => {
  it('two names with the same first and last words but different middle names are two people', () => {
    const { x } = story(
      'Deputy Prime Minister Sheikh Nasser Khaled Al-Hamad Al-Nasser signed the accords. The border was settled in 1965 by then Crown Prince Sheikh Nasser Al-Salem Al-Nasser.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['nasser al-salem al-nasser', 'nasser khaled al-hamad al-nasser']);
    expect(titles(x, 'Nasser Al-Salem Al-Nasser')).toEqual(['Crown Prince']);
  });

  it('a shorter form without middle names is still the same person, one with other middle names is not', () => {
    const { x } = story('Turkish President Mehmet Ali Yavuz arrived on Monday. Mehmet Yavuz then met former President Mehmet Kemal Yavuz.', '2023-05-10');
    expect(names(x)).toEqual(['mehmet ali yavuz', 'mehmet kemal yavuz']);
  });
});
