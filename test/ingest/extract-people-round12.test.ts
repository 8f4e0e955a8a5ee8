/**
 * Specs for people and their titles (round 12): names inside the names of
 * places, abbreviated titles, long official titles. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === name);
const titles = (x: Extraction, name: string) => person(x, name)?.roles.map((r) => r.title) ?? [];

describe('a name inside the name of an airport or a centre is no person', () => {
  it('"King Faisal International Airport" names no king, "the Rauf Aliyev Cultural Centre" no man', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - At King Faisal International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov. The guest later visited the Nizami Ganjavi Cultural Centre.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['rauf mammadov']);
  });

  it('the man the airport is named after, a person of the story elsewhere, is not mentioned by the airport\'s name', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - President Ilham Aliyev laid a wreath at the grave of National Leader Heydar Aliyev. At Heydar Aliyev International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['heydar aliyev', 'ilham aliyev', 'rauf mammadov']);
    expect(x.meetings.flatMap((m) => m.participants.map((p) => fold(p.name)))).not.toContain('heydar aliyev');
  });

  it('capitalised words after a name that end in no place noun leave it a person: "Leo Cruz Tuesday" is Cruz', () => {
    const { x } = story('MADRID, June 3, 2025 - Foreign Minister Ana Ruiz met Peruvian Foreign Minister Leo Cruz on Tuesday. Spain thanked Leo Cruz Monday evening.', '2025-06-03');
    expect(names(x)).toEqual(['ana ruiz', 'leo cruz']);
    expect(x.meetings.map((m) => m.participants.map((p) => fold(p.name)).sort())).toEqual([['ana ruiz', 'leo cruz']]);
  });
});

describe('"Gov." before a name is the title Governor', () => {
  it('"Texas Gov. Greg Abbott" is a Governor, and "Texas Gov" no person', () => {
    const { x } = story('AUSTIN, June 3, 2025 - Mexican Foreign Minister Ana Vela met Texas Gov. Greg Abbott in Austin on Tuesday.', '2025-06-03');
    expect(names(x)).toEqual(['ana vela', 'greg abbott']);
    expect(titles(x, 'greg abbott')).toEqual(['Governor']);
  });

  it('"Jeddah Gov. Prince Saud bin Khalid": the royal style only addresses the Governor', () => {
    const { x } = story('JEDDAH, June 3, 2025 - The guest was welcomed at the airport by Jeddah Gov. Prince Saud bin Khalid.', '2025-06-03');
    expect(names(x)).toEqual(['saud bin khalid']);
    expect(titles(x, 'saud bin khalid')).toEqual(['Governor']);
  });
});

describe('portfolios joined by "and" before a head, and heads of agencies', () => {
  it('"Business and Trade Secretary", "Transport and Logistics Minister" are whole titles', () => {
    const { x } = story('LONDON, June 3, 2025 - Business and Trade Secretary Anna Reed and Kenyan Transport and Logistics Minister Omar Lema signed a memorandum on Tuesday.', '2025-06-03');
    expect(titles(x, 'anna reed')).toEqual(['Business and Trade Secretary']);
    expect(titles(x, 'omar lema')).toEqual(['Transport and Logistics Minister']);
  });

  it('"in the presence of Energy and Natural Resources Minister X": the "of" of a noun that is no title opens no complement', () => {
    const { x } = story('ANKARA, June 3, 2025 - The two companies signed a contract in the presence of Energy and Natural Resources Minister Ali Demir.', '2025-06-03');
    expect(titles(x, 'ali demir')).toEqual(['Energy and Natural Resources Minister']);
  });

  it('"Minister of Finance and Coordinating Minister X" stays two titles', () => {
    const { x } = story('JAKARTA, June 3, 2025 - Minister of Finance and Coordinating Minister Budi Santoso met the delegation on Tuesday.', '2025-06-03');
    expect(titles(x, 'budi santoso')).toContain('Coordinating Minister');
  });

  it('"X, administrator of China\'s National Space Administration," and "Chilean plenipotentiary Y" hold those offices', () => {
    const { x } = story("SANTIAGO, June 3, 2025 - Zhou Lin, administrator of China's National Space Administration, met Chilean plenipotentiary Pablo Soto on Tuesday.", '2025-06-03');
    expect(titles(x, 'zhou lin')).toEqual(['Administrator of the National Space Administration']);
    expect(person(x, 'zhou lin')?.countryCode).toBe('CN');
    expect(titles(x, 'pablo soto')).toEqual(['Plenipotentiary']);
  });

  it('"a visiting fellow at" keeps its rank, as "a senior fellow" does', () => {
    const { x } = story('SINGAPORE, June 3, 2025 - Dr Mai Tran, a visiting fellow at the Lowy Institute, said the visit mattered.', '2025-06-03');
    expect(titles(x, 'mai tran')).toEqual(['Visiting Fellow']);
  });
});

describe('a title listing several portfolios before the name', () => {
  it('"Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates Amadou Diallo" is the whole title, and Diallo a person', () => {
    const { x } = story(
      'DAKAR, June 3, 2025 - The audience was attended by Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates Amadou Diallo and by Gambian Foreign Minister Lamin Jallow.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['amadou diallo', 'lamin jallow']);
    expect(titles(x, 'amadou diallo')).toEqual(['Minister of Foreign Affairs, African Cooperation and Senegalese Expatriates']);
  });

  it('the last portfolio of the list, before a form of address, is no person: "… Emigration and Expatriates Dr. X"', () => {
    const { x } = story("CAIRO, June 3, 2025 - The emir received Egypt's Minister of Foreign Affairs, Emigration and Expatriates Dr. Hany Mostafa on Tuesday.", '2025-06-03');
    expect(names(x)).toEqual(['hany mostafa']);
    expect(titles(x, 'hany mostafa')).toEqual(['Minister of Foreign Affairs, Emigration and Expatriates']);
  });

  it('a list whose items are names is no list of portfolios: "Minister of Trade, Kofi Mensah and …" keeps the plain title', () => {
    const { x } = story('ACCRA, June 3, 2025 - He met Minister of Trade, Kofi Mensah and Ama Owusu Asante on Tuesday.', '2025-06-03');
    expect(titles(x, 'kofi mensah')).toEqual(['Minister of Trade']);
    expect(x.people.flatMap((p) => p.roles.map((r) => r.title))).not.toContain('Minister of Trade, Kofi Mensah and Ama');
  });
});

describe('a title with an institution\'s name and a country before the name', () => {
  it('"Minister of Roads and Urban Development of Peru X" is that minister, of Peru', () => {
    const { x } = story('LIMA, June 3, 2025 - The commission was co-chaired by Minister of Roads and Urban Development of Peru Rosa Quispe.', '2025-06-03');
    expect(titles(x, 'rosa quispe')).toEqual(['Minister of Roads and Urban Development']);
    expect(person(x, 'rosa quispe')?.countryCode).toBe('PE');
  });

  it('"Chairman of the Senate of the Parliament X": an inner "of the" joins the body\'s name', () => {
    const { x } = story('ASTANA, June 3, 2025 - Later today, the guest will meet with Chairman of the Senate of the Parliament Aidos Serikov.', '2025-06-03');
    expect(names(x)).toEqual(['aidos serikov']);
    expect(titles(x, 'aidos serikov')).toEqual(['Chairman of the Senate of the Parliament']);
  });

  it('"the National People\'s Congress": the word before the possessive of a body is no person', () => {
    const { x } = story("BEIJING, June 3, 2025 - He met Chairman of the Standing Committee of the National People's Congress Li Wenhao on Tuesday.", '2025-06-03');
    expect(names(x)).not.toContain('people');
  });
});

describe('a city named before a title in apposition is no person', () => {
  it('"at the Royal Palace in Rabat, President of the Republic of Senegal, Mr. X": Rabat is the place, the title the next name\'s', () => {
    const { x } = story('RABAT, June 3, 2025 - King Hassan received, on Friday at the Royal Palace in Rabat, President of the Republic of Senegal, His Excellency Mr. Amadou Ba, who is on a visit.', '2025-06-03');
    expect(names(x)).not.toContain('rabat');
    expect(titles(x, 'amadou ba')).toEqual(['President']);
  });

  it('a full name after "from" keeps its title: "a letter from Florence Akoto, Minister of Trade,"', () => {
    const { x } = story('ACCRA, June 3, 2025 - The ambassador delivered a letter from Florence Akoto, Minister of Trade, on Tuesday.', '2025-06-03');
    expect(titles(x, 'florence akoto')).toEqual(['Minister of Trade']);
  });
});

describe('the office of a city, named with its city before the name', () => {
  it('"Akim of Shymkent X", "Mayor of Almaty Y": the city is where, the title the head, and the city no part of the name', () => {
    const { x } = story('ASTANA, June 3, 2025 - The guest will meet with Akim of Shymkent Nurlan Bekov and Mayor of Almaty Yerbolat Dossayev.', '2025-06-03');
    expect(names(x)).toEqual(['nurlan bekov', 'yerbolat dossayev']);
    expect(titles(x, 'nurlan bekov')).toEqual(['Akim']);
    expect(titles(x, 'yerbolat dossayev')).toEqual(['Mayor']);
    expect(person(x, 'yerbolat dossayev')?.countryCode).toBe('KZ');
  });

  it('an emirate is a realm, not a city: "Deputy Ruler of Abu Dhabi" keeps its complement', () => {
    const { x } = story('ABU DHABI, June 3, 2025 - Sheikh Hamad bin Zayed, Deputy Ruler of Abu Dhabi, received Kenyan President William Ruto on Tuesday.', '2025-06-03');
    expect(titles(x, 'hamad bin zayed')).toEqual(['Deputy Ruler of Abu Dhabi']);
  });
});
