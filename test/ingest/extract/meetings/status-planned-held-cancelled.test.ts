/**
 * Specs for the status of a meeting: held, planned, fallen through or denied;
 * plans told in the past, reported or fronted plans, invitations, the medium
 * and tense of each meeting in its own clause. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/ingest/extract/dates.ts';
import { story } from '../../fixtures.ts';
import { names, pairs, day, pairsInStoryOrder } from '../helpers.ts';

describe('status: a plan told in the past perfect did not happen', () => {
  it('"had been due to hold talks" is a cancelled meeting even where the sentence does not say "cancelled"', () => {
    const { x } = story('Dutch Prime Minister Anna de Vries had been due to hold talks with Belgian Prime Minister Luc Peeters in Brussels on Tuesday.', '2024-05-08');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Brussels', date: day(2024, 5, 7) });
  });
});

describe('tense: reported and fronted plans', () => {
  it('"said he would host X next year" is a planned meeting, apart from the one held today', () => {
    const { x } = story(
      'Greek Prime Minister Nikos Andreou received Cypriot President Andreas Charalambous in Athens on Monday. Andreou said he would host Charalambous again in Crete next year.',
      '2024-06-04',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', city: 'Athens', date: day(2024, 6, 3) });
    expect(x.meetings[1]).toMatchObject({ status: 'PLANNED', date: { year: 2025, precision: 'YEAR' } });
  });

  it('"is to meet" and "was to meet" speak of a plan: "on Friday" is the coming Friday', () => {
    const ahead = findDates('The minister is to meet business leaders on Friday.', '2024-06-04');
    expect(ahead[0]?.date).toEqual(day(2024, 6, 7));
    const nearest = findDates('She was to meet the governor on Friday.', '2024-06-04');
    expect(nearest[0]?.date).toEqual(day(2024, 6, 7));
  });

  it('a date fronted before its clause takes that clause\'s tense, not a later "will"', () => {
    const dates = findDates('On Monday, the minister was received in Doha by the emir, for talks on the summit that Qatar will host in December.', '2024-06-05');
    expect(dates[0]?.date).toEqual(day(2024, 6, 3));
  });
});

describe('the medium and tense of each meeting in its own clause', () => {
  it('"last met face to face …, and have not spoken by telephone since" is an encounter, not a call', () => {
    const { x } = story(
      'Uruguayan President Jorge Pereira and Paraguayan President Luis Benitez last met face to face at a summit in Asuncion in March, and they have not spoken by telephone since.',
      '2024-06-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ kind: 'IN_PERSON', city: 'Asuncion' });
  });

  it('"spoke by phone with A on Monday, …, and will hold a video call with B on Thursday": a held call and a planned video call', () => {
    const { x } = story(
      'Estonian Foreign Minister Jaan Kask spoke by phone with Finnish Foreign Minister Elina Virtanen on Monday, the ministry said, and will hold a video call with Swedish Foreign Minister Karin Berg on Thursday.',
      '2024-06-04',
    );
    expect(x.meetings.map((m) => [names(m.participants), m.kind, m.status])).toEqual([
      [['elina virtanen', 'jaan kask'], 'PHONE_CALL', 'HELD'],
      [['jaan kask', 'karin berg'], 'VIDEO_CALL', 'PLANNED'],
    ]);
  });
});

describe('round 4, third pass: the lead after site lines, plans, topics abroad', () => {
  it('a planned meeting is not dated by a year long past ("on Tuesday, the anniversary of the 1974 revolution")', () => {
    const { x } = story(
      'Angolan President Joao Lourenco will address parliament on Tuesday, the anniversary of the 1975 independence, and will meet the speaker of parliament, Carolina Cerqueira, beforehand.',
      '2024-11-09',
    );
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', date: day(2024, 11, 12) });
  });

  it('"…, where he is due to be received by A and hold talks with B": both meetings are planned', () => {
    const { x } = story('From Rome, Argentine President Javier Ortiz travels to Madrid on Wednesday, where he is due to be received by King Carlos Duarte and hold talks with Prime Minister Elena Ruiz.', '2024-11-09');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings.every((m) => m.status === 'PLANNED')).toBe(true);
  });

  it('"his comments on the war in Ukraine" does not place the meeting in Ukraine', () => {
    const { x } = story('Brazilian President Paulo Mendes held talks with Portuguese Prime Minister Rui Costa on Saturday, though the visit was overshadowed by his comments on the war in Ukraine.', '2024-11-10');
    expect(x.meetings[0]?.countryCode).toBeUndefined();
  });

  it('when site lines and a caption come first, the lead is the first opening sentence that tells a day of these days', () => {
    const { x } = story(
      [
        'newsdesk.',
        'Published on 10/11/2024 - 09:14',
        'Brazilian President Paulo Mendes, left, and Angolan President Joao Lourenco in Luanda - Copyright AP Photo/Staff',
        'Angola and Brazil pledged closer trade ties in Luanda on Saturday, as a row over oil prices eased.',
        'Mendes held talks with Lourenco at the presidential palace.',
      ].join('\n\n'),
      '2024-11-10',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Luanda', date: day(2024, 11, 9) });
  });
});

describe('status: held or planned', () => {
  it('an invitation told in a later clause ("spoke in May, when X invited him to visit") leaves the call held', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas last spoke by telephone in May, when Rojas invited him to visit Santiago.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD', kind: 'PHONE_CALL', date: { year: 2024, month: 5, precision: 'MONTH' } });
  });

  it('"accepted President A B\'s invitation to visit … next year" is a plan, whatever the length of the inviter\'s name', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan met Chilean President Pablo Rojas in Dublin on Monday. Rojas accepted Prime Minister Liam Brennan\'s invitation to pay a state visit to Ireland next year, during which the two will meet in Cork.',
      '2024-09-11',
    );
    const plan = x.meetings.find((m) => m.city === 'Cork');
    expect(plan).toMatchObject({ status: 'PLANNED', date: { year: 2025, precision: 'YEAR' } });
  });
});

describe('status: a plan told in the past tense', () => {
  it('"X was also due to meet Y later on Tuesday" is planned', () => {
    const { x } = story('Polish President Marek Nowak was also due to meet Peruvian Prime Minister Luis Vargas in Lima later on Tuesday before flying home.', '2024-09-10');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED' });
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

describe('status: an invitation extended to someone to visit is a plan', () => {
  it('"extended an invitation to Y to pay a state visit to Z, which Y accepted" is PLANNED', () => {
    const { x } = story('Ghanaian President Kofi Mensah extended an invitation to Togolese President Yao Agbeko to pay a state visit to Ghana, which Agbeko accepted.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'GH' });
  });
});

describe('status and date: "agreed on Tuesday to hold a meeting … next year"', () => {
  it('is a meeting planned for next year, not one held on Tuesday', () => {
    const { x } = story('Portuguese Prime Minister Rui Costa and Senegalese President Amadou Sall agreed on Tuesday to hold the first high-level meeting between their governments in Lisbon next year.', '2024-08-27');
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', city: 'Lisbon', date: { year: 2025, precision: 'YEAR' } });
  });
});


describe('denied meetings and bounding dates', () => {
  it('"never made an official visit to X" is no meeting', () => {
    const { x } = story(
      'Chilean President Pablo Rojas hosted Peruvian President Ana Quispe in Santiago on Monday. Former Peruvian President Luis Vega clashed with Rojas and never made an official visit to Santiago during his term.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['ana quispe', 'pablo rojas']]);
  });

  it('"the last talks before Monday were held in January 2019" is dated January 2019, not Monday', () => {
    const { x } = story(
      'Chilean President Pablo Rojas held talks with Peruvian President Ana Quispe in Santiago on Monday. The last presidential talks between the neighbours before Monday were held in Lima in January 2019, when then-President Luis Vega met then-President Jorge Salas.',
      '2024-09-11',
    );
    const old = x.meetings.find((m) => names(m.participants).includes('luis vega'));
    expect(old!.date).toEqual({ year: 2019, month: 1, precision: 'MONTH' });
  });
});
