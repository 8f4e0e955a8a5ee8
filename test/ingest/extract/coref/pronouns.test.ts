/**
 * Specs for who a pronoun stands for in a meeting: "he" opening a sentence or
 * carried over several, object pronouns, "they", a pronoun after a
 * description. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { calls, names, pairs, pairsInStoryOrder, who } from '../helpers.ts';

describe('object pronouns', () => {
  it('"her" before a preposition is the object: the woman named before', () => {
    const { x } = story('Chilean President Maria Lopez arrived in New Delhi on Monday. Hours later, Foreign Minister Raj Kumar called on her at her hotel in New Delhi.', '2024-05-10');
    expect(who(x)).toContain('maria lopez + raj kumar');
  });
});

describe('pronouns after a description', () => {
  it('"She" goes to the subject of the sentence before, even when that subject is a description', () => {
    const { x } = story(
      'Chilean Prime Minister Maria Lopez arrived in New Delhi on Monday. The prime minister was to call on President Asha Rao at her palace in the evening. She is due to travel to Beijing next month for talks with Chinese President Li Wen.',
      '2024-05-10',
    );
    expect(who(x)).toContain('li wen + maria lopez');
    expect(who(x)).not.toContain('asha rao + li wen');
  });
});

describe('a possessive description does not rule out the subject of "he"', () => {
  it('"He held talks with X … after the prime minister\'s visit" is the person of the sentence before', () => {
    const { x } = story(
      'Foreign Secretary Tom Hale told reporters the talks had gone well. Indian Prime Minister Arjun Rao had arrived in Lima on Tuesday. He held talks with Peruvian President Ana Ruiz there the same evening, weeks after the prime minister\'s visit to Cusco.',
      '2025-03-10',
    );
    const withRuiz = x.meetings.filter((m) => names(m.participants).includes('ana ruiz'));
    expect(withRuiz.map((m) => names(m.participants))).toContainEqual(['ana ruiz', 'arjun rao']);
    for (const m of withRuiz) expect(names(m.participants)).not.toContain('tom hale');
  });
});

describe('a pronoun subject after an opening place or time phrase', () => {
  it('"In Santiago on Sunday, he met A and, separately, B" is the person told before, meeting each', () => {
    const { x } = story('Irish Prime Minister Liam Brennan arrived in Lima after a forum in Santiago. In Santiago on Sunday, he met with Chilean President Pablo Rojas and, separately, on the sidelines of the forum, with Senate President Ana Quispe.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'liam brennan'], ['liam brennan', 'pablo rojas']]);
  });

  it('"Earlier, she received A and B" has her at the meeting', () => {
    const { x } = story('Chilean President Ana Quispe opened the port of Valparaiso on Friday. Earlier, she received Irish Prime Minister Liam Brennan and Peruvian President Marco Diaz at La Moneda.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'liam brennan', 'marco diaz']]);
  });
});

describe('object pronouns', () => {
  it('"X also received the Y and exchanged talks with him" is X and Y, not the person of the sentence before', () => {
    const { x } = story('Indian Prime Minister Arun Mehta arrived in Kuwait on Saturday. The documents were signed by Foreign Minister Khalid Al-Omar and Indian Foreign Minister Ravi Shankar. Crown Prince Sheikh Sabah Al-Rashid also received the Indian Prime Minister at Bayan Palace on Sunday and exchanged cordial talks with him.', '2024-12-22');
    expect(pairs(x.meetings)).toEqual([['arun mehta', 'sabah al-rashid']]);
  });
});

describe('a subject pronoun carried over several sentences', () => {
  it('"In A on Monday, he met X. In San José on Tuesday, he met Y. He travels on to B, where he is to meet Z" is the traveller each time', () => {
    const { x } = story('US Secretary of State Mark Allen met President Luis Vega in Guatemala City on Wednesday. Allen began the trip in Panama, where he met President José Ramos in Panama City on Sunday. In El Salvador on Monday, he sat down with President Nayib Flores at his residence. In San José on Tuesday, he met Costa Rican President Rodrigo Mora. He travels Thursday to the Dominican Republic, where he is scheduled to meet President Luis Pena in Santo Domingo.', '2025-02-06');
    expect(pairs(x.meetings)).toEqual([['jose ramos', 'mark allen'], ['luis pena', 'mark allen'], ['luis vega', 'mark allen'], ['mark allen', 'nayib flores'], ['mark allen', 'rodrigo mora']]);
  });
});

describe('an object pronoun after a possessive', () => {
  it('"visit Santiago after Rojas\'s return to office, holding talks with him" is a meeting with the owner, not with someone told before', () => {
    const { x } = story("Chilean opposition leader Marco Diaz criticised the trade accord on Monday. Irish Prime Minister Liam Brennan was the first European leader to visit Santiago after Pablo Rojas's return to office, holding talks with him at La Moneda in January.", '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});

describe('an object pronoun in a clause with a subject of its own', () => {
  it('"The president arrived in A from B, where on Tuesday X hosted him" is the main subject, not the person told before', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Wednesday. The president arrived in Dublin from London, where on Tuesday King Edward Marsh hosted him at the palace.', '2025-05-15');
    expect(pairs(x.meetings)).toEqual([['edward marsh', 'pablo rojas'], ['liam brennan', 'pablo rojas']]);
  });

  it('"In October, A attended the forum in B, and X held talks with him" is A, not the person of the sentence before', () => {
    const { x } = story('In June 2016, Chilean President Pablo Rojas paid a state visit to Ireland, during which he held talks with then Irish President Sean Walsh. In October last year, Irish President Liam Brennan attended a forum in Santiago, and Rojas held talks with him at La Moneda.', '2024-05-15');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas'], ['pablo rojas', 'sean walsh']]);
  });
});

describe('"they" whose sentence names one of them outside the meeting\'s clause', () => {
  it('is the pair of that person, not the pair told last', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Wednesday. Foreign Minister Ana Quispe met separately with Irish Foreign Minister Sean Walsh. They first held talks as leaders in Madrid in 2019, weeks before a crisis that Rojas later blamed on his predecessor.', '2025-05-15');
    expect(x.meetings.map((m) => [names(m.participants), m.date?.year])).toContainEqual([['liam brennan', 'pablo rojas'], 2019]);
  });

  it('but an owner named there ("after Rojas\'s delegation arrived") does not choose the pair', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Thursday. Foreign Minister Ana Quispe met Irish Foreign Minister Sean Walsh as well. The two men had held talks in Dublin on Wednesday, shortly after Rojas\'s delegation arrived from London.', '2025-05-16');
    expect(x.meetings.map((m) => [names(m.participants), m.date?.day])).toContainEqual([['ana quispe', 'sean walsh'], 14]);
  });
});

describe('a sentence opening on "He" when someone of the story bears it as a surname', () => {
  it('"He … held talks with Premier X" is the pronoun, not Vice Premier He', () => {
    const { x } = story('BEIJING, April 11 - Chilean President Pablo Rojas arrived in Beijing on Thursday. He met business leaders in the morning and in the evening held talks with Premier Wang Jiahe at the Great Hall of the People. Vice Premier He Lianjun, who oversees trade, was not present.', '2025-04-11');
    expect(pairs(x.meetings)).toEqual([['pablo rojas', 'wang jiahe']]);
  });
});


describe('a pronoun opening a sentence', () => {
  it('"The prime minister was to call on President X. She is due to travel … for talks with Y": "she" is the prime minister', () => {
    const { x } = story(
      'Bangladeshi Prime Minister Rina Akter arrived in New Delhi on Friday. The prime minister was scheduled to call on Indian President Meera Rao in the evening. She is due to travel to Beijing next month for talks with Chinese President Li Wei.',
      '2024-06-22',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['li wei', 'rina akter']);
    expect(pairsInStoryOrder(x.meetings)).not.toContainEqual(['li wei', 'meera rao']);
  });
});

describe('participants: pairs, pronouns and what follows the meeting', () => {
  it('"X, who flew in from A, was greeted … before the two leaders held a meeting": the pair is X\'s last meeting, not the last one told', () => {
    const { x } = story(
      'President Pablo Rojas received Irish Prime Minister Liam Brennan at La Moneda on Wednesday. It was the first visit by an Irish leader since 2009, when then-prime minister Sean Doyle held talks with then-president Marta Soto in Santiago. Brennan, who flew in from Lima, was greeted with military honours before the two leaders held a private meeting in the presidential office.',
      '2024-11-21',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([
      ['liam brennan', 'pablo rojas'],
      ['marta soto', 'sean doyle'],
    ]);
  });

  it('"…, where she held talks with X": the pronoun subject takes part although the sentence names two others', () => {
    const { x } = story(
      'Irish Prime Minister Nora Brennan met President Pablo Rojas in Santiago on Wednesday. Brennan told reporters in Lima, where she held talks with Peruvian President Ana Quispe on the sidelines of the forum, that Ireland backed the accord, putting her at odds with Rojas, who opposes it.',
      '2024-11-21',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([
      ['nora brennan', 'pablo rojas'],
      ['ana quispe', 'nora brennan'],
    ]);
  });
});

describe('"they" for the pair of the meeting told before, a few words before the meeting verb', () => {
  const talks = 'Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas in Oslo on Monday.';

  it('"They had earlier spoken by phone in May" is a call of the same two', () => {
    const { x } = story(`${talks} They had earlier spoken by phone in May, shortly after Rojas took office.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They spoke again by telephone in June": an adverb between the verb and its medium', () => {
    const { x } = story(`${talks} They spoke again by telephone in June.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They are expected to meet again in Lima next month" is a planned meeting of the two', () => {
    const { x } = story(`${talks} They are expected to meet again in Lima next month.`, '2024-09-24');
    const planned = x.meetings.filter((m) => m.status === 'PLANNED');
    expect(pairs(planned)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They said the ministers would meet" tells no meeting of the two', () => {
    const { x } = story(`${talks} They said the trade officials of both countries would keep working on the text.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});
