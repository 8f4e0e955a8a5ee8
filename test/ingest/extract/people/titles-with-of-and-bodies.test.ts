/**
 * Specs for titles that name a body: an "of" or "for" complement, party and
 * state bodies, companies, ministries whose portfolios are listed, public
 * bodies and the abbreviation or word that names them. Every story here is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, person, titles, titlesInTextOrder } from '../helpers.ts';

describe('long titles of party and state bodies', () => {
  it('a name with its acronym in brackets is read as the acronym inside a title', () => {
    const { x } = story('Tran Van Hoa, a member of the Central Committee of the Workers Party of Laos (WPL) Politburo, attended the ceremony.', '2024-05-10');
    expect(titles(x, 'Tran Van Hoa')).toEqual(['Member of the Central Committee of the WPL Politburo']);
  });

  it('two titles of bodies joined by "and" after a name are both the person\'s', () => {
    const { x } = story('Chen Lu, a member of the Standing Committee of the State Council and director of the General Office of the State Council, and Li Fang, a member of the State Council and trade minister, attended.', '2024-05-10');
    expect(titles(x, 'Chen Lu')).toEqual(['Director of the General Office of the State Council', 'Member of the Standing Committee of the State Council']);
    expect(titles(x, 'Li Fang')).toEqual(['Member of the State Council', 'Trade Minister']);
  });

  it('before a name, a title that ends in a body\'s name is closed by "and"; one that ends in another name is not', () => {
    const { x } = story('Member of the Standing Committee of the State Council and Trade Minister Li Fang met Minister of Industry Ana Ruiz and Minister of State for Energy Luis Vega in Lima on Monday.', '2024-05-10');
    expect(titles(x, 'Li Fang')).toEqual(['Member of the Standing Committee of the State Council', 'Trade Minister']);
    expect(titles(x, 'Luis Vega')).toEqual(['Minister of State for Energy']);
  });

  it('a party capitalised inside a sentence before a lower-case "leader" is the person\'s party, not the office', () => {
    const { x } = story('The Liberal leader, Tom Rhodes, called the deal a betrayal. Socialist leader Eva Lind agreed.', '2024-05-10');
    expect(titles(x, 'Tom Rhodes')).toEqual(['Leader']);
    expect(titles(x, 'Eva Lind')).toEqual(['Socialist Leader']);
  });
});

describe('advisers, branches and plural nouns', () => {
  it('an adviser "to the President on …" keeps the brief; a day after "on" is no brief', () => {
    const { x } = story('The Special Adviser to the President on Media and Publicity, Mr Ade Bello, said the talks went well. The adviser to the president on Monday, Ana Ruiz, said so too.', '2024-05-10');
    expect(names(x)).toEqual(['ade bello', 'ana ruiz']);
    expect(titles(x, 'Ade Bello')).toEqual(['Special Adviser to the President on Media and Publicity']);
    expect(titles(x, 'Ana Ruiz')).not.toContain('Adviser to the President on Monday');
  });

  it('a place before a capitalised party title names the party\'s branch', () => {
    const { x } = story('The premier will meet Sichuan Communist Party Secretary Wang Hua on Friday.', '2024-05-10');
    expect(titles(x, 'Wang Hua')).toEqual(['Sichuan Communist Party Secretary']);
  });

  it('"one of the Chief Guests" is a plural noun, not a titled person', () => {
    const { x } = story('The king attended as one of the Chief Guests at the parade, hosted by President Ana Lopez.', '2024-05-10');
    expect(names(x)).toEqual(['ana lopez']);
  });
});

describe('titles that name the state by a word for it', () => {
  it('"President of the Republic, X" and "President of that country, Y" are Presidents', () => {
    const { x } = story(
      'HAVANA, Oct 3, 2024 (Prensa Latina) The President of the Republic, Ana Morales, and the General Secretary of the Workers Party of Laos and President of that country, Thongloun Sisoulith, held talks on Thursday.',
      '2024-10-03',
    );
    expect(titles(x, 'Ana Morales')).toEqual(['President']);
    expect(titles(x, 'Thongloun Sisoulith')).toContain('President');
    expect(x.people.find((p) => p.name === 'Thongloun Sisoulith')?.countryCode).toBe('LA');
  });
});

describe('long party titles joined to a state office', () => {
  it('"The First Secretary of the Central Committee of the Workers Party of Laos and President of the Republic, X" holds both', () => {
    const { x } = story(
      'VIENTIANE, Oct 3, 2024 - The First Secretary of the Central Committee of the Workers Party of Laos and President of the Republic, Thongloun Sisoulith, held talks on Thursday.',
      '2024-10-03',
    );
    expect(titles(x, 'Thongloun Sisoulith')).toEqual(['First Secretary of the Central Committee of the Workers Party of Laos', 'President']);
  });
});

describe('a body defined by its abbreviation right before a title', () => {
  it('"Thailand International Cooperation Agency (TICA) President X" is TICA President; a party\'s leader stays Leader', () => {
    const { x } = story(
      'SEOUL, May 30, 2025 - He met Thailand International Cooperation Agency (TICA) President Chang Won-sam on Friday. Democratic Party (DP) leader Lee Jae-myung criticised the plan.',
      '2025-05-30',
    );
    expect(titles(x, 'Chang Won-sam')).toEqual(['TICA President']);
    expect(titles(x, 'Lee Jae-myung')).toEqual(['Leader']);
  });
});

describe('body words and ranks before a capitalised head', () => {
  it('"State House Spokesperson" keeps both body words, and "Principal Deputy" its rank', () => {
    const { x } = story(
      'NAIROBI, Sept 20, 2024 (KNA) - President William Ruto met Haitian Prime Minister Garry Conille on Friday, according to State House Spokesperson Wanjiru Kamau. Principal Deputy National Security Adviser Omar Farah briefed reporters.',
      '2024-09-20',
    );
    expect(titles(x, 'Wanjiru Kamau')).toEqual(['State House Spokesperson']);
    expect(titles(x, 'Omar Farah')).toEqual(['Principal Deputy National Security Adviser']);
  });
});

describe('long complements before a name', () => {
  it('"Secretary of Foreign Affairs of the Philippines X" and "President of the National Assembly of People\'s Power Y" are whole titles', () => {
    const { x } = story(
      'HAVANA, June 3, 2024 - The visitor spoke by phone with Secretary of Foreign Affairs of the Philippines Teresa Lazaro, then met President of the National Assembly of People\'s Power Juan Esteban Lazo in Havana on Monday.',
      '2024-06-03',
    );
    expect(titles(x, 'Teresa Lazaro')).toEqual(['Secretary of Foreign Affairs']);
    expect(x.people.find((p) => p.name === 'Teresa Lazaro')?.countryCode).toBe('PH');
    expect(titles(x, 'Juan Esteban Lazo')).toEqual(["President of the National Assembly of People's Power"]);
  });
});

describe('one word before a title and a name is the organisation of the title', () => {
  it('"including Keidanren Chairman X" gives Keidanren Chairman and no person Keidanren; "with Alberta Premier Y" stays Premier', () => {
    const { x } = story(
      'TOKYO, May 30, 2025 - He will meet business leaders, including Rengo Chairman Tomoko Yoshino, in Tokyo on Saturday. On Friday he spoke with Alberta Premier Danielle Smith.',
      '2025-05-30',
    );
    expect(names(x)).toEqual(['danielle smith', 'tomoko yoshino']);
    expect(titles(x, 'Tomoko Yoshino')).toEqual(['Rengo Chairman']);
    expect(titles(x, 'Danielle Smith')).toEqual(['Premier']);
  });
});

describe('a minister whose portfolios are listed with commas', () => {
  it('"the Minister of Foreign Affairs, Migration and Moroccan Expatriates of the Kingdom of Morocco, Youssef Amrani," is one minister with the whole title, of Morocco', () => {
    const { x } = story(
      'LISBON, Jan 27, 2025 - Portuguese Foreign Minister Rui Costa received the Minister of Foreign Affairs, Migration and Moroccan Expatriates of the Kingdom of Morocco, Youssef Amrani, in Lisbon on Monday.',
      '2025-01-27',
    );
    expect(names(x)).toEqual(['rui costa', 'youssef amrani']);
    const amrani = person(x, 'youssef amrani')!;
    expect(amrani.countryCode).toBe('MA');
    expect(amrani.roles.map((r) => r.title)).toEqual(['Minister of Foreign Affairs, Migration and Moroccan Expatriates']);
  });

  it('a run of several capitalised words after a comma is a name, not a portfolio: "the presidents of Peru, Ana Quispe, and Chile, Luis Rojas"', () => {
    const { x } = story('LIMA, Jan 27, 2025 - The presidents of Peru, Ana Quispe, and Chile, Luis Rojas, met in Lima on Monday.', '2025-01-27');
    expect(names(x)).toEqual(['ana quispe', 'luis rojas']);
  });
});

describe('public bodies and junior ministers', () => {
  it('"according to the General Authority for Statistics" names no person', () => {
    const { x } = story(
      'RIYADH, Dec 2, 2024 - Saudi Trade Minister Majid Al-Qasabi received Italian Trade Minister Paolo Verdi on Monday. Trade rose 10 percent last year, according to the General Authority for Statistics.',
      '2024-12-02',
    );
    expect(names(x)).toEqual(['majid al-qasabi', 'paolo verdi']);
  });

  it('"Minister Delegate for Foreign Trade Claire Dubois" is one title of one person', () => {
    const { x } = story('PARIS, Dec 2, 2024 - The French delegation included Minister Delegate for Foreign Trade Claire Dubois.', '2024-12-02');
    expect(names(x)).toEqual(['claire dubois']);
    expect(person(x, 'claire dubois')?.roles.map((r) => r.title)).toEqual(['Minister Delegate for Foreign Trade']);
  });
});

describe('an office whose "of"/"for" complement ends in a capitalised word, written right before a second title or an honorific', () => {
  it('"Deputy Foreign Minister for Asian Affairs Ambassador Salem Al-Harbi" holds both titles, the office whole', () => {
    const { x } = story(
      'KUWAIT, May 5, 2025 - The Omani minister was received at the airport by Deputy Foreign Minister for Asian Affairs Ambassador Salem Al-Harbi on Monday.',
      '2025-05-05',
    );
    expect(person(x, 'salem al-harbi')?.roles.map((r) => r.title).sort()).toEqual(['Ambassador', 'Deputy Foreign Minister for Asian Affairs']);
  });

  it('"Minister of Royal Court Affairs Sheikh Khalid Al-Nasser" is the minister of the whole portfolio; "Sheikh" is no title', () => {
    const { x } = story(
      'MANAMA, May 5, 2025 - The meeting was attended by Minister of Royal Court Affairs Sheikh Khalid Al-Nasser and the Jordanian ambassador.',
      '2025-05-05',
    );
    expect(person(x, 'khalid al-nasser')?.roles.map((r) => r.title)).toEqual(['Minister of Royal Court Affairs']);
  });
});

describe('a company officer\'s title: "Chief Executive Officer of X"', () => {
  it('"the Chairman and Chief Executive Officer of Petronova, Karim Saadi," is one person, Chairman and Chief Executive Officer; "Officer" is no name', () => {
    const { x } = story(
      'ALGIERS, May 5, 2025 - The contract was signed by the Chairman and Chief Executive Officer of Petronova, Karim Saadi, and the Chief Operating Officer of Sud Energia, Paolo Neri.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['karim saadi', 'paolo neri']);
    expect(person(x, 'karim saadi')?.roles.map((r) => r.title).sort()).toEqual(['Chairman', 'Chief Executive Officer']);
    expect(person(x, 'paolo neri')?.roles.map((r) => r.title)).toEqual(['Chief Operating Officer']);
  });
});

describe('an office of a body named with a plural head: "President of the Council of Ministers"', () => {
  it('"the President of the Council of Ministers of the Italian Republic, Mrs. Giulia Moretti," holds that whole office, of Italy', () => {
    const { x } = story(
      'ROME, May 5, 2025 - The President of the Republic, Mr. Ali Tebbi, and the President of the Council of Ministers of the Italian Republic, Mrs. Giulia Moretti, co-chaired the summit in Rome on Monday.',
      '2025-05-05',
    );
    const moretti = person(x, 'giulia moretti');
    expect(moretti?.roles.map((r) => r.title)).toEqual(['President of the Council of Ministers']);
    expect(moretti?.countryCode).toBe('IT');
  });

  it('"the foreign ministers of Peru and Chile" still reads a plural office, not a body', () => {
    const { x } = story('LIMA, May 5, 2025 - The foreign ministers of Peru and Chile, Ana Quispe and Luis Rojas, met in Lima on Monday.', '2025-05-05');
    expect(person(x, 'ana quispe')?.roles.map((r) => r.title)).toEqual(['Foreign Minister']);
  });
});

describe('a body of two capitalised words before a lower-case head: "State House spokesman"', () => {
  it('"State House spokesman Peter Kamau" is the State House Spokesman, not the House Spokesman', () => {
    const { x } = story('NAIROBI, Feb 15, 2025 - State House spokesman Peter Kamau said the two presidents met on Saturday.', '2025-02-15');
    expect(person(x, 'peter kamau')?.roles.map((r) => r.title)).toEqual(['State House Spokesman']);
  });

  it('"the House speaker, John Doe," keeps the chamber alone', () => {
    const { x } = story('WASHINGTON, Feb 15, 2025 - The House speaker, John Doe, met the Kenyan president on Saturday.', '2025-02-15');
    expect(person(x, 'john doe')?.roles.map((r) => r.title)).toEqual(['House Speaker']);
  });
});

describe('a portfolio of customs', () => {
  it('"Customs Minister Wang Lin" is the Customs Minister', () => {
    const { x } = story('BEIJING, April 11, 2025 - Agriculture Minister Luis Ortega and Customs Minister Wang Lin signed a protocol on Friday.', '2025-04-11');
    expect(person(x, 'wang lin')?.roles.map((r) => r.title)).toEqual(['Customs Minister']);
  });
});


describe('titles with an "of" or "for" complement', () => {
  it('"Minister for Foreign Affairs" before a name is the title', () => {
    const { x } = story('The talks were joined by Minister for Foreign Affairs Kenji Morita and the ambassador.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Kenji Morita')).toEqual(['Minister for Foreign Affairs']);
  });

  it('an "of the Republic of X" after the office gives the country, not the wording', () => {
    const { x } = story('The accord was witnessed by Samuel Otieno, President of the Republic of Kenya, on Monday.', '2023-05-10');
    expect(person(x, 'Samuel Otieno')).toMatchObject({ countryCode: 'KE' });
    expect(titlesInTextOrder(x, 'Samuel Otieno')).toEqual(['President']);
  });

  it('a body named after a comma is part of the title', () => {
    const { x } = story('The premier will meet Liu Wenhai, chairman of the Standing Committee of the Provincial People\'s Congress, in the afternoon.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Liu Wenhai')).toEqual(["Chairman of the Standing Committee of the Provincial People's Congress"]);
  });

  it('"of Country\'s Council" gives the country and "the" council', () => {
    const { x } = story("The deal was signed by Reza Tavakoli, secretary of Iran's Supreme Defence Council.", '2023-05-10');
    expect(person(x, 'Reza Tavakoli')).toMatchObject({ countryCode: 'IR' });
    expect(titlesInTextOrder(x, 'Reza Tavakoli')).toEqual(['Secretary of the Supreme Defence Council']);
  });

  it('the speaker of parliament named after a comma has that title', () => {
    const { x } = story('The president will meet the speaker of parliament, Joana Pires, on Tuesday.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Joana Pires')).toEqual(['Speaker of Parliament']);
  });

});

describe('titles of companies', () => {
  it('"chief executive" before or after a name is the title', () => {
    const { x } = story('The deal was signed by Acme chief executive Laura Benton and Globex\'s chief executive, Omar Reyes, in Lisbon.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Laura Benton')).toEqual(['Chief Executive']);
    expect(titlesInTextOrder(x, 'Omar Reyes')).toEqual(['Chief Executive']);
  });
});

describe('party before a seat', () => {
  it('a party written before an elected seat is not part of the title; a party role keeps it', () => {
    const { x } = story('Blanco party senator Luis Vega said the talks had failed. Party leader Ana Duarte agreed.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Luis Vega')).toEqual(['Senator']);
    expect(titlesInTextOrder(x, 'Ana Duarte')).toEqual(['Party Leader']);
  });
});

describe('a title listing several portfolios before the name', () => {
  it('"Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates Amadou Diallo" is the whole title, and Diallo a person', () => {
    const { x } = story(
      'DAKAR, June 3, 2025 - The audience was attended by Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates Amadou Diallo and by Gambian Foreign Minister Lamin Jallow.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['amadou diallo', 'lamin jallow']);
    expect(titlesInTextOrder(x, 'amadou diallo')).toEqual(['Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates']);
  });

  it('the last portfolio of the list, before a form of address, is no person: "… Emigration and Expatriates Dr. X"', () => {
    const { x } = story("CAIRO, June 3, 2025 - The emir received Egypt's Minister of Foreign Affairs, Emigration and Expatriates Dr. Hany Mostafa on Tuesday.", '2025-06-03');
    expect(names(x)).toEqual(['hany mostafa']);
    expect(titlesInTextOrder(x, 'hany mostafa')).toEqual(['Minister of Foreign Affairs, Emigration and Expatriates']);
  });

  it('a list whose items are names is no list of portfolios: "Minister of Trade, Kofi Mensah and …" keeps the plain title', () => {
    const { x } = story('ACCRA, June 3, 2025 - He met Minister of Trade, Kofi Mensah and Ama Owusu Asante on Tuesday.', '2025-06-03');
    expect(titlesInTextOrder(x, 'kofi mensah')).toEqual(['Minister of Trade']);
    expect(x.people.flatMap((p) => p.roles.map((r) => r.title))).not.toContain('Minister of Trade, Kofi Mensah and Ama');
  });
});

describe('a title with an institution\'s name and a country before the name', () => {
  it('"Minister of Roads and Urban Development of Peru X" is that minister, of Peru', () => {
    const { x } = story('LIMA, June 3, 2025 - The commission was co-chaired by Minister of Roads and Urban Development of Peru Rosa Quispe.', '2025-06-03');
    expect(titlesInTextOrder(x, 'rosa quispe')).toEqual(['Minister of Roads and Urban Development']);
    expect(person(x, 'rosa quispe')?.countryCode).toBe('PE');
  });

  it('"Chairman of the Senate of the Parliament X": an inner "of the" joins the body\'s name', () => {
    const { x } = story('ASTANA, June 3, 2025 - Later today, the guest will meet with Chairman of the Senate of the Parliament Aidos Serikov.', '2025-06-03');
    expect(names(x)).toEqual(['aidos serikov']);
    expect(titlesInTextOrder(x, 'aidos serikov')).toEqual(['Chairman of the Senate of the Parliament']);
  });

  it('"the National People\'s Congress": the word before the possessive of a body is no person', () => {
    const { x } = story("BEIJING, June 3, 2025 - He met Chairman of the Standing Committee of the National People's Congress Li Wenhao on Tuesday.", '2025-06-03');
    expect(names(x)).not.toContain('people');
  });
});

describe('the office of a city, named with its city before the name', () => {
  it('"Akim of Shymkent X", "Mayor of Almaty Y": the city is where, the title the head, and the city no part of the name', () => {
    const { x } = story('ASTANA, June 3, 2025 - The guest will meet with Akim of Shymkent Nurlan Bekov and Mayor of Almaty Yerbolat Dossayev.', '2025-06-03');
    expect(names(x)).toEqual(['nurlan bekov', 'yerbolat dossayev']);
    expect(titlesInTextOrder(x, 'nurlan bekov')).toEqual(['Akim']);
    expect(titlesInTextOrder(x, 'yerbolat dossayev')).toEqual(['Mayor']);
    expect(person(x, 'yerbolat dossayev')?.countryCode).toBe('KZ');
  });

  it('an emirate is a realm, not a city: "Deputy Ruler of Abu Dhabi" keeps its complement', () => {
    const { x } = story('ABU DHABI, June 3, 2025 - Sheikh Hamad bin Zayed, Deputy Ruler of Abu Dhabi, received Kenyan President William Ruto on Tuesday.', '2025-06-03');
    expect(titlesInTextOrder(x, 'hamad bin zayed')).toEqual(['Deputy Ruler of Abu Dhabi']);
  });
});
