/**
 * Specs for a description, a title or a form of address that stands for a
 * person the story named before ("the Ghanaian President", "His Highness",
 * "the Chilean Head of State"), and for what such a phrase does not stand
 * for. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, person, titlesInTextOrder as titles, pairs, day, who, pairsInStoryOrder } from '../helpers.ts';

describe('counterparts', () => {
  it('a counterpart holds the office the article gave the person named before them', () => {
    const { x } = story('German Foreign Minister Anna Berg arrived in Sydney on Monday. Berg had been due to hold talks with her Australian counterpart Jane Holt in Canberra on Tuesday.', '2024-05-10');
    expect(titles(x, 'Jane Holt')).toEqual(['Foreign Minister']);
    expect(person(x, 'Jane Holt')).toMatchObject({ countryCode: 'AU' });
  });
});

describe('references to people', () => {
  it('"the Ghanaian president" is the Ghanaian leader of the story when no Ghanaian is titled president', () => {
    const { x } = story(
      'French President Anne Roy hosted Ghanaian leader Kofi Mensah for a state dinner in Paris on Thursday. Roy held talks with then-president Yaw Boateng in Accra in 2018. The Ghanaian president was due to meet Prime Minister Paul Blanc in Paris on Friday.',
      '2024-05-10',
    );
    expect(who(x)).toContain('kofi mensah + paul blanc');
    expect(who(x)).not.toContain('paul blanc + yaw boateng');
  });
});

describe('round 4, fourth pass: a described guest, and the place a "where" clause points back to', () => {
  it('"received the Rwandan president" is a meeting with the Rwandan president the story named before', () => {
    const { x } = story('Rwandan President Paul Mugisha arrived in Nairobi on Monday. Kenyan President Samuel Kiprop received the Rwandan president at State House on Tuesday.', '2024-05-08');
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['paul mugisha', 'samuel kiprop']);
  });

  it('"travel to A and then to B, where he is scheduled to meet X" is a meeting in B', () => {
    const { x } = story('Tomorrow, Kenyan President Samuel Kiprop will travel to Mombasa to open a port terminal and then to Malindi, where he is scheduled to meet Tanzanian President Amina Juma.', '2024-05-08');
    expect(x.meetings[0]).toMatchObject({ city: 'Malindi', date: day(2024, 5, 9) });
  });
});

describe('participants told by reference, and plans', () => {
  it('"X said A and B would come to meet him and sign an accord" is a planned meeting of all three', () => {
    const { x } = story(
      'Nigerian President Musa Bello said Chadian President Idriss Mahamat and Nigerien President Ali Moussa would come to Abuja to meet him and sign a final accord, but no date has been set.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['ali moussa', 'idriss mahamat', 'musa bello']);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED' });
  });

  it('"received the two ministers" adds the pair told before to the people the sentence names', () => {
    const { x } = story(
      'Peruvian Foreign Minister Ana Quispe and Bolivian Foreign Minister Jorge Mamani signed a border treaty in Brasilia on Friday. Brazilian President Carlos Lima, joined by Brazilian Foreign Minister Rita Alves, received the two ministers at the Planalto Palace later on Friday.',
      '2024-09-14',
    );
    const received = x.meetings.find((m) => names(m.participants).includes('carlos lima'));
    expect(names(received!.participants)).toEqual(['ana quispe', 'carlos lima', 'jorge mamani', 'rita alves']);
  });

  it('"a summit between them …, called off in December" is the pair told before with the host, in that month', () => {
    const { x } = story(
      'Sudanese General Omar Hamdan and rebel leader Yasir Idris last met in Jeddah in March, at talks hosted by Saudi Foreign Minister Faisal Saud. A summit between them in Addis Ababa, to be hosted by Ethiopian Prime Minister Abiy Tesfaye, was called off in December when Idris stayed away.',
      '2025-06-20',
    );
    const summit = x.meetings.find((m) => m.status === 'CANCELLED');
    expect(names(summit!.participants)).toEqual(['abiy tesfaye', 'omar hamdan', 'yasir idris']);
    expect(summit!.date).toEqual({ year: 2024, month: 12, precision: 'MONTH' });
  });
});

describe('descriptions that stand for a participant', () => {
  it('"the Irish leader" is not "the late leader X" named since', () => {
    const { x } = story('Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Thursday. Brennan laid a wreath for the victims of the storm. He recalled the words of the late leader Salvador Allende about the sea. On the same day, the Irish leader met Chilean Senate President Ana Quispe.', '2024-09-27');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'liam brennan'], ['liam brennan', 'pablo rojas']]);
  });
});

describe('titles that stand for a person', () => {
  it('"the Chief Adviser" is the one person introduced as "Chief Adviser X"', () => {
    const { x } = story('Chief Adviser Professor Rahim Karim arrived in Tokyo on Tuesday. Japanese Foreign Minister Kenji Sato paid a courtesy call on the Chief Adviser at the Imperial Hotel, where he is staying, on Wednesday evening.', '2025-05-30');
    expect(pairs(x.meetings)).toEqual([['kenji sato', 'rahim karim']]);
  });
});

describe('no description across the words of a clause', () => {
  it('"has yet to travel to the continent as president" names no president told before', () => {
    const { x } = story('Chilean President Pablo Rojas met Irish President Liam Brennan in Dublin on Thursday, and Brennan praised Rojas for his courage. Brennan, who promised to visit South America in 2023, has yet to travel to the continent as president.', '2024-05-24');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});

describe('"the late" and an office, with no name after it', () => {
  it('is the one person the story told of as dead, not the last person named', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish President Liam Brennan in Santiago on Thursday. It is the first visit to Chile by Brennan since he was elected party leader in August, following the death of Sean Walsh. The late General Secretary visited Chile in March 2018, when he held talks in Valparaiso with Ana Quispe.', '2024-09-27');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'sean walsh'], ['liam brennan', 'pablo rojas']]);
  });
});

describe('a title phrase the story gave a person in apposition', () => {
  it('"The President of the Republic, Mr. X" makes "the President of the Republic" and then "He" stand for X', () => {
    const { x } = story('OSLO - The President of the Republic, Mr. Pablo Rojas, and the Prime Minister of Norway, Mr. Erik Dahl, co-chaired on Wednesday in Oslo the first Chilean-Norwegian summit. The President of the Republic arrived in Oslo on Tuesday afternoon. He was welcomed at Gardermoen Airport by Mr. Nils Berg.', '2025-07-23');
    expect(pairs(x.meetings)).toContainEqual(['nils berg', 'pablo rojas']);
    expect(pairs(x.meetings)).not.toContainEqual(['erik dahl', 'nils berg']);
  });
});

describe('"the Chilean Head of State" as a description', () => {
  it('stands for the president of that country told before', () => {
    const { x } = story('OSLO - Chilean President Pablo Rojas arrived in Oslo on Monday for a state visit. The Chilean Head of State was received by Prime Minister Erik Dahl at the palace on Tuesday.', '2025-05-06');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});


describe('a form of address stands for the one person it introduced', () => {
  it('"His Highness received President X" names the person first written as "His Highness Sheikh …"', () => {
    const { x } = story(
      'DOHA, 3rd March, 2025 (QNA) -- Emir His Highness Sheikh Khalid bin Saif Al Rashid and Maria Lopes, President of the Republic of Cabo Verde, today opened a trade forum. Later, His Highness received President Lopes at Al Wajba Palace.',
      '2025-03-03',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['khalid bin saif al rashid', 'maria lopes']);
  });

  it('"held talks with His Highness" after the visitor is named gives the pair', () => {
    const { x } = story(
      'DOHA, 3rd March, 2025 (QNA) -- His Highness Sheikh Khalid bin Saif Al Rashid opened a trade forum today. Last year President Maria Lopes of Cabo Verde paid a visit to Doha, during which she held talks with His Highness at the palace.',
      '2025-03-03',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['khalid bin saif al rashid', 'maria lopes']);
  });

  it('a form two people share names neither; one only one person had still names that person', () => {
    const { x } = story(
      'AMMAN, 3rd March, 2025 (Petra) -- His Highness Prince Khalid bin Saif Al Rashid, His Highness Prince Hamad bin Saif Al Rashid and Her Majesty Queen Noor Al Saif opened a trade forum today. Later, Her Majesty received President Maria Lopes of Cabo Verde at the palace.',
      '2025-03-03',
    );
    const withLopes = x.meetings.filter((m) => names(m.participants).includes('maria lopes'));
    expect(withLopes.map((m) => names(m.participants))).toContainEqual(['maria lopes', 'noor al saif']);
    for (const m of withLopes) expect(names(m.participants)).not.toContain('hamad bin saif al rashid');
    for (const m of withLopes) expect(names(m.participants)).not.toContain('khalid bin saif al rashid');
  });
});

describe('a title phrase with "of" written before a name stands for that person', () => {
  it('"the Guardian of the Northern Shrines was received by X" names the king introduced with it', () => {
    const { x } = story(
      'ROME, March 13, 2025 -- The Guardian of the Northern Shrines King Omar bin Talal Al Harbi arrived in Rome this afternoon for a three-day visit. Earlier today, the Guardian of the Northern Shrines was received by President Sergio Mattarella at the Quirinal Palace.',
      '2025-03-13',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['omar bin talal al harbi', 'sergio mattarella']);
  });
});

describe('an office written with a capital after a nationality', () => {
  it('"welcomed the Ghanaian President" names the one Ghanaian president of the story', () => {
    const { x } = story(
      'LISBON, Ghanaian President Kofi Mensah arrived in Lisbon on Monday for a state visit. Prime Minister Rui Tavares welcomed the Ghanaian President at Sao Bento Palace on Tuesday.',
      '2025-03-10',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['kofi mensah', 'rui tavares']);
  });
});

describe('"the distinguished guest" for the visitor the story told of', () => {
  it('is the one person told before as "who is on a state visit"', () => {
    const { x } = story('BAKU, President Elnur Hasanov held talks with Turkmen President Dovlet Amanov, who is on a state visit to Azerbaijan. At the airport, the distinguished guest was welcomed by Deputy Prime Minister Rauf Guliyev.', '2025-08-05');
    expect(pairs(x.meetings)).toEqual([['dovlet amanov', 'elnur hasanov'], ['dovlet amanov', 'rauf guliyev']]);
  });

  it('names nobody when the story told of no visit', () => {
    const { x } = story('BAKU, President Elnur Hasanov held talks with Turkmen President Dovlet Amanov. At the airport, the distinguished guest was welcomed by Deputy Prime Minister Rauf Guliyev.', '2025-08-05');
    expect(pairs(x.meetings)).toEqual([['dovlet amanov', 'elnur hasanov']]);
  });
});

describe('"The President of Ukraine" for the one person introduced with that title', () => {
  const lead = 'HELSINKI, President of Ukraine Petro Hrytsenko held a meeting with President of Finland Mika Laine at the palace on Monday. Head of the Office of the President of Ukraine Ivan Bondar also took part in the meeting.';

  it('"The President of Ukraine also held a meeting with B" is Hrytsenko\'s, not his chief of staff\'s, and "also" is no particle of a name', () => {
    const { x } = story(`${lead} The President of Ukraine also held a meeting with Prime Minister of Finland Aino Virtanen at Kesäranta.`, '2025-03-18');
    expect(pairs(x.meetings)).toEqual([['aino virtanen', 'petro hrytsenko'], ['ivan bondar', 'mika laine', 'petro hrytsenko']]);
  });

  it('"at the invitation of His Majesty Sultan X": the address still stands for X later', () => {
    const { x } = story('Prime Minister Ravi Menon paid a visit to Brunei at the invitation of His Majesty Sultan Haji Omar Saifuddin. On Tuesday, His Majesty held talks with Prime Minister Menon at the palace.', '2024-09-04');
    expect(pairs(x.meetings)).toEqual([['omar saifuddin', 'ravi menon']]);
  });
});

describe('"the crown prince" for the heir, not the king', () => {
  it('"The crown prince visited Beijing, when X received him" is the heir\'s meeting', () => {
    const { x } = story('RIYADH, King Fahd Al-Sudairi received Chinese President Li Wen at the palace on Thursday. Li then held talks with Crown Prince Turki bin Fahd. The crown prince visited Beijing in February 2019, when Li received him at the Great Hall of the People.', '2022-12-08');
    expect(pairs(x.meetings)).toEqual([['fahd al-sudairi', 'li wen'], ['li wen', 'turki bin fahd'], ['li wen', 'turki bin fahd']]);
  });
});
