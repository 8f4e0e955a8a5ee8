/**
 * Specs for who is a person and what their titles are (round 8): military
 * ranks, opposition and transitional offices, titles in appositions and lists
 * of officials, credit lines of wire copy. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => (person(x, name)?.roles.map((r) => r.title) ?? []).sort();

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

describe('titles in apposition', () => {
  it('"then the …" after a name is the title the person held then', () => {
    const { x } = story('The plan was drafted by Lopez and Marta Quiroga, then the prime minister of Peru, in Lima in 2019.', '2024-05-10');
    expect(names(x)).toContain('marta quiroga');
    expect(titles(x, 'Marta Quiroga')).toEqual(['Prime Minister']);
  });

  it('"former X and now Y": both titles are the person\'s, and a chamber heads a lower-case title', () => {
    const { x } = story("The call with Tomas Varga, Hungary's former prime minister and now Senate president, was leaked.", '2024-05-10');
    expect(titles(x, 'Tomas Varga')).toEqual(['Former Prime Minister', 'Senate President']);
  });

  it('a description joined by "and" may stand before the title', () => {
    const { x } = story("The late Jomo Baraka, the current president's uncle and Kenya's former President, built the road.", '2024-05-10');
    expect(titles(x, 'Jomo Baraka')).toEqual(['Former President']);
  });

  it('a title may end before "and" and a description', () => {
    const { x } = story("The arrest of Omar Salem, Tunisia's first democratically elected president and a rival of the army, shocked the region.", '2024-05-10');
    expect(titles(x, 'Omar Salem')).toEqual(['President']);
  });

  it('a title word after "and" still continues the list of titles', () => {
    const { x } = story("The guests were received by Prince Omar Hamad, the Crown Prince and Senior Minister at the Prime Minister's Office.", '2024-05-10');
    expect(titles(x, 'Omar Hamad')).toEqual(['Crown Prince', 'Senior Minister']);
  });
});

describe('ordinals', () => {
  it('a lower-case ordinal before a title tells who came first; a rank of the office stays', () => {
    const { x } = story("Ghana's first prime minister, Kwame Boateng, signed it. Ukraine's first deputy prime minister, Olena Koval, agreed.", '2024-05-10');
    expect(titles(x, 'Kwame Boateng')).toEqual(['Prime Minister']);
    expect(titles(x, 'Olena Koval')).toEqual(['First Deputy Prime Minister']);
  });
});

describe('names', () => {
  it('"Sultan" before a family name opened by "Al" is a given name, not a style', () => {
    const { x } = story("Sultan Al Mansouri, the UAE's energy minister and chief executive of the state oil company, said the deal was good. Omani Sultan Haitham bin Tarik agreed.", '2024-05-10');
    expect(names(x)).toEqual(['haitham bin tarik', 'sultan al mansouri']);
    expect(titles(x, 'Sultan Al Mansouri')).toEqual(['Chief Executive', 'Energy Minister']);
    expect(titles(x, 'Haitham bin Tarik')).toEqual(['Sultan']);
  });

  it('four-letter given names that differ only in a closing y or i are one person', () => {
    const { x } = story('Kremlin aide Yury Sokolov said the talks went well. Yuri Sokolov added that no document would be signed.', '2024-05-10');
    expect(names(x)).toEqual(['yury sokolov']);
  });

  it('the platform X before a full stop is not an initial', () => {
    const { x } = story('Premier Pavel Dvorak praised the deal. "It is a good day," Dvorak wrote on X. Dvorak told reporters the talks were over.', '2024-05-10');
    expect(names(x)).toEqual(['pavel dvorak']);
  });
});

describe('lists of officials', () => {
  it('a name after "including" holds the plural title of the list', () => {
    const { x } = story('In March, two deputy ministers, including Aminath Rasheed, were dismissed over the remarks.', '2024-05-10');
    expect(names(x)).toEqual(['aminath rasheed']);
    expect(titles(x, 'Aminath Rasheed')).toEqual(['Deputy Minister']);
  });
});

describe('credit lines', () => {
  it('bylines, "With assistance from" and "To contact the reporters" name staff, not people of the story', () => {
    const text = 'By Laura Bianchi and Omar Nasser\n\nPresident Ana Lopez met Prime Minister Ivan Petrov in Lima on Monday.\n\n--With assistance from Paolo Conti.\n\nTo contact the reporters on this story: Laura Bianchi in Rome; Omar Nasser in Dubai';
    const { x } = story(text, '2024-05-10');
    expect(names(x)).toEqual(['ana lopez', 'ivan petrov']);
  });
});

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

describe('places that look like names', () => {
  it('a name an apposition calls a place is no person, in any sentence of the article', () => {
    const { x } = story('The navy keeps Pedro Alvarez, the largest island in the chain, under a lease. Britain leased Pedro Alvarez to Chile in 1970. Ana Ruiz, the city\'s mayor, said so.', '2024-05-10');
    expect(names(x)).toEqual(['ana ruiz']);
  });
});
