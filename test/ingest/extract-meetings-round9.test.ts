/**
 * Specs for the meeting patterns of round 9, on who takes part in a meeting:
 * kinds of failure seen on articles 117–132. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

describe('which words tell a meeting', () => {
  it('"spoke on phone" without an article is a phone call of its own, not the visit told before', () => {
    const { x } = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Saturday. Brennan and Rojas spoke on phone earlier this month ahead of the visit, officials said.', '2024-09-22');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings.map((m) => m.kind).sort()).toEqual(['IN_PERSON', 'PHONE_CALL']);
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

describe('capitalised words misread as names', () => {
  it('a one-word "name" after "the" or before an office is not a third participant', () => {
    const { x } = story('Before arriving in Chile, Irish Prime Minister Liam Brennan attended the General Debate of the UN General Assembly in New York, where he met with US President Joe Biden on Sept. 25. Brennan is scheduled to meet Chilean business leaders, including Sofofa Chairman Pedro Lira, in Santiago on Friday.', '2024-09-26');
    expect(pairs(x.meetings)).toEqual([['joe biden', 'liam brennan'], ['liam brennan', 'pedro lira']]);
  });
});

describe('people who only comment on a meeting', () => {
  it('an analyst who says "the President\'s visit sent a signal" is not at the visit', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Irish Prime Minister Liam Brennan in Dublin on Saturday. Political analyst Dr. Maeve Byrne of Trinity College said the President\'s visit sent a strong signal to investors.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it('a speaker whose words put the meeting on him ("would come to meet him") still takes part', () => {
    const { x } = story('Chilean President Pablo Rojas said Irish Prime Minister Liam Brennan and Peruvian President Marco Diaz would come to Santiago to meet him next month.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'marco diaz', 'pablo rojas']]);
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

describe('the agent of a passive meeting verb', () => {
  it('"was received at the airport by <a long title> X and Y" names X and Y as the hosts', () => {
    const { x } = story('Indian Prime Minister Arun Mehta arrived in Kuwait on Saturday, and was received at Kuwait International Airport by First Deputy Prime Minister and Minister of Interior Sheikh Fahad Saud Al-Rashid and Foreign Minister Khalid Al-Omar.', '2024-12-22');
    expect(pairs(x.meetings)).toEqual([['arun mehta', 'fahad saud al-rashid', 'khalid al-omar']]);
  });
});

describe('owners of a later meeting', () => {
  it('"held talks with Y on the preparations for Z\'s visit" leaves Z out', () => {
    const { x } = story('Kuwaiti Foreign Minister Khalid Al-Omar held talks with Indian Foreign Minister Ravi Shankar in New Delhi on the preparations for Prime Minister Arun Mehta\'s visit.', '2024-12-22');
    expect(pairs(x.meetings)).toEqual([['khalid al-omar', 'ravi shankar']]);
  });
});

describe('invitations', () => {
  it('"X invited Y to visit Z" with no acceptance plans no meeting; an accepted one does', () => {
    const none = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Dublin on Friday. Brennan invited Rojas to visit Ireland again at his convenience.', '2024-09-22');
    expect(pairs(none.x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
    const accepted = story('Irish Prime Minister Liam Brennan held talks with Chilean President Pablo Rojas in Santiago on Friday. Rojas invited Brennan to pay a state visit to Chile next year, which Brennan accepted.', '2024-09-22');
    expect(accepted.x.meetings.map((m) => m.status).sort()).toEqual(['HELD', 'PLANNED']);
  });
});

describe('an invitation extended and accepted', () => {
  it('"X extended an invitation to the Amir to pay a state visit, which he accepted" is a planned meeting with the Amir', () => {
    const { x } = story('Amir Sheikh Hamad Al-Thani received Indian Prime Minister Arun Mehta at the palace on Sunday. The statement added that Mehta extended an invitation to the Amir to pay a state visit to India, which the Amir accepted, with the date to be set later.', '2024-12-22');
    expect(x.meetings.map((m) => [m.status, names(m.participants)]).sort()).toEqual([['HELD', ['arun mehta', 'hamad al-thani']], ['PLANNED', ['arun mehta', 'hamad al-thani']]]);
  });
});

describe('a counterpart "then" in office', () => {
  it('"held talks with then Prime Minister X" is an earlier occasion, kept apart from today\'s meeting with X', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Senior Minister Tom Walsh in Wellington on Thursday. It is his first visit to New Zealand since 2018, when he held talks with then Prime Minister Walsh in Auckland.', '2024-09-06');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'tom walsh'], ['liam brennan', 'tom walsh']]);
  });
});

describe('people who accompany the subject in a relative clause', () => {
  it('"X, who is accompanied by his wife, Foreign Minister Y and other ministers, was received by Z" leaves Y out', () => {
    const { x } = story('Chilean President Pablo Rojas, who is accompanied by his wife, Foreign Minister Ana Quispe and other cabinet members, was received at the airport in Dublin by Irish Transport Minister Sean Walsh on Monday.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['pablo rojas', 'sean walsh']]);
  });
});

describe('a visit told as what words were about', () => {
  it('"suspended after remarks about Mr. X\'s visit to Y" is no meeting of the speakers with X', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Chilean President Pablo Rojas in Santiago on Monday. In January, deputy minister Maria Soto was suspended after making remarks on social media about Mr. Brennan\'s visit to Easter Island.', '2024-10-07');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });
});
