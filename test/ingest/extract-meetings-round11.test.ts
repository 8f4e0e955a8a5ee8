/**
 * Specs for the meeting patterns of round 11, on who takes part in a meeting
 * and whether one is told at all: kinds of failure seen on articles 149–164.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

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

describe('people who attended the meeting told before', () => {
  it('"The meeting was attended by A and B" names two more people at it', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean President Pablo Rojas at the palace today. The meeting was attended by Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"The session was attended, on the Norwegian side, by A, and on the Chilean side by B" too', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas at the palace today. The session was attended, on the Norwegian side, by Foreign Minister Nils Berg, and on the Chilean side by Foreign Minister Ana Quispe.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"A and B also took part in the meeting", after a sentence on what was discussed', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held a meeting with Chilean President Pablo Rojas at the palace today. The parties discussed trade and fisheries. Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe also took part in the meeting.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('someone "who did not take part in the talks" is not at them', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas at the palace today. Finance Minister Nils Berg, who did not take part in the talks, told reporters the deal was close.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('attendance is not added to a meeting only planned', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl will receive Chilean President Pablo Rojas at the palace next week. The talks were attended by Foreign Minister Nils Berg.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
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

describe('"The Presidents agreed to meet … together with President Z"', () => {
  it('is the last pair of presidents told before, and the third one named', () => {
    const { x } = story('OSLO, President Erik Dahl held talks today with Chilean President Pablo Rojas. In the presence of the two Presidents, Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe signed a fisheries agreement. The Presidents agreed to meet in Lima at the end of the month together with Peruvian President Marco Diaz.', '2025-03-13');
    const planned = x.meetings.filter((m) => m.status === 'PLANNED');
    expect(pairs(planned)).toEqual([['erik dahl', 'marco diaz', 'pablo rojas']]);
  });
});

describe('"was greeted at the airport by X"', () => {
  it('is a meeting with the person who greeted', () => {
    const { x } = story('OSLO, Chilean President Pablo Rojas arrived on Tuesday evening and was greeted at Oslo Airport by Foreign Minister Nils Berg.', '2025-04-16');
    expect(pairs(x.meetings)).toEqual([['nils berg', 'pablo rojas']]);
  });

  it('"was greeted with military honours" names no one met', () => {
    const { x } = story('OSLO, Chilean President Pablo Rojas arrived on Tuesday evening and was greeted with military honours at the airport.', '2025-04-16');
    expect(x.meetings).toEqual([]);
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

describe('a visit "at the invitation of" someone', () => {
  it('does not make the one who invited a participant of the visit itself', () => {
    const { x } = story('OSLO - Chilean President Pablo Rojas arrived in Oslo on Tuesday on a two-day state visit, at the invitation of Norwegian President Erik Dahl.', '2025-07-22');
    expect(x.meetings).toEqual([]);
  });

  it('"accepted an invitation from X to visit" still plans a meeting with X', () => {
    const { x } = story('LONDON - Chilean President Pablo Rojas accepted an invitation from Prime Minister Erik Dahl to visit Oslo next year, officials said.', '2025-07-22');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('"hosted a state banquet in honour of X"', () => {
  it('is a meeting of the host and the guest', () => {
    const { x } = story('OSLO - King Harald Berg hosted a state banquet in honour of Chilean President Pablo Rojas at the Royal Palace on Tuesday evening.', '2025-07-23');
    expect(pairs(x.meetings)).toEqual([['harald berg', 'pablo rojas']]);
  });

  it('"hosted a dinner for business leaders" names no one met', () => {
    const { x } = story('OSLO - King Harald Berg hosted a dinner for business leaders at the Royal Palace on Tuesday evening, Chilean President Pablo Rojas said.', '2025-07-23');
    expect(x.meetings).toEqual([]);
  });
});

describe('"who is accompanied on the visit by X"', () => {
  it('tells the companions of a trip, not a meeting with them', () => {
    const { x } = story('OSLO - Chilean President Pablo Rojas, who is accompanied on the visit by the First Lady, Ana Quispe, was received with military honours at the palace before holding talks with Prime Minister Erik Dahl.', '2025-05-06');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('"a state banquet offered by X"', () => {
  it('is a meeting of the guest of honour and the one who offered it', () => {
    const { x } = story('OSLO - On Monday evening, Chilean President Pablo Rojas was the guest of honour at a state banquet offered by Prime Minister Erik Dahl at Akershus Castle.', '2025-05-06');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('a later meeting of a sentence is dated for its own tense', () => {
  it('"spoke by telephone on Thursday and agreed to hold talks in Kampala next month": the call is held on Thursday, the talks planned for next month', () => {
    const { x } = story('NAIROBI, March 14, 2025 - Kenyan President Samuel Otieno and Ugandan President Grace Namara spoke by telephone on Thursday and agreed to hold talks in Kampala next month.');
    const told = x.meetings.map((m) => ({ kind: m.kind, status: m.status, date: m.date, city: m.city }));
    expect(told).toEqual([
      { kind: 'PHONE_CALL', status: 'HELD', date: { year: 2025, month: 3, day: 13, precision: 'DAY' }, city: undefined },
      { kind: 'IN_PERSON', status: 'PLANNED', date: { year: 2025, month: 4, precision: 'MONTH' }, city: 'Kampala' },
    ]);
  });
});
