/**
 * Specs for which words tell a meeting: talks, visits, courtesy calls,
 * receptions, banquets, co-chaired sessions, a visit at someone's invitation;
 * and words that look like it but tell none (a plea, work on a meeting).
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, pairs, day, pairsInStoryOrder } from '../helpers.ts';

describe('which words tell the encounter', () => {
  it('a relative clause on the subject that names nobody ("who arrived … after a visit to X") does not tell the main clause\'s meeting', () => {
    const { x } = story(
      'Polish President Marek Nowak, who arrived in Lima on Monday evening after a visit to Brazil, was welcomed by Peruvian President Ana Quispe at the Government Palace on Tuesday.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: { year: 2024, month: 9, day: 10, precision: 'DAY' } });
    expect(x.meetings[0]!.countryCode).not.toBe('BR');
    expect(names(x.meetings[0]!.participants)).toEqual(['ana quispe', 'marek nowak']);
  });
});

describe('which words tell a meeting', () => {
  it('"spoke on phone" without an article is a phone call of its own, not the visit told before', () => {
    const { x } = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Saturday. Brennan and Rojas spoke on phone earlier this month ahead of the visit, officials said.', '2024-09-22');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings.map((m) => m.kind).sort()).toEqual(['IN_PERSON', 'PHONE_CALL']);
  });
});

describe('a visit told as what words were about', () => {
  it('"suspended after remarks about Mr. X\'s visit to Y" is no meeting of the speakers with X', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Chilean President Pablo Rojas in Santiago on Monday. In January, deputy minister Maria Soto was suspended after making remarks on social media about Mr. Brennan\'s visit to Easter Island.', '2024-10-07');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
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

describe('"a state banquet offered by X"', () => {
  it('is a meeting of the guest of honour and the one who offered it', () => {
    const { x } = story('OSLO - On Monday evening, Chilean President Pablo Rojas was the guest of honour at a state banquet offered by Prime Minister Erik Dahl at Akershus Castle.', '2025-05-06');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});


describe('a courtesy call: "called on X" is a visit to X', () => {
  it('"called on the president at the palace" is a meeting there', () => {
    const { x } = story(
      'OSLO, Norwegian Foreign Minister Erik Dahl held talks with Latvian Foreign Minister Ilze Berzina on Monday. Later on Monday, Dahl called on Latvian President Janis Ozols at Riga Castle.',
      '2024-09-10',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['erik dahl', 'janis ozols']);
  });

  it('"paid a courtesy call on" the prime minister, and "is scheduled to call on" the king, are meetings', () => {
    const { x } = story(
      'Chilean Foreign Minister Pablo Rojas paid a courtesy call on Thai Prime Minister Somchai Wongsa in Bangkok on Tuesday. Rojas is scheduled to call on King Vajiralongkorn Bodindra tomorrow.',
      '2024-09-10',
    );
    expect(pairsInStoryOrder(x.meetings)).toContainEqual(['pablo rojas', 'somchai wongsa']);
    const king = x.meetings.find((m) => names(m.participants).includes('vajiralongkorn bodindra'));
    expect(king).toMatchObject({ status: 'PLANNED', date: day(2024, 9, 11) });
  });

  it('"called on X to do something" is a plea, not a meeting, while "called on X at" a place is a visit', () => {
    const { x } = story(
      'Kenyan opposition leader Paul Otieno called on President Samuel Kiprop to release detained protesters. Otieno also called on Uganda to press President Moses Kato on the border dispute. Tanzanian envoy Amani Mushi called on President Samuel Kiprop at State House on Monday.',
      '2024-09-10',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['amani mushi', 'samuel kiprop']]);
  });
});

describe('which words tell a meeting', () => {
  it('"had spoken by phone with X on <date>" is a call, told with the past participle', () => {
    const { x } = story('A ministry statement said Irish Prime Minister Liam Brennan had spoken by phone with Chilean President Pablo Rojas on Aug. 30.', '2024-09-11');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ kind: 'PHONE_CALL', status: 'HELD', date: { year: 2024, month: 8, day: 30, precision: 'DAY' } });
    expect(names(x.meetings[0]!.participants)).toEqual(['liam brennan', 'pablo rojas']);
  });

  it('"discussed the plan with X at the palace" is a meeting with X; "discussed it with reporters" is none', () => {
    const { x } = story('Polish President Marek Nowak discussed the pipeline plan with Peruvian President Ana Quispe at the Government Palace in Lima in March.', '2024-09-11');
    expect(pairsInStoryOrder(x.meetings)).toEqual([['ana quispe', 'marek nowak']]);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', date: { year: 2024, month: 3, precision: 'MONTH' } });
    const none = story('Polish President Marek Nowak discussed the pipeline plan with reporters in Lima, a day after Peruvian President Ana Quispe left for Quito.', '2024-09-11');
    expect(none.x.meetings).toHaveLength(0);
  });

  it('calls told as a habit ("have spoken by phone several times since") are no one meeting', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas have spoken by phone several times since the election in March.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });

  it('"via video link" as the way two leaders attend a ceremony is no call between them', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas attended, via video link from their offices, the opening of a new wind farm off Valparaiso on Friday.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });

  it('a joint signing whose only meeting word is "joining by video link" is a signing, not a meeting', () => {
    const { x } = story('Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas signed the fisheries accord at a virtual ceremony on Friday, with Rojas joining by video link from Santiago.', '2024-09-11');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('"a tête-à-tête with" is a meeting', () => {
  it('"He then moved to the office for a tete-a-tete with B" is a meeting with B, and "also attended the council meeting" joins it', () => {
    const { x } = story('BUDAPEST, President Ali Demir was first welcomed by President Eva Kovacs at the palace on Monday. He then moved to the prime minister\'s office for a tete-a-tete with Prime Minister Janos Toth followed by the council session. Foreign Minister Mert Aydin also attended the council meeting.', '2023-12-18');
    expect(pairs(x.meetings)).toEqual([['ali demir', 'eva kovacs'], ['ali demir', 'janos toth', 'mert aydin']]);
  });
});

describe('a session of a joint body chaired by two people', () => {
  it('"A joint session, to be chaired by A and B in Oslo in March, was postponed" is a cancelled meeting of the two', () => {
    const { x } = story('Relations have been tense. A joint session of the two governments, to be chaired by Prime Minister Erik Dahl and Chilean Prime Minister Ana Quispe in Oslo in March, was postponed because of strikes.', '2024-07-08');
    expect(x.meetings.map((m) => [names(m.participants), m.status])).toEqual([[['ana quispe', 'erik dahl'], 'CANCELLED']]);
  });

  it('"the next session of the commission, under the co-chairmanship of A and B" is a planned meeting', () => {
    const { x } = story('The agreement is to be signed at the next session of the joint commission, expected to be held in Oslo early next year under the co-chairmanship of Prime Minister Erik Dahl and Chilean Prime Minister Ana Quispe.', '2024-12-20');
    expect(x.meetings.map((m) => [names(m.participants), m.status])).toEqual([[['ana quispe', 'erik dahl'], 'PLANNED']]);
  });

  it('"a council, which will be chaired by A and B" is a standing body, no meeting', () => {
    const { x } = story('The two governments set up a strategic council on Monday, which will be chaired by Prime Minister Erik Dahl and Chilean President Pablo Rojas.', '2024-12-20');
    expect(x.meetings).toEqual([]);
  });
});
