/**
 * Specs for the titles written before a person's name: offices as news names
 * them, long formal titles, title words of rank, standing and portfolio,
 * ordinals, short forms of a title already given. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, person, titles, titlesInTextOrder } from '../helpers.ts';

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

describe('title words', () => {
  it('military ranks are titles of their own', () => {
    const { x } = story("Chad's interim leader, Colonel Idriss Mahamat, received Sudan's Captain Musa Karim in N'Djamena on Monday.", '2024-05-10');
    expect(names(x)).toEqual(['idriss mahamat', 'musa karim']);
    expect(titles(x, 'Musa Karim')).toEqual(['Captain']);
    expect(titles(x, 'Idriss Mahamat')).toContain('Colonel');
  });

  it('"transitional" and "shadow" are part of the office', () => {
    const { x } = story("Guinea's transitional president, Amadou Conte, spoke on Monday. The shadow home secretary, Ruth Ellison, said the plan was flawed.", '2024-05-10');
    expect(titles(x, 'Amadou Conte')).toEqual(['Transitional President']);
    expect(person(x, 'Amadou Conte')?.countryCode).toBe('GN');
    expect(titles(x, 'Ruth Ellison')).toEqual(['Shadow Home Secretary']);
  });

  it('"Armed Forces Minister", "Homeland Security Secretary" and "Attorney General" are whole titles', () => {
    const { x } = story('The accord was signed by Belgian Armed Forces Minister Luc Peeters, acting Homeland Security Secretary Dana Miles and Attorney General Rosa Ibarra.', '2024-05-10');
    expect(titles(x, 'Luc Peeters')).toEqual(['Armed Forces Minister']);
    expect(titles(x, 'Dana Miles')).toEqual(['Acting Homeland Security Secretary']);
    expect(titles(x, 'Rosa Ibarra')).toEqual(['Attorney General']);
  });

  it('"special forces" describes a career, not an office', () => {
    const { x } = story('General Omar Said, a former special forces general who won the election, met the envoy.', '2024-05-10');
    expect(titles(x, 'Omar Said')).toEqual(['General']);
  });
});

describe('ordinals', () => {
  it('a lower-case ordinal before a title tells who came first; a rank of the office stays', () => {
    const { x } = story("Ghana's first prime minister, Kwame Boateng, signed it. Ukraine's first deputy prime minister, Olena Koval, agreed.", '2024-05-10');
    expect(titles(x, 'Kwame Boateng')).toEqual(['Prime Minister']);
    expect(titles(x, 'Olena Koval')).toEqual(['First Deputy Prime Minister']);
  });
});

describe('more titles', () => {
  it('a relative clause that says the person acted "as" an office gives that title; "as a …" does not', () => {
    const { x } = story('Tom Reed, who led the talks as Lopez\'s national security adviser, flew to Lima. Ana Ruiz, who served as foreign minister until 2019, agreed. Omar Haddad, who won a second term as an elected leader in May, did not.', '2024-05-10');
    expect(titles(x, 'Tom Reed')).toEqual(['National Security Adviser']);
    expect(titles(x, 'Ana Ruiz')).toEqual(['Foreign Minister']);
    expect(titles(x, 'Omar Haddad')).toEqual([]);
  });

  it('a title with an "of" complement right before another capitalised title is the person\'s too', () => {
    const { x } = story('The Custodian of the Sacred Shrines King Faris bin Nasser Al Harbi arrived in Seoul on Monday.', '2024-05-10');
    expect(titles(x, 'Faris bin Nasser Al Harbi')).toEqual(['Custodian of the Sacred Shrines', 'King']);
  });
});

describe('title words of standing and portfolio', () => {
  it('"Emeritus Senior Minister", "historic leader of the Revolution", "Home Affairs and Law Minister" and "domestic policy spokesman" are whole titles', () => {
    const { x } = story(
      'SINGAPORE, Sept 5, 2024 - Modi met Emeritus Senior Minister Tan Boon Huat and Home Affairs and Law Minister Lim Wei Ming on Thursday. Ruiz praised the historic leader of the Revolution, Carlos Ortega. The opposition domestic policy spokesman Karl Baum said the visit mattered.',
      '2024-09-05',
    );
    expect(titles(x, 'Tan Boon Huat')).toEqual(['Emeritus Senior Minister']);
    expect(titles(x, 'Lim Wei Ming')).toEqual(['Home Affairs and Law Minister']);
    expect(titles(x, 'Carlos Ortega')).toEqual(['Historic Leader of the Revolution']);
    expect(titles(x, 'Karl Baum')).toContain('Opposition Domestic Policy Spokesman');
  });
});

describe('a title told as what the person was: "the first/last <title> to …"', () => {
  it('"Jan Kowal was the last Polish president to visit Chile" gives Jan Kowal the title President, of Poland', () => {
    const { x } = story(
      'SANTIAGO, Aug 22, 2024 - Chilean President Ana Rojas received Polish Prime Minister Piotr Nowak in Santiago on Thursday. Jan Kowal was the last Polish president to visit Chile, in 1995.',
      '2024-08-22',
    );
    const kowal = person(x, 'jan kowal');
    expect(kowal?.roles.map((r) => r.title)).toEqual(['President']);
    expect(kowal?.countryCode).toBe('PL');
  });

  it('"the first to …" with no title gives none', () => {
    const { x } = story('SANTIAGO, Aug 22, 2024 - Chilean President Ana Rojas received Polish Prime Minister Piotr Nowak in Santiago on Thursday. Nowak was the first to arrive.', '2024-08-22');
    expect(person(x, 'piotr nowak')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });
});

describe('the head of state\'s spouse: "first lady"', () => {
  it('"he and first lady Kim Mi-sook were welcomed" and "accompanied by the First Lady, Ana Rojas," give the title First Lady', () => {
    const { x } = story(
      'SANTIAGO, May 5, 2025 - On Tuesday, the Korean president and first lady Kim Mi-sook were welcomed by Chilean President Luis Rojas. The Peruvian president, who is accompanied by the First Lady, Ana Quispe, arrived on Wednesday.',
      '2025-05-05',
    );
    expect(person(x, 'kim mi-sook')?.roles.map((r) => r.title)).toEqual(['First Lady']);
    expect(person(x, 'ana quispe')?.roles.map((r) => r.title)).toEqual(['First Lady']);
  });
});

describe('an ordinal before "President": who came first, not a rank', () => {
  it('"the First President of the Republic of Uzbekistan Ali Karim" is a President, of Uzbekistan; "First Secretary" and "First Minister" stay offices', () => {
    const { x } = story(
      'BONN, May 5, 2025 - The declaration was signed in 1993 by the First President of the Republic of Uzbekistan Ali Karim. First Secretary Ana Obi and First Minister John Doe attended the ceremony.',
      '2025-05-05',
    );
    expect(person(x, 'ali karim')?.roles.map((r) => r.title)).toEqual(['President']);
    expect(person(x, 'ali karim')?.countryCode).toBe('UZ');
    expect(person(x, 'ana obi')?.roles.map((r) => r.title)).toEqual(['First Secretary']);
    expect(person(x, 'john doe')?.roles.map((r) => r.title)).toEqual(['First Minister']);
  });
});

describe('"Commander in Chief", a title joined by "in"', () => {
  it('"was received by Commander in Chief Fidel Soto" gives the whole title', () => {
    const { x } = story('HAVANA, May 5, 2025 - The Russian minister was received by Commander in Chief Fidel Soto at his residence on Monday.', '2025-05-05');
    expect(person(x, 'fidel soto')?.roles.map((r) => r.title)).toEqual(['Commander in Chief']);
  });
});


describe('titles whose words are written in full', () => {
  it('"Transport and Infrastructure Minister" keeps both portfolios', () => {
    const { x } = story('The memorandum was signed by Omani Transport and Infrastructure Minister Salim Al-Harthy.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Salim Al-Harthy')).toEqual(['Transport and Infrastructure Minister']);
  });

  it('two offices joined by "and" stay two titles of two people', () => {
    const { x } = story('Finance Minister Ana Duarte and Transport and Infrastructure Minister Rui Matos travelled to Luanda on Friday.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Ana Duarte')).toEqual(['Finance Minister']);
    expect(titlesInTextOrder(x, 'Rui Matos')).toEqual(['Transport and Infrastructure Minister']);
  });

  it('a list of portfolios closed by "and" is one title', () => {
    const { x } = story('Peruvian Investment, Trade and Industry Minister Rosa Quispe led the talks in Lima.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Rosa Quispe')).toEqual(['Investment, Trade and Industry Minister']);
  });

  it('"University and Research Minister" and "Social Rights Minister" are titles', () => {
    const { x } = story('Greek University and Research Minister Eleni Pappas and Social Rights Minister Nikos Dimas visited Athens.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Eleni Pappas')).toEqual(['University and Research Minister']);
    expect(titlesInTextOrder(x, 'Nikos Dimas')).toEqual(['Social Rights Minister']);
  });

  it('"foreign policy spokesman" is the title of a named person', () => {
    const { x } = story('Karl Weber, foreign policy spokesman of the opposition bloc, called the trip a failure.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Karl Weber')).toEqual(['Foreign Policy Spokesman']);
  });
});

describe('titles of a region or a chamber written before the office', () => {
  it('a province or region and its name before the office are part of the title', () => {
    const { x } = story('He will travel to Kandy to meet Central Province Chief Minister Ravi Perera and Kurdistan Region President Azad Barzani.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Ravi Perera')).toEqual(['Central Province Chief Minister']);
    expect(titlesInTextOrder(x, 'Azad Barzani')).toEqual(['Kurdistan Region President']);
  });

  it('a nationality before the region gives the country and stays out of the title', () => {
    const { x } = story('He was due to meet Iraqi Kurdish Regional Government President Azad Barzani in Erbil.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Azad Barzani')).toEqual(['Kurdish Regional Government President']);
    expect(person(x, 'Azad Barzani')).toMatchObject({ countryCode: 'IQ' });
  });
});

describe('offices that news names before a person', () => {
  it('an emperor with a single name is a person with the role Emperor', () => {
    const { x } = story('The visiting king was received by Emperor Hirotaka at the palace on Tuesday.', '2023-05-10');
    expect(names(x)).toContain('hirotaka');
    expect(titlesInTextOrder(x, 'Hirotaka')).toEqual(['Emperor']);
  });

  it('a chairperson of a commission is a person with that title', () => {
    const { x } = story('African Union Commission Chairperson Amina Diallo urged member states to pay their dues.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Amina Diallo')).toEqual(['African Union Commission Chairperson']);
  });

  it('a governor-general is a title', () => {
    const { x } = story('The prime minister will call on Governor-General Ruth Hale on Thursday.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Ruth Hale')).toEqual(['Governor-General']);
  });

  it('"the Amir" before "Sheikh" is a title, not part of the name', () => {
    const { x } = story('His Highness the Amir Sheikh Fahad Al-Nasser Al-Rashid received the visiting president on Sunday.', '2023-05-10');
    expect(names(x)).toEqual(['fahad al-nasser al-rashid']);
    expect(titlesInTextOrder(x, 'Fahad Al-Nasser Al-Rashid')).toEqual(['Amir']);
  });

  it('"Amir" as a given name stays a name, while "the Amir" is a title', () => {
    const { x } = story('Israeli Defence Minister Amir Levin met the Amir Sheikh Fahad Al-Nasser in Kuwait on Monday.', '2023-05-10');
    expect(names(x)).toEqual(['amir levin', 'fahad al-nasser']);
  });

  it('an office written before "His Highness Sheikh" is the title', () => {
    const { x } = story('President His Highness Sheikh Hamdan bin Saeed Al Qasimi welcomed the guests on Monday.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Hamdan bin Saeed Al Qasimi')).toEqual(['President']);
  });

  it('"Eng." before a name is a form of address, not a person', () => {
    const { x } = story('The deal was signed by Minister of Water and Energy Eng. Tariq bin Hamad Al-Salmi.', '2023-05-10');
    expect(names(x)).toEqual(['tariq bin hamad al-salmi']);
  });

  it('a lower-case ordinal before an office tells who came first, not the title', () => {
    const { x } = story("Ghana's first president, Kwame Asante, visited Conakry in 1960.", '2023-05-10');
    expect(titlesInTextOrder(x, 'Kwame Asante')).toEqual(['President']);
  });
});

describe('ranks and tenure around a title', () => {
  it('an academic rank stays part of an occupation', () => {
    const { x } = story(
      'Ruth Adeyemi, a senior lecturer in politics at the University of Lagos, and Tomas Varga, an associate professor at Corvinus University, said the deal was modest.',
      '2023-05-10',
    );
    expect(titlesInTextOrder(x, 'Ruth Adeyemi')).toEqual(['Senior Lecturer']);
    expect(titlesInTextOrder(x, 'Tomas Varga')).toEqual(['Associate Professor']);
  });

  it('"outgoing" describes the tenure, not the office', () => {
    const { x } = story('The chancellor later held talks with outgoing Premier Zhao Ming at the Great Hall.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Zhao Ming')).toEqual(['Premier']);
  });
});

describe('titles of several words and several titles', () => {
  it('"Field Marshal" is a title, not part of the name', () => {
    const { x } = story('Field Marshal Omar Rahim inspected the troops in Lahore on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['omar rahim']);
    expect(titlesInTextOrder(x, 'Omar Rahim')).toEqual(['Field Marshal']);
  });

  it('a lower-case office before a capitalised one gives both titles', () => {
    const { x } = story("Pakistan's army chief, Field Marshal Omar Rahim, attended the ceremony.", '2024-05-10');
    expect(titlesInTextOrder(x, 'Omar Rahim').sort()).toEqual(['Army Chief', 'Field Marshal']);
  });

  it('"counterpart" before a capitalised office is not a second title', () => {
    const { x } = story('Finance Minister Ana Duarte met her Spanish counterpart, Finance Minister Luis Ortega, in Madrid.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Luis Ortega')).toEqual(['Finance Minister']);
  });
});

describe('more title words', () => {
  it('hyphenated offices head a title', () => {
    const { x } = story('German Vice-Chancellor Karl Weber met the agency\'s director-general, Rosa Lind, in Vienna.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Karl Weber')).toEqual(['Vice-Chancellor']);
    expect(titlesInTextOrder(x, 'Rosa Lind')).toEqual(['Director-General']);
  });

  it('journalists, writers and fellows are occupations', () => {
    const { x } = story('Officials blocked Australian journalist Mia Tran, and the case of writer Tom Liu was raised. "It is a thaw," said Ravi Das, a fellow at a think tank.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Mia Tran')).toEqual(['Journalist']);
    expect(titlesInTextOrder(x, 'Tom Liu')).toEqual(['Writer']);
    expect(titlesInTextOrder(x, 'Ravi Das')).toEqual(['Fellow']);
  });

  it('"Paramount Chief" and "Communist Party chief" keep all their words', () => {
    const { x } = story('Paramount Chief Ben Kaura met Communist Party chief Le Van Minh in Hanoi.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Ben Kaura')).toEqual(['Paramount Chief']);
    expect(titlesInTextOrder(x, 'Le Van Minh')).toEqual(['Communist Party Chief']);
  });

  it('a wire writer credited as having contributed is staff, not a person of the story', () => {
    const { x } = story('President Ana Duarte met Prime Minister Luis Ortega in Lisbon on Monday. Associated Press writer Jane Roe in Madrid contributed.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte', 'luis ortega']);
  });
});

describe('"Gov." before a name is the title Governor', () => {
  it('"Texas Gov. Greg Abbott" is a Governor, and "Texas Gov" no person', () => {
    const { x } = story('AUSTIN, June 3, 2025 - Mexican Foreign Minister Ana Vela met Texas Gov. Greg Abbott in Austin on Tuesday.', '2025-06-03');
    expect(names(x)).toEqual(['ana vela', 'greg abbott']);
    expect(titlesInTextOrder(x, 'greg abbott')).toEqual(['Governor']);
  });

  it('"Jeddah Gov. Prince Saud bin Khalid": the royal style only addresses the Governor', () => {
    const { x } = story('JEDDAH, June 3, 2025 - The guest was welcomed at the airport by Jeddah Gov. Prince Saud bin Khalid.', '2025-06-03');
    expect(names(x)).toEqual(['saud bin khalid']);
    expect(titlesInTextOrder(x, 'saud bin khalid')).toEqual(['Governor']);
  });
});

describe('portfolios joined by "and" before a head, and heads of agencies', () => {
  it('"Business and Trade Secretary", "Transport and Logistics Minister" are whole titles', () => {
    const { x } = story('LONDON, June 3, 2025 - Business and Trade Secretary Anna Reed and Kenyan Transport and Logistics Minister Omar Lema signed a memorandum on Tuesday.', '2025-06-03');
    expect(titlesInTextOrder(x, 'anna reed')).toEqual(['Business and Trade Secretary']);
    expect(titlesInTextOrder(x, 'omar lema')).toEqual(['Transport and Logistics Minister']);
  });

  it('"in the presence of Energy and Natural Resources Minister X": the "of" of a noun that is no title opens no complement', () => {
    const { x } = story('ANKARA, June 3, 2025 - The two companies signed a contract in the presence of Energy and Natural Resources Minister Ali Demir.', '2025-06-03');
    expect(titlesInTextOrder(x, 'ali demir')).toEqual(['Energy and Natural Resources Minister']);
  });

  it('"Minister of Finance and Coordinating Minister X" stays two titles', () => {
    const { x } = story('JAKARTA, June 3, 2025 - Minister of Finance and Coordinating Minister Budi Santoso met the delegation on Tuesday.', '2025-06-03');
    expect(titlesInTextOrder(x, 'budi santoso')).toContain('Coordinating Minister');
  });

  it('"X, administrator of China\'s National Space Administration," and "Chilean plenipotentiary Y" hold those offices', () => {
    const { x } = story("SANTIAGO, June 3, 2025 - Zhou Lin, administrator of China's National Space Administration, met Chilean plenipotentiary Pablo Soto on Tuesday.", '2025-06-03');
    expect(titlesInTextOrder(x, 'zhou lin')).toEqual(['Administrator of the National Space Administration']);
    expect(person(x, 'zhou lin')?.countryCode).toBe('CN');
    expect(titlesInTextOrder(x, 'pablo soto')).toEqual(['Plenipotentiary']);
  });

  it('"a visiting fellow at" keeps its rank, as "a senior fellow" does', () => {
    const { x } = story('SINGAPORE, June 3, 2025 - Dr Mai Tran, a visiting fellow at the Lowy Institute, said the visit mattered.', '2025-06-03');
    expect(titlesInTextOrder(x, 'mai tran')).toEqual(['Visiting Fellow']);
  });
});
