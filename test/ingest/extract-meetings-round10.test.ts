/**
 * Specs for the meeting patterns of round 10, on who takes part in a meeting
 * and whether one is told at all: kinds of failure seen on articles 133–148.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

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

describe('co-chairing a session', () => {
  it('"A and B co-chaired the meeting of the joint commission" is a meeting of the two', () => {
    const { x } = story('Ireland and Chile on Thursday signed a fisheries accord, as Irish Foreign Minister Sean Walsh and Chilean Foreign Minister Ana Quispe co-chaired the fifth meeting of the joint commission in Dublin.', '2024-09-20');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'sean walsh']]);
    expect(x.meetings[0]!.status).toBe('HELD');
  });

  it('"where he will co-chair the dialogue with B" is a planned meeting with B', () => {
    const { x } = story('Irish Foreign Minister Sean Walsh held talks with Chilean Foreign Minister Ana Quispe in Santiago on Monday, before travelling to Peru, where he will co-chair the Strategic Dialogue with Peruvian Foreign Minister Marco Diaz in Lima on Wednesday.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'sean walsh'], ['marco diaz', 'sean walsh']]);
    expect(x.meetings.find((m) => names(m.participants).includes('marco diaz'))!.status).toBe('PLANNED');
  });

  it('"the session which the two leaders co-chaired in 2022", after a visit pointed back to, is an earlier meeting of the pair', () => {
    const { x } = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Monday. The visit was the first since the joint commission which the two leaders co-chaired in Dublin in 2022.', '2024-09-23');
    expect(x.meetings.map((m) => [names(m.participants), m.date?.year])).toEqual([
      [['liam brennan', 'pablo rojas'], 2024],
      [['liam brennan', 'pablo rojas'], 2022],
    ]);
  });

  it('"to be co-chaired by the two foreign ministers" is a planned meeting of the two', () => {
    const { x } = story('Irish Foreign Minister Sean Walsh held talks with Chilean Foreign Minister Ana Quispe in Santiago on Monday. The first session of the new commission, to be co-chaired by the two foreign ministers, is scheduled for Dublin, officials said.', '2024-09-23');
    expect(x.meetings.map((m) => [names(m.participants), m.status])).toEqual([
      [['ana quispe', 'sean walsh'], 'HELD'],
      [['ana quispe', 'sean walsh'], 'PLANNED'],
    ]);
  });
});

describe('a plea is no visit', () => {
  it('"called on President X not to sign it" is a plea, not a meeting', () => {
    const { x } = story('Opposition leader Marco Diaz said the treaty betrayed Chile and called on President Pablo Rojas not to sign it.', '2024-09-23');
    expect(x.meetings).toEqual([]);
  });
});

describe('a speaker who only reports a visit', () => {
  it('"X, a researcher at the Institute of Politics and Economics, said Y\'s visit was historic" is no meeting of X', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Wednesday. Marco Diaz, a researcher at the Institute of Politics and Economics in Santiago, said Rojas\'s visit was "a historic milestone".', '2024-05-16');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});

describe("a named group's gathering and a meeting worked on", () => {
  it('"signed … by A and B on the sidelines of the Pacific Forum leaders\' meeting" is a signing, not a meeting of the two', () => {
    const { x } = story('The fisheries treaty was signed in Apia in November 2023 by Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas, on the sidelines of the Pacific Forum leaders\' meeting.', '2024-09-23');
    expect(x.meetings).toEqual([]);
  });

  it('"the two leaders\' meeting" is still the pair\'s own', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas signed a fisheries treaty in Dublin on Monday at the end of the two leaders\' meeting.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('"A prepared the visit with B, whom he met in New York in September" is the New York meeting only', () => {
    const { x } = story('Irish Foreign Minister Sean Walsh prepared the visit with Chilean Foreign Minister Ana Quispe, whom he met in New York in September on the sidelines of the United Nations General Assembly.', '2024-10-28');
    expect(x.meetings.map((m) => [names(m.participants), m.city])).toEqual([[['ana quispe', 'sean walsh'], 'New York']]);
  });
});
