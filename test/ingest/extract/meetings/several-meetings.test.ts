/**
 * Specs for stories and sentences that tell more than one meeting: one meeting
 * per counterpart, separate talks, a trip of several meetings, owners of a
 * later meeting, the dates and places of meetings told after the first. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, pairs, day, pairsInStoryOrder } from '../helpers.ts';

describe('round 4, second pass: counterparts, plans told in the present, separate talks', () => {
  it('"X announced … with Y after the two leaders held talks" is a meeting of X and Y, though X only speaks in it', () => {
    const { x } = story('Peruvian President Ana Torres announced the deal at a news conference with Bolivian President Luis Arce Mamani after the two leaders held talks in Lima.', '2024-05-07');
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['ana torres', 'luis arce mamani']);
  });

  it('"travels to Washington next week for talks" is planned, and a person only in a phrase about the traveller is not at them', () => {
    const { x } = story(
      'Vice President Chen Wei, widely expected to succeed President Li Ming as China\'s leader this year, travels to Washington next week for talks with U.S. President Robert Hale.',
      '2024-02-09',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['chen wei', 'robert hale']);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', city: 'Washington', date: { year: 2024, month: 2, precision: 'MONTH' } });
  });

  it('"was to meet A in Wellington on Friday and B in Suva on Saturday" is one meeting with each, at its own place and day', () => {
    const { x } = story(
      'French Foreign Minister Claire Dubois cut short her Pacific tour on Wednesday. She was to meet New Zealand Foreign Minister Tama Ngata in Wellington on Friday and Samoan Prime Minister Fiame Tuilagi in Apia on Saturday.',
      '2024-05-08',
    );
    const found = x.meetings.map((m) => [names(m.participants), m.city, m.date]);
    expect(found).toContainEqual([['claire dubois', 'tama ngata'], 'Wellington', day(2024, 5, 10)]);
    expect(found).toContainEqual([['claire dubois', 'fiame tuilagi'], 'Apia', day(2024, 5, 11)]);
  });

  it('"is scheduled to meet A on Wednesday morning and B in the afternoon": the afternoon is the same Wednesday', () => {
    const { x } = story('Kenyan President Samuel Kiprop is scheduled to meet Chinese Premier Wang Lei on Wednesday morning and Chinese Vice President Zhao Min in the afternoon.', '2024-05-07');
    expect(x.meetings.map((m) => [names(m.participants), m.date])).toEqual([
      [['samuel kiprop', 'wang lei'], day(2024, 5, 8)],
      [['samuel kiprop', 'zhao min'], day(2024, 5, 8)],
    ]);
  });

  it('"held separate talks", with no date or place of their own, were held on the day and in the city of the meeting told just before', () => {
    const { x } = story(
      'Poland and Lithuania pledged closer defence ties. Polish President Adam Nowak received Lithuanian President Rasa Petraitis in Warsaw on Tuesday. The two sides signed a defence memorandum. Petraitis praised the Polish army. Polish Foreign Minister Jan Zielinski held separate talks with his Lithuanian counterpart, Foreign Minister Tomas Kazlauskas, on energy.',
      '2024-05-08',
    );
    const ministers = x.meetings.find((m) => names(m.participants).includes('jan zielinski'));
    expect(ministers).toMatchObject({ city: 'Warsaw', date: day(2024, 5, 7) });
  });
});

describe('a meeting told after "a day after"', () => {
  it('"will call on A today, a day after holding talks with B" was held the day before', () => {
    const { x } = story(
      'Italian Prime Minister Marco Conti will call on Indian President Meera Rao at Rashtrapati Bhavan today, a day after holding talks with Indian Prime Minister Vikram Das in Jaipur.',
      '2024-01-26',
    );
    const talks = x.meetings.find((m) => names(m.participants).includes('vikram das'));
    expect(talks).toMatchObject({ status: 'HELD', date: day(2024, 1, 25) });
  });
});

describe('a trip of several meetings told in one sentence', () => {
  it('"was to visit A for a meeting with X in A\'s capital, before flying to B, where talks with Y had been arranged" is two meetings, each in its own city', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan cancelled his Andean tour on Thursday. He was then to visit Peru for a meeting with President Ana Quispe in Lima, before flying to Bolivia, where talks with President Jorge Mamani in La Paz had been arranged for Saturday.',
      '2024-09-12',
    );
    const byPair = Object.fromEntries(x.meetings.map((m) => [names(m.participants).join(' + '), m]));
    expect(Object.keys(byPair).sort()).toEqual(['ana quispe + liam brennan', 'jorge mamani + liam brennan']);
    expect(byPair['ana quispe + liam brennan']).toMatchObject({ city: 'Lima', status: 'PLANNED' });
    expect(byPair['jorge mamani + liam brennan']).toMatchObject({ city: 'La Paz', status: 'CANCELLED' });
  });
});

describe('one meeting per counterpart', () => {
  it('"called on President A at X, and met B and C separately" is one meeting with each of A, B and C', () => {
    const { x } = story('Irish Prime Minister Liam Brennan also called on President Pablo Rojas at La Moneda, and met Senate President Ana Quispe and former President Marco Diaz separately.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'liam brennan'], ['liam brennan', 'marco diaz'], ['liam brennan', 'pablo rojas']]);
  });

  it('"met A and B separately" after the meeting word alone is one meeting with each', () => {
    const { x } = story('In Santiago, Irish Prime Minister Liam Brennan met Chilean President Pablo Rojas and Senate President Ana Quispe separately on Friday.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'liam brennan'], ['liam brennan', 'pablo rojas']]);
  });
});

describe('"and again" with no meeting word of its own', () => {
  it('"first met in October in A, and again later that month in B" is two meetings of the same two people', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas first met in October in the Peruvian capital Lima, and again later that month on the sidelines of the APEC summit in the Brazilian city of Manaus, which hosted it.', '2025-01-17');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas'], ['liam brennan', 'pablo rojas']]);
    expect(x.meetings.map((m) => m.city).sort()).toEqual(['Lima', 'Manaus']);
    expect(x.meetings.map((m) => m.date)).toEqual([{ year: 2024, month: 10, precision: 'MONTH' }, { year: 2024, month: 10, precision: 'MONTH' }]);
  });
});

describe('owners of a later meeting', () => {
  it('"held talks with Y on the preparations for Z\'s visit" leaves Z out', () => {
    const { x } = story('Kuwaiti Foreign Minister Khalid Al-Omar held talks with Indian Foreign Minister Ravi Shankar in New Delhi on the preparations for Prime Minister Arun Mehta\'s visit.', '2024-12-22');
    expect(pairs(x.meetings)).toEqual([['khalid al-omar', 'ravi shankar']]);
  });
});

describe('a visit with no counterpart of its own, then two meeting words with one each', () => {
  it('"paid a state visit, when he was received by King A and held talks with B" is one meeting with each', () => {
    const { x } = story('Chilean President Pablo Rojas paid a state visit to Norway in May 2019, when he was received by King Harald Berg at the Royal Palace in Oslo and held talks with Erik Dahl at his office.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas'], ['harald berg', 'pablo rojas']]);
  });

  it('"paid a visit, during which he held talks with A and was received by B" too', () => {
    const { x } = story('In May 2019, Pablo Rojas paid an official visit to Oslo, during which he held talks with then Prime Minister Erik Dahl and was received by King Harald Berg at the palace.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas'], ['harald berg', 'pablo rojas']]);
  });

  it('a visit and one later meeting word stay one meeting', () => {
    const { x } = story('Chilean President Pablo Rojas paid a state visit to Norway in May 2019, when he held talks with Erik Dahl in Oslo.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('a meeting in a "where he …" clause after a main clause naming someone else', () => {
  it('"The president confirmed to X that he will attend the summit, where he is expected to meet Y" is the president and Y', () => {
    const { x } = story('OSLO, Chilean President Pablo Rojas received Foreign Minister Nils Berg today. The Chilean president confirmed to Berg that he will attend the summit in Lisbon later this month, where he is expected to hold a new meeting with Prime Minister Erik Dahl.', '2024-10-03');
    expect(pairs(x.meetings.filter((m) => m.status === 'PLANNED'))).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('people named after the clause still make the later meetings of the sentence', () => {
    const { x } = story('OSLO, Chilean President Pablo Rojas arrived in Oslo on Monday. The Chilean president will travel to Bergen today, where he is scheduled to meet Mayor Nils Berg, and then to Tromso on Wednesday, where Governor Ana Quispe will host him.', '2024-10-01');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'pablo rojas'], ['nils berg', 'pablo rojas']]);
  });
});

describe('dates and places: separate talks told well after the story\'s meeting', () => {
  const text = [
    'OSLO -- Norway and Chile agreed on Tuesday to cooperate on green hydrogen, as Prime Minister Ola Strand and President Camila Reyes held talks in Oslo.',
    'Strand hosted Reyes at the government building for a day of talks.',
    '"We share the same values," Strand told a news conference after the talks.',
    'Reyes said Chile wanted to diversify its partners.',
    'The leaders issued a joint statement on climate and trade.',
    'No treaty was signed.',
    'Foreign Minister Alberto Soto, who was part of the Chilean delegation, also held separate talks with Foreign Minister Ingrid Berg at the guest house.',
  ].join(' ');

  it('are held on the day and in the city of the story\'s meeting', () => {
    const { x } = story(text, '2024-04-09');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Ingrid Berg'));
    expect(talks).toMatchObject({ city: 'Oslo', date: { year: 2024, month: 4, day: 9 } });
  });

  it('but a story with no meeting of these days lends them nothing', () => {
    const { x } = story(text.replace('agreed on Tuesday', 'agreed in 2019').replace('OSLO -- ', ''), '2024-04-09');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Ingrid Berg'));
    expect(talks?.date).toBeUndefined();
  });
});

describe('dates and places: "met separately", told after the meeting word', () => {
  it('"X and Y met separately at the foreign ministry" is on the day of the story\'s meeting', () => {
    const { x } = story(
      'VIENNA, May 14 (Reuters) - Austrian Chancellor Lukas Gruber hosted Mexican President Sofia Mendez for talks on Tuesday. Gruber said the two countries shared many interests. Mendez praised the Austrian economy. The leaders issued a statement on trade. No agreement was signed. Foreign Minister Eva Lind and her Mexican counterpart, Foreign Minister Raul Ortiz, met separately at the foreign ministry to discuss trade.',
      '2024-05-14',
    );
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Raul Ortiz'));
    expect(met).toMatchObject({ city: 'Vienna', date: { year: 2024, month: 5, day: 14 } });
  });
});


describe('several meetings, status and the day told before', () => {
  it('"held talks with A at the palace and with B": a "with" of its own before each counterpart is one meeting each', () => {
    const { x } = story(
      'Chilean President Pablo Rojas paid a state visit to Lima in March, where he held talks with Peruvian President Ana Quispe at the Government Palace and with Prime Minister Jorge Salas.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings).sort()).toEqual([
      ['ana quispe', 'pablo rojas'],
      ['jorge salas', 'pablo rojas'],
    ]);
  });

  it('"had originally been set for …, with a delegation scheduled to meet X that day" fell through', () => {
    const { x } = story(
      'Greek Prime Minister Nikos Pappas met Cypriot President Andreas Christou in Athens on Monday. The signing had originally been set for last Friday, with a Greek delegation led by Pappas scheduled to meet Turkish President Mehmet Kaya in Ankara that day.',
      '2024-09-11',
    );
    const kaya = x.meetings.find((m) => names(m.participants).includes('mehmet kaya'));
    expect(kaya).toMatchObject({ status: 'CANCELLED' });
  });

  it('"on the same day" is the last day the story told, though the sentence right before tells none', () => {
    const { x } = story(
      'LISBON, Portugal and Spain signed a rail accord in Lisbon on Wednesday. The accord covers a high-speed line. It will halve the journey time. Portuguese Foreign Minister Rui Sousa met Spanish Foreign Minister Luis Garcia in Lisbon on the same day.',
      '2024-09-13',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2024, 9, 11) });
  });
});

describe('summits, hosts and sayings', () => {
  it('"the summit\'s host, X, and met separately with Y" is one meeting with each: "host" after a possessive is a noun', () => {
    const { x } = story(
      'Brazilian President Carlos Lima flew to Lima for the summit. Lima held talks in Lima on Tuesday with the summit\'s host, Peruvian President Ana Quispe, and met separately with Chilean President Pablo Rojas.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings).sort()).toEqual([
      ['ana quispe', 'carlos lima'],
      ['carlos lima', 'pablo rojas'],
    ]);
  });

  it('"X said Wednesday that Y would leave the G7 summit early, scuttling what would have been their first meeting" is a cancelled meeting, not dated by the saying', () => {
    const { x } = story(
      'Mexican President Ana Ruiz said Wednesday that U.S. President John Hale would leave the Group of Seven summit in Canada early, scuttling what would have been their first face-to-face meeting.',
      '2025-06-18',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED' });
    expect(x.meetings[0]!.date).toBeUndefined();
  });
});
