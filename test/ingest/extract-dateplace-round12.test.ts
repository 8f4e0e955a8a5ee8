/**
 * Round 12 specs for when and where meetings take place. Made-up stories,
 * each stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { story } from './fixtures.ts';

describe('the month a plan was set for ("planned for March")', () => {
  it('"scheduled for October" is a month, in the tense of its clause', () => {
    const ds = findDates('The summit is scheduled for October.', '2024-05-10');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 10, precision: 'MONTH' }]);
  });

  it('a bare participle (", planned for February,") in a sentence told in the past is the nearer such month', () => {
    const ds = findDates('A visit by the minister to Lima, planned for February, was called off because of the floods.', '2024-04-02');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 2, precision: 'MONTH' }]);
  });

  it('"for May" after no word of planning names no month', () => {
    expect(findDates('Party members voted for May in the leadership contest.', '2019-06-01')).toEqual([]);
  });

  it('dates a postponed trip, though the sentence adds that no new date has been set', () => {
    const { x } = story(
      'OSLO, June 4 (Reuters) - Norwegian Prime Minister Ola Strand met Danish Prime Minister Mette Lund on Tuesday. A trip by Trade Minister Kari Dahl to Seoul for talks with South Korean Trade Minister Park Min-jun, planned for April, was postponed because of the elections, and no new date has been set.',
      '2024-06-04',
    );
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Park Min-jun'));
    expect(trip).toMatchObject({ status: 'CANCELLED', date: { year: 2024, month: 4, precision: 'MONTH' } });
  });

  it('dates a meeting whose own relative clause tells its plan (", which had been planned for December,")', () => {
    const { x } = story(
      'ACCRA, Feb 20 (Reuters) - Ghanaian President Kofi Mensah hosted Togolese President Yao Agbeko on Tuesday. A visit to Accra by Ivorian Prime Minister Alassane Kone for talks with Mensah, which had been planned for December, was postponed at the request of Abidjan.',
      '2024-02-20',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Alassane Kone'));
    expect(visit?.date).toEqual({ year: 2023, month: 12, precision: 'MONTH' });
  });
});

describe('the place a planned visit was to go to ("due to visit Porto")', () => {
  const text = (city: string) =>
    `MADRID, May 3 (Reuters) - Spanish Prime Minister Elena Roldán met Irish Taoiseach Sean Byrne on Friday. Portuguese President Rui Calado had been due to visit ${city} in March for talks with Roldán, but the trip was postponed after the floods.`;

  it('a known city after "visit", with no preposition, is where the talks were to be', () => {
    const { x } = story(text('Barcelona'), '2024-05-03');
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(trip).toMatchObject({ city: 'Barcelona', countryCode: 'ES', status: 'CANCELLED' });
  });

  it('a word after "visit" that is no known city places nothing', () => {
    const { x } = story(text('Parliament'), '2024-05-03');
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(trip?.city).toBeUndefined();
  });
});

describe('a seat of government abroad in a sentence that names its city', () => {
  it('"received … at the Royal Palace in Madrid and held talks with X at the Moncloa" keeps Madrid for the Moncloa talks', () => {
    const { x } = story(
      'BEIJING, Sept 9 (Reuters) - Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez on Monday. Xi paid a state visit to Spain in November 2018, when he was received by King Felipe VI at the Royal Palace in Madrid and held talks with Sanchez at the Moncloa.',
      '2024-09-09',
    );
    const talks = x.meetings.find((m) => m.venue === 'Moncloa');
    expect(talks).toMatchObject({ city: 'Madrid', countryCode: 'ES' });
  });

  it('a seat abroad whose city the sentence does not name keeps no city', () => {
    const { x } = story(
      'BEIJING, Sept 9 (Reuters) - Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez on Monday. Sanchez had last met Xi at the Moncloa in November 2018.',
      '2024-09-09',
    );
    const talks = x.meetings.find((m) => m.venue === 'Moncloa');
    expect(talks?.city).toBeUndefined();
  });
});

describe('the places of a ", where" clause after the meeting\'s place', () => {
  it('"met X at the castle, where they discussed the summit in Brussels" is not in Brussels', () => {
    const { x } = story(
      'PRAGUE, March 4 (Reuters) - Czech Prime Minister Jan Novotny held talks with Slovak Prime Minister Peter Kovac on Monday. Later on Monday, Kovac met President Pavel Dvorak at the Lany Castle, where they discussed the coming EU summit in Brussels.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Pavel Dvorak'));
    expect(talks?.city).not.toBe('Brussels');
    expect(talks).toMatchObject({ city: 'Prague', countryCode: 'CZ' });
  });

  it('a meeting told inside the "where" clause is at the place the clause names', () => {
    const { x } = story(
      'PRAGUE, March 4 (Reuters) - Czech Prime Minister Jan Novotny flew to Brussels on Monday, where he held talks with Belgian Prime Minister Luc Peeters in the Egmont Palace.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Luc Peeters'));
    expect(talks?.city).toBe('Brussels');
  });
});

describe('a meeting "at the same palace" as one told before', () => {
  it('takes the place of the building named before', () => {
    const { x } = story(
      'SEOUL, June 4 (Reuters) - Japanese Prime Minister Kenji Sato met Korean President Park Ji-hoon at the Okura Hotel in Tokyo on Tuesday. Sato\'s predecessor, Taro Ueda, had held talks with Park at the same hotel in March last year.',
      '2024-06-04',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Taro Ueda'));
    expect(earlier).toMatchObject({ city: 'Tokyo', countryCode: 'JP', venue: 'Okura Hotel', date: { year: 2023, month: 3 } });
  });

  it('"the same hotel" with no hotel named before places nothing', () => {
    const { x } = story(
      'TOKYO, June 4 (Reuters) - Japanese Prime Minister Kenji Sato met Korean President Park Ji-hoon on Tuesday. Sato\'s predecessor, Taro Ueda, had held talks with Park at the same hotel in March last year.',
      '2024-06-04',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Taro Ueda'));
    expect(earlier?.city).toBeUndefined();
  });
});

describe('the city of a named academic body', () => {
  it('"a professor of the Asan Institute for Policy Studies in Seoul said the visit …" does not place the visit in Seoul', () => {
    const { x } = story(
      'Japanese Prime Minister Kenji Sato held talks with Korean President Park Ji-hoon on Tuesday. Professor Kim Min-su of the Asan Institute for Policy Studies in Seoul said the visit by Sato to Park was a breakthrough.',
      '2024-06-04',
    );
    expect(x.meetings.every((m) => m.city !== 'Seoul')).toBe(true);
  });
});

describe('a meeting its sentence says has no date yet', () => {
  const text = (tail: string) =>
    `Spanish Prime Minister Elena Roldán held talks with Italian Prime Minister Marco Ferri in Naples on Thursday. Roldán is due to meet French President Luc Marchand on the sidelines of the summit on Saturday. She will also hold talks with Greek Prime Minister Nikos Pappas, ${tail}`;

  it('"though no date for that meeting has been announced" takes no date from the meeting told before', () => {
    const { x } = story(text('though no date for that meeting has been announced.'), '2024-06-13');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nikos Pappas'));
    expect(talks?.date).toBeUndefined();
    expect(talks?.city).toBe('Naples');
  });

  it('told without such words, it takes the day of the meeting told before', () => {
    const { x } = story(text('who is attending as a guest.'), '2024-06-13');
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nikos Pappas'));
    expect(talks?.date).toEqual({ year: 2024, month: 6, day: 15, precision: 'DAY' });
  });
});

describe('a place the gazetteer does not know, named before ", where"', () => {
  it('"will travel to Ksar Ghilane tomorrow, where he will be received by X" is there, not in the dateline city', () => {
    const { x } = story(
      'TUNIS, May 7 (Reuters) - Italian President Sergio Conte held talks with Tunisian President Hedi Mansour on Tuesday. Conte will travel to Ksar Ghilane tomorrow, where he will be received by Governor Sami Trabelsi.',
      '2024-05-07',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Sami Trabelsi'));
    expect(visit).toMatchObject({ city: 'Ksar Ghilane', status: 'PLANNED' });
  });

  it('a "where" clause that names its own place keeps it', () => {
    const { x } = story(
      'TUNIS, May 7 (Reuters) - Italian President Sergio Conte held talks with Tunisian President Hedi Mansour on Tuesday. Conte will fly to Djerba on Thursday, where he will meet Governor Sami Trabelsi in Houmt Souk.',
      '2024-05-07',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Sami Trabelsi'));
    expect(visit?.city).not.toBe('Djerba');
  });
});

describe('the date of a "since" followed by a "when" clause that tells a meeting', () => {
  it('"the first visit since May 2019, when he opened a forum and held talks with then President X" dates the talks May 2019', () => {
    const { x } = story(
      'Brazilian President Paulo Ramos met Portuguese Prime Minister Rui Calado on Tuesday. It is the Brazilian leader\'s first visit to Lisbon since May 2019, when he opened a business forum and held talks with then President Mario Soares Neto.',
      '2024-09-05',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mario Soares Neto'));
    expect(earlier?.date).toEqual({ year: 2019, month: 5, precision: 'MONTH' });
  });

  it('"the first visit since May 2019, when he took office" dates no meeting then', () => {
    const { x } = story(
      'Brazilian President Paulo Ramos met Portuguese Prime Minister Rui Calado in Lisbon on Tuesday, his first visit to Portugal since May 2019, when he took office.',
      '2024-09-05',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(talks?.date).toEqual({ year: 2024, month: 9, day: 3, precision: 'DAY' });
  });
});
