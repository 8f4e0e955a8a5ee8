/**
 * Specs for the titles written after a person's name: apposition, titles set
 * off by commas, lists of officials, a plural title shared by several names,
 * the titles of people in a relative clause. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, person, titles, titlesInTextOrder } from '../helpers.ts';

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

describe('lists of officials', () => {
  it('a name after "including" holds the plural title of the list', () => {
    const { x } = story('In March, two deputy ministers, including Aminath Rasheed, were dismissed over the remarks.', '2024-05-10');
    expect(names(x)).toEqual(['aminath rasheed']);
    expect(titles(x, 'Aminath Rasheed')).toEqual(['Deputy Minister']);
  });
});

describe('"the X party, led by Y"', () => {
  it('makes Y the Leader', () => {
    const { x } = story(
      'MADRID, April 23, 2024 - Sánchez addressed parliament on Tuesday. The far-right Vox party, led by Jorge Buxade, staged a walkout.',
      '2024-04-23',
    );
    expect(titles(x, 'Jorge Buxade')).toEqual(['Leader']);
  });
});

describe('a name set off after a relation noun', () => {
  it('"under Ruto\'s predecessor, Mwai Kibaki, with …" names Mwai Kibaki, with no title', () => {
    const { x } = story(
      'NAIROBI, Dec 4, 2023 - Kenyan President William Ruto received German Chancellor Olaf Scholz on Monday. Relations cooled under Ruto\'s predecessor, Mwai Kibaki, with Berlin freezing aid.',
      '2023-12-04',
    );
    expect(names(x)).toContain('mwai kibaki');
    expect(person(x, 'mwai kibaki')?.roles).toEqual([]);
  });
});

describe('a note in brackets closing a title', () => {
  it('"in the presence of the Minister of State for Mines (Gold), Ade Bello" gives Ade Bello the title without the note', () => {
    const { x } = story('ABUJA, Nov 16, 2024 - The contract was signed in Abuja on Saturday, in the presence of the Minister of State for Mines (Gold), Ade Bello.', '2024-11-16');
    expect(person(x, 'ade bello')?.roles.map((r) => r.title)).toEqual(['Minister of State for Mines']);
  });
});


describe('titles written after a name, as agencies list officials', () => {
  it('an office and a second office after a form of address and a name', () => {
    const { x } = story('The talks were attended by Sheikh Saif bin Rashid Al Mualla, Deputy Ruler of Dubai and National Security Advisor; and senior officials.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Saif bin Rashid Al Mualla').sort()).toEqual(['Deputy Ruler of Dubai', 'National Security Advisor']);
  });

  it('a list of titles closed by "and" gives each title', () => {
    const { x } = story('The plan was first discussed during the visit of Prince Faisal bin Nasser, Deputy Crown Prince, Second Deputy Premier and Minister of Defence, to Seoul in 2016.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Faisal bin Nasser').sort()).toEqual(['Deputy Crown Prince', 'Minister of Defence', 'Second Deputy Premier']);
  });

  it('the title of one person does not run into the next person named after "and"', () => {
    const { x } = story('The pact was signed by Omar Al Hadi, Minister of State for Foreign Trade, and Grace Wanjiru, Cabinet Secretary for Investments, Trade and Industry of Kenya.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Omar Al Hadi')).toEqual(['Minister of State for Foreign Trade']);
    expect(titlesInTextOrder(x, 'Grace Wanjiru')).toEqual(['Cabinet Secretary for Investments, Trade and Industry']);
    expect(person(x, 'Grace Wanjiru')).toMatchObject({ countryCode: 'KE' });
  });

  it('a council of a city named after a name is part of the title', () => {
    const { x } = story('Also present was Rashid Al Ketbi, Member of the Executive Council of Abu Dhabi; and the ambassador.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Rashid Al Ketbi')).toEqual(['Member of the Executive Council of Abu Dhabi']);
  });

  it('a party named with its country keeps the country in its name', () => {
    const { x } = story('He met Tran Van Long, General Secretary of the Communist Party of Vietnam, on Monday.', '2023-05-10');
    expect(titlesInTextOrder(x, 'Tran Van Long')).toEqual(['General Secretary of the Communist Party of Vietnam']);
  });
});

describe('a plural title shared by a list of names', () => {
  it('"the presidents of A, X, and B, Y": the second name has the title and the country before it', () => {
    const { x } = story('The presidents of Chile, Marta Soto, and Peru, Jorge Rivas, met in Arica on Friday.', '2023-05-10');
    expect(person(x, 'Jorge Rivas')).toMatchObject({ countryCode: 'PE' });
    expect(titlesInTextOrder(x, 'Jorge Rivas')).toEqual(['President']);
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

describe('titles in apposition', () => {
  it('a title owned by someone else in apposition is the title of the name before it', () => {
    const { x } = story("Tom Archer, Smith's senior adviser for Asia, said the talks would go on in Doha.", '2024-05-10');
    expect(names(x)).toEqual(['tom archer']);
    expect(titlesInTextOrder(x, 'Tom Archer')).toEqual(['Senior Adviser for Asia']);
  });

  it('"senior" stays out of a title without a complement', () => {
    const { x } = story('The plan was announced by senior adviser Tom Archer in Doha.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Tom Archer')).toEqual(['Adviser']);
  });
});

describe('people and titles in a relative clause', () => {
  it('a name that opens a sentence and takes ", who" is a person', () => {
    const { x } = story('Kofi Mensah, who lost the last election, said the visit was a waste of money.', '2024-05-10');
    expect(names(x)).toEqual(['kofi mensah']);
  });

  it('a name inside a phrase before ", who" is not taken for a person', () => {
    const { x } = story('Minister Ana Duarte, of the junior partner Nova Esquerda, who stayed home, criticised the trip.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte']);
  });

  it('", who is also <title>," adds that title', () => {
    const { x } = story("Singapore's Deputy Prime Minister Tan Wei Ming, who is also Minister for Trade and Industry, signed the pact.", '2024-05-10');
    expect(titlesInTextOrder(x, 'Tan Wei Ming')).toEqual(['Deputy Prime Minister', 'Minister for Trade and Industry']);
  });

  it('"Menteri Besar", the chief minister of a Malaysian state, is a title', () => {
    const { x } = story('Johor Menteri Besar Aziz Rahman said land had been set aside.', '2024-05-10');
    expect(names(x)).toEqual(['aziz rahman']);
    expect(titlesInTextOrder(x, 'Aziz Rahman')).toEqual(['Menteri Besar']);
  });
});

describe('titles set off by commas', () => {
  it('a title in apposition after one name is not a second title of the name after "and"', () => {
    const { x } = story('The treaty was signed in Rome in 2021 by Marco Bellini, then prime minister, and French President Anne Roy.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Anne Roy')).toEqual(['President']);
    expect(titlesInTextOrder(x, 'Marco Bellini')).toEqual(['Prime Minister']);
  });

  it('a list of titles after a name stays that name\'s', () => {
    const { x } = story('The talks were led by Prince Faisal bin Ahmed, Deputy Crown Prince, Second Deputy Premier and Minister of Defense, in Tokyo.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Faisal bin Ahmed').sort()).toEqual(['Deputy Crown Prince', 'Minister of Defense', 'Second Deputy Premier']);
  });
});

describe('plural titles of the two sides', () => {
  it('"the foreign ministers of the two countries, X of A and Y of B" gives each the office and their country', () => {
    const { x } = story('After the talks, the foreign ministers of the two countries, Awa Diop of Senegal and Sidi Ould Ahmed of Mauritania, signed four agreements.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Awa Diop')).toEqual(['Foreign Minister']);
    expect(titlesInTextOrder(x, 'Sidi Ould Ahmed')).toEqual(['Foreign Minister']);
    expect(person(x, 'Awa Diop')).toMatchObject({ countryCode: 'SN' });
    expect(person(x, 'Sidi Ould Ahmed')).toMatchObject({ countryCode: 'MR' });
  });
});

describe('titles around a name, continued', () => {
  it('"X, <title> to the President," reads the title before "to"', () => {
    const { x } = story('Omar Saleh, diplomatic adviser to the President, said the ties were strong.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Omar Saleh')).toEqual(['Diplomatic Adviser']);
  });

  it('"<title>, the late X" gives the title to the dead person named', () => {
    const { x } = story("The text was initialled by Kenya's special envoy, the late Peter Otieno, in 2019.", '2024-05-10');
    expect(names(x)).toEqual(['peter otieno']);
    expect(titlesInTextOrder(x, 'Peter Otieno')).toEqual(['Special Envoy']);
  });
});

describe('an office before the name and another in apposition', () => {
  it('both are the person\'s titles', () => {
    const { x } = story("Opposition leader Carla Ricci, head of Italy's Green Party, called the deal a mistake.", '2024-05-10');
    expect(titlesInTextOrder(x, 'Carla Ricci')).toEqual(['Opposition Leader', 'Head of the Green Party']);
  });

  it('the owner of an appositive title may take an article', () => {
    const { x } = story("Jorge Vidal, the Liberal Party's presidential candidate, called it a waste of money.", '2024-05-10');
    expect(titlesInTextOrder(x, 'Jorge Vidal')).toEqual(['Presidential Candidate']);
  });

  it('"a member of …" and the title of the next name in a list are not taken', () => {
    const { x } = story('Former Prime Minister Ana Duarte, a member of the ruling party, warned against haste, as did vice president Rosa Lind, minister of industry Tomas Ruiz, and others.', '2024-05-10');
    expect(titlesInTextOrder(x, 'Ana Duarte')).toEqual(['Former Prime Minister']);
    expect(titlesInTextOrder(x, 'Rosa Lind')).toEqual(['Vice President']);
  });
});
