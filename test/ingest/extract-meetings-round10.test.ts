/**
 * Specs for the meeting patterns of round 10, on who takes part in a meeting
 * and whether one is told at all: kinds of failure seen on articles 133–148.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

describe('"the two leaders" of the sentence before', () => {
  it('are the two leaders named there even when the country of one is not told', () => {
    const { x } = story('Ireland and Chile on Monday signed a fisheries accord, as Prime Minister Liam Brennan and Chilean President Pablo Rojas sought to mend ties. The accord was signed in the presence of the two leaders after they held talks at the palace.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('are not two people of whom only one leads a state', () => {
    const { x } = story('Ireland and Chile on Monday signed a fisheries accord, as central banker Liam Brennan and Chilean President Pablo Rojas looked on. The accord was signed in the presence of the two leaders after they held talks at the palace.', '2024-09-23');
    expect(x.meetings).toEqual([]);
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

describe('"the two leaders" who go on to meet elsewhere', () => {
  it('"spoke by telephone on Thursday and agreed to hold the meeting in B instead" is a held call and a planned meeting in B', () => {
    const { x } = story('A summit between Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas that had been scheduled for Tuesday in Cork has been postponed. The two leaders spoke by telephone on Thursday and agreed to hold the meeting in Santiago instead, officials said.', '2024-03-09');
    const call = x.meetings.find((m) => m.kind === 'PHONE_CALL')!;
    expect(names(call.participants)).toEqual(['liam brennan', 'pablo rojas']);
    expect(call.status).toBe('HELD');
    const later = x.meetings.find((m) => m.city === 'Santiago')!;
    expect(names(later.participants)).toEqual(['liam brennan', 'pablo rojas']);
    expect(later.status).toBe('PLANNED');
  });

  it('"first met in A in September, and then held talks in B in October" is two meetings of the pair', () => {
    const { x } = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Dublin on Monday. The two leaders first met in person in Madrid on September 5 last year, and then held talks in Lisbon in October on the sidelines of a summit.', '2025-05-14');
    expect(x.meetings.map((m) => [names(m.participants), m.city]).sort()).toEqual([
      [['liam brennan', 'pablo rojas'], 'Dublin'],
      [['liam brennan', 'pablo rojas'], 'Lisbon'],
      [['liam brennan', 'pablo rojas'], 'Madrid'],
    ]);
  });
});

describe('a plea is no visit', () => {
  it('"called on President X not to sign it" is a plea, not a meeting', () => {
    const { x } = story('Opposition leader Marco Diaz said the treaty betrayed Chile and called on President Pablo Rojas not to sign it.', '2024-09-23');
    expect(x.meetings).toEqual([]);
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

describe('a speaker who only reports a visit', () => {
  it('"X, a researcher at the Institute of Politics and Economics, said Y\'s visit was historic" is no meeting of X', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Wednesday. Marco Diaz, a researcher at the Institute of Politics and Economics in Santiago, said Rojas\'s visit was "a historic milestone".', '2024-05-16');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});

describe('no description across the words of a clause', () => {
  it('"has yet to travel to the continent as president" names no president told before', () => {
    const { x } = story('Chilean President Pablo Rojas met Irish President Liam Brennan in Dublin on Thursday, and Brennan praised Rojas for his courage. Brennan, who promised to visit South America in 2023, has yet to travel to the continent as president.', '2024-05-24');
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

describe('"the two leaders" after a ministers\' meeting', () => {
  it('are the last pair of leaders told, not the ministers told since', () => {
    const { x } = story('A summit between Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas that had been scheduled for Friday has been postponed. Irish Foreign Minister Sean Walsh received his Chilean counterpart Ana Quispe on Tuesday in Dublin. The two leaders last met face to face at a summit in Madrid last June.', '2013-05-16');
    expect(x.meetings.map((m) => [names(m.participants), m.city ?? null]).sort()).toContainEqual([['liam brennan', 'pablo rojas'], 'Madrid']);
    expect(x.meetings.map((m) => [names(m.participants), m.city ?? null])).not.toContainEqual([['ana quispe', 'sean walsh'], 'Madrid']);
  });
});

describe('"the late" and an office, with no name after it', () => {
  it('is the one person the story told of as dead, not the last person named', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish President Liam Brennan in Santiago on Thursday. It is the first visit to Chile by Brennan since he was elected party leader in August, following the death of Sean Walsh. The late General Secretary visited Chile in March 2018, when he held talks in Valparaiso with Ana Quispe.', '2024-09-27');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'sean walsh'], ['liam brennan', 'pablo rojas']]);
  });
});
