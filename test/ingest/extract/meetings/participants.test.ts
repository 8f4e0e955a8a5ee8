/**
 * Specs for who takes part in a meeting: the people of one encounter,
 * counterparts, the agent of a passive, a rank among visitors, and who is not
 * at the meeting. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { calls, day, names, pairs, pairsInStoryOrder } from '../helpers.ts';

describe('meeting a group of unnamed people', () => {
  it('"is to give a speech and meet members of the president\'s party" is no meeting with the president', () => {
    const { x } = story(
      "U.S. President John Hale held talks with Vietnamese President Tran Van Long in Hanoi on Monday. Hale is to give a speech in Hanoi on Tuesday and meet members of the Vietnamese president's party before flying to Ho Chi Minh City.",
      '2016-05-23',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD' });
  });
});

describe('capitalised words misread as names', () => {
  it('a one-word "name" after "the" or before an office is not a third participant', () => {
    const { x } = story('Before arriving in Chile, Irish Prime Minister Liam Brennan attended the General Debate of the UN General Assembly in New York, where he met with US President Joe Biden on Sept. 25. Brennan is scheduled to meet Chilean business leaders, including Sofofa Chairman Pedro Lira, in Santiago on Friday.', '2024-09-26');
    expect(pairs(x.meetings)).toEqual([['joe biden', 'liam brennan'], ['liam brennan', 'pedro lira']]);
  });
});

describe('the agent of a passive meeting verb', () => {
  it('"was received at the airport by <a long title> X and Y" names X and Y as the hosts', () => {
    const { x } = story('Indian Prime Minister Arun Mehta arrived in Kuwait on Saturday, and was received at Kuwait International Airport by First Deputy Prime Minister and Minister of Interior Sheikh Fahad Saud Al-Rashid and Foreign Minister Khalid Al-Omar.', '2024-12-22');
    expect(pairs(x.meetings)).toEqual([['arun mehta', 'fahad saud al-rashid', 'khalid al-omar']]);
  });
});

describe('a counterpart "then" in office', () => {
  it('"held talks with then Prime Minister X" is an earlier occasion, kept apart from today\'s meeting with X', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Senior Minister Tom Walsh in Wellington on Thursday. It is his first visit to New Zealand since 2018, when he held talks with then Prime Minister Walsh in Auckland.', '2024-09-06');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'tom walsh'], ['liam brennan', 'tom walsh']]);
  });
});

describe('counterparts closed by "respectively"', () => {
  it('"visited A and B, where he held talks with X and Y respectively" is one meeting each, at the city of the same rank', () => {
    const { x } = story("Chile's President Pablo Rojas visited Lima and Quito on May 30, where he held talks with Peruvian President Marco Diaz and Ecuadorean President Ana Quispe respectively.", '2024-07-08');
    expect(x.meetings.map((m) => [names(m.participants), m.city]).sort()).toEqual([
      [['ana quispe', 'pablo rojas'], 'Quito'],
      [['marco diaz', 'pablo rojas'], 'Lima'],
    ]);
  });

  it('without a list of as many cities, the meetings are still one each', () => {
    const { x } = story("Chile's President Pablo Rojas on Monday received Peruvian President Marco Diaz and Ecuadorean President Ana Quispe, respectively, at La Moneda.", '2024-07-08');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'pablo rojas'], ['marco diaz', 'pablo rojas']]);
  });

  it('without "respectively", the counterparts are at one meeting', () => {
    const { x } = story("Chile's President Pablo Rojas on Monday received Peruvian President Marco Diaz and Ecuadorean President Ana Quispe at La Moneda.", '2024-07-08');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'marco diaz', 'pablo rojas']]);
  });
});

describe('a counterpart after an office qualified in lower case', () => {
  it('"hosted Peru\'s transitional president, General X, and Y" has the host meet both', () => {
    const { x } = story("Chile's military leader, General Pablo Rojas, hosted Peru's transitional president, Colonel Marco Diaz, and Bolivia's Captain Ana Quispe for a summit in Santiago on Saturday.", '2024-07-08');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'marco diaz', 'pablo rojas']]);
  });

  it('a later meeting word that is not what the joined people came for keeps its own meeting', () => {
    const { x } = story("Chile's President Pablo Rojas hosted Peru's transitional president, Colonel Marco Diaz, at La Moneda on Saturday, and later met Bolivia's Captain Ana Quispe at the airport.", '2024-07-08');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'pablo rojas'], ['marco diaz', 'pablo rojas']]);
  });
});

describe('the sender of greetings or a message a visitor brings', () => {
  it('"conveyed the greetings of King X" does not put the king at the meeting', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean President Pablo Rojas at the palace today, and conveyed the greetings of King Harald Berg to him.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('nor does "a message from" the president the visitor speaks for', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean Foreign Minister Ana Quispe at the palace today, and she handed him a written message from President Pablo Rojas.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl']]);
  });
});

describe('a meeting verb whose object follows the place and the day', () => {
  it('"received at X Palace today the Minister …, Y" is a meeting with Y', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received at Skaugum Palace today the Foreign Minister of Chile, Ana Quispe, who is on a two-day visit.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl']]);
  });

  it('"received today at the Palace of the Nation Chilean President Y" too', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received today at the Palace of the Nation Chilean President Pablo Rojas.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"received at the palace today support" names no one met', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received at Skaugum Palace today strong support from farmers, Chilean President Pablo Rojas said.', '2024-09-23');
    expect(x.meetings).toEqual([]);
  });
});

describe('a rank among visitors', () => {
  it('"The last X to visit Y was Z, who held talks with W" is the meeting of Z and W only', () => {
    const { x } = story('Prime Minister Erik Dahl arrived in Santiago on Monday. The last Norwegian premier to visit Chile was Kari Lund, who held talks with then President Pablo Rojas in Santiago in March 2011.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['kari lund', 'pablo rojas']]);
  });

  it('"the third leader to visit Y, after A and B" does not make A and B counterparts', () => {
    const { x } = story('Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas in Santiago on Monday. Dahl is the third European leader to visit Chile this year, after Irish Prime Minister Liam Brennan in May and Dutch Prime Minister Anna de Vries in July.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});


describe('participants: the people of one encounter', () => {
  it('"The pair held talks" right after a hosting is that meeting, dated by its own sentence', () => {
    const { x } = story(
      'Portuguese Prime Minister Rui Sousa hosted Irish Prime Minister Liam Brennan in Lisbon, where the two leaders signed a fisheries pact. The pair held talks at the Belem Cultural Centre in Restelo on Tuesday morning.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Lisbon', date: day(2024, 9, 10) });
    expect(names(x.meetings[0]!.participants)).toEqual(['liam brennan', 'rui sousa']);
  });

  it('"He and X met …, when they travelled with A and B to meet C" is one meeting of all five', () => {
    const { x } = story(
      'Dutch Prime Minister Anna de Vries visited Vienna last week. Austrian Chancellor Karl Huber welcomed her. He and de Vries first met in Warsaw, when they travelled with Czech Prime Minister Pavel Novak and Slovak Prime Minister Jan Kovac to meet Polish President Marek Nowak.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['anna de vries', 'jan kovac', 'karl huber', 'marek nowak', 'pavel novak']);
  });

  it('a sentence opening "He and X met" takes "he" to be the subject of the sentence before', () => {
    const { x } = story(
      'Turkish President Emre Aydin last visited Baku in 2010, when he met the late Azerbaijani leader Rauf Aliyev. He and Azerbaijani President Ilham Mammadov last met in May in Ankara.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['emre aydin', 'ilham mammadov']);
    expect(pairsInStoryOrder(x.meetings)).not.toContainEqual(['ilham mammadov', 'rauf aliyev']);
  });
});

describe('participants: who is not at the meeting', () => {
  it('"welcomed the ties but urged X" is no meeting with X: the verb\'s object is a thing', () => {
    const { x } = story(
      'Chilean President Pablo Rojas hosted Peruvian President Ana Quispe in Santiago on Monday. Chilean opposition leader Marta Soto said she welcomed the new trade rules but urged Rojas to protect farmers.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['ana quispe', 'pablo rojas']]);
  });

  it('"The two men held talks …, shortly after X\'s delegation arrived" is the pair alone', () => {
    const { x } = story(
      "Togolese President Faure Adjo began a state visit to Ghana on Wednesday. Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Yao Agbeko signed a border accord in Accra on Thursday. The two men had held talks in Accra on Wednesday, shortly after Faure Adjo's delegation arrived from Lome, where the Togolese leader had met his cabinet.",
      '2024-09-13',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['kofi mensah', 'yao agbeko']]);
  });

  it('"After the talks, A and B signed …": a signing after a meeting already told is no meeting of its own', () => {
    const { x } = story(
      'Brazilian President Carlos Lima held talks with Argentine President Jorge Pereyra in Brasilia on Tuesday. After the talks, Brazilian Foreign Minister Rita Alves and Argentine Foreign Minister Diego Ruiz signed four agreements.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['carlos lima', 'jorge pereyra']]);
  });
});

describe('people of a later clause with its own subject', () => {
  it('"A and B spoke for two hours, before the foreign ministers, X and Y, signed four agreements" is A and B', () => {
    const { x } = story(
      'Malian President Amadou Keita visited Niger on Thursday. Keita and Nigerien President Ali Moussa spoke for more than two hours in Niamey, the presidency said, before the foreign ministers of the two countries, Awa Diallo of Mali and Idrissa Sani of Niger, signed four agreements.',
      '2024-04-19',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['ali moussa', 'amadou keita']]);
  });
});

describe('a pair as the subject beside named counterparts', () => {
  it('"The two Japanese ministers later held talks with A and B" is all four', () => {
    const { x } = story(
      'Japanese Foreign Minister Aiko Sato and Japanese Defence Minister Ken Mori called on Philippine President Jose Reyes at the palace on Monday. The two Japanese ministers later held "two-plus-two" security talks with Philippine Defence Secretary Luis Cruz and Foreign Secretary Ana Lopez in Manila.',
      '2024-07-08',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['aiko sato', 'ana lopez', 'ken mori', 'luis cruz']);
  });
});

describe('participants: who is at the meeting', () => {
  it('the owner of the place ("at the president\'s residence") is not a participant', () => {
    const { x } = story(
      'Irish Foreign Minister Liam Brennan began the tour in Peru, where he met President Ana Quispe in Lima on Sunday. In Bolivia on Monday, he sat down with President Jorge Mamani at the president\'s country residence.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([
      ['ana quispe', 'liam brennan'],
      ['jorge mamani', 'liam brennan'],
    ]);
  });

  it('an ordinal description ("the first Irish leader to visit") names nobody told before', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan spoke to reporters in Dublin on Monday. Former Prime Minister Sean Doyle toured all four Andean countries in 2011, the first Irish leader to visit all of them.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(0);
  });

  it('"them" after a group the sentence names ("the five Andean leaders") is that group, not the pair told before', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Monday. Brazilian President Joao Costa hosted the five Andean leaders in Brasilia in May, and Spanish Prime Minister Luis Ortega held a summit with them in Madrid in June.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('a person named only in a coordinated clause with its own subject ("…, and the government backed him against X") is not at the meeting', () => {
    const { x } = story(
      'Chilean President Pablo Rojas took office in 2022. He met Irish Prime Minister Liam Brennan in Dublin in May 2023, and the Irish government backed him in his dispute with Chief Justice Marta Soto, whom Dublin criticised.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('"X, the minister of A, and Y met": an aside before "and" does not make the first subject a clause of its own', () => {
    const { x } = story('Liam Brennan, the foreign minister of Ireland, and Chile\'s Foreign Minister Pablo Rojas met in Santiago on Sunday.', '2024-09-11');
    expect(pairsInStoryOrder(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('"A held talks with B in May, and B travelled to C\'s capital in August, where he called on C": the later meeting is B and C', () => {
    const { x } = story(
      'Chilean Foreign Minister Pablo Rojas had held talks with Mr. Liam Brennan in Dublin in May, and Mr. Brennan travelled to Santiago in August, where he called on President Ana Quispe.',
      '2024-10-07',
    );
    const byPair = Object.fromEntries(x.meetings.map((m) => [names(m.participants).join(' + '), m]));
    expect(Object.keys(byPair).sort()).toEqual(['ana quispe + liam brennan', 'liam brennan + pablo rojas']);
    expect(byPair['liam brennan + pablo rojas']).toMatchObject({ city: 'Dublin', date: { year: 2024, month: 5, precision: 'MONTH' } });
    expect(byPair['ana quispe + liam brennan']).toMatchObject({ city: 'Santiago', date: { year: 2024, month: 8, precision: 'MONTH' } });
  });
});

describe('the host a description names, beside the companions of the visitor', () => {
  it('"X, accompanied by Foreign Minister Y, was received by the crown prince" is X, Y and the crown prince', () => {
    const { x } = story('RIYADH, Syrian President Omar Haddad held talks with Crown Prince Turki bin Fahd on Sunday. Haddad, accompanied by Foreign Minister Sami Nasser, was received by the crown prince at the palace on Sunday.', '2025-02-02');
    expect(pairs(x.meetings)).toEqual([['omar haddad', 'sami nasser', 'turki bin fahd']]);
  });

  it('a pronoun after the two who met is one of them: "The crown prince, son of King Z, had telephoned X to congratulate him"', () => {
    const { x } = story('RIYADH, Syrian President Omar Haddad held talks with Crown Prince Turki bin Fahd on Sunday. Haddad was once a pupil of Professor Adel Karim. The crown prince, who acts for his father, King Fahd Al-Sudairi, had telephoned Haddad in late December to congratulate him.', '2025-02-02');
    expect(calls(x.meetings)).toEqual([['omar haddad', 'turki bin fahd']]);
  });
});
