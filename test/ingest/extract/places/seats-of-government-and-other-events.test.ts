/**
 * Specs for places that are not where the meeting was: a capital that stands
 * for its government, a seat of government of another time, a place of
 * another event, trip or saying, a country that is a topic. Every story here
 * is made up (the cities are real).
 */
import { describe, expect, it } from 'vitest';
import { meetingRegion } from '../../../../src/ingest/extract/meetings/region.ts';
import { story } from '../../fixtures.ts';

describe('places: a seat of government abroad, of another time', () => {
  it('"met X at the White House in March" in a story datelined elsewhere keeps the venue and country but gives no city', () => {
    const { x } = story(
      'QUITO (AP) — Ecuadorian President Daniel Cordero held talks with Peruvian President Rosa Quispe in Quito on Tuesday. Cordero met U.S. President Mark Ellison at the White House in March, officials said.',
      '2024-06-12',
    );
    const abroad = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mark Ellison'));
    expect(abroad).toBeDefined();
    expect(abroad).toMatchObject({ venue: 'White House', countryCode: 'US' });
    expect(abroad!.city).toBeUndefined();
  });

  it('a seat in the story\'s own country keeps its city', () => {
    const { x } = story('WASHINGTON (AP) — U.S. President Mark Ellison hosted Ecuadorian President Daniel Cordero at the White House in March, officials said on Tuesday.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ venue: 'White House', city: 'Washington', countryCode: 'US' });
  });
});

describe('places: the destination of a trip, told with "where"', () => {
  it('"is to leave for X on Wednesday, where he will hold talks with Y" is a meeting in X', () => {
    const { x } = story('NAIROBI, Ugandan President Moses Okello held talks with Kenyan President Paul Otieno on Monday. Okello is scheduled to leave for Addis Ababa on Wednesday, where he will hold talks with Ethiopian Prime Minister Dawit Bekele.', '2024-09-03');
    const next = x.meetings.find((m) => m.participants.some((p) => p.name === 'Dawit Bekele'));
    expect(next).toMatchObject({ city: 'Addis Ababa', countryCode: 'ET' });
  });
});

describe('places: "arrived here from X, where he met Y"', () => {
  it('places the meeting of the "where" clause in X, not in the dateline city', () => {
    const { x } = story(
      'ACCRA, June 12 (Reuters) - Ghanaian President Kofi Mensah received Togolese President Yao Agbeko at the Jubilee House on Wednesday. Agbeko arrived here Wednesday morning from Abuja, where he held talks with Nigerian President Musa Bello on Tuesday.',
      '2024-06-12',
    );
    const abuja = x.meetings.find((m) => m.participants.some((p) => p.name === 'Musa Bello'));
    expect(abuja).toMatchObject({ city: 'Abuja', countryCode: 'NG', date: { year: 2024, month: 6, day: 11, precision: 'DAY' } });
  });
});

describe('places: what is said after "During the meeting, X said" is no place of the meeting', () => {
  it('the stretch of "During the meeting, Mensah said Ghana would help return refugees to Burkina Faso" ends before the saying', () => {
    const text = 'During the meeting, Mensah said Ghana would help return refugees to Burkina Faso.';
    expect(meetingRegion(text, text.indexOf('meeting'), 'HELD')).toEqual({ from: 0, to: text.indexOf(',') });
  });

  it('a saying before the meeting does not cut it: "On Monday, Mensah said he met Agbeko in Lome"', () => {
    const text = 'On Monday, Mensah said he met Agbeko in Lome.';
    expect(meetingRegion(text, text.indexOf('met'), 'HELD').to).toBe(text.length);
  });
});

describe('places: the place that opens a saying sentence is the speaker\'s', () => {
  it('"In Washington, a spokesman said … the visit" starts the stretch of the visit after the saying verb', () => {
    const text = 'In Washington, State Department spokesman John Reed said on Monday that the US was aware of the visit.';
    expect(meetingRegion(text, text.indexOf('visit'), 'HELD').from).toBe(text.indexOf(' on Monday'));
  });

  it('"In March, X met Y in Lome" is no saying and keeps its place', () => {
    const text = 'In March, Mensah met Agbeko in Lome.';
    expect(meetingRegion(text, text.indexOf('met'), 'HELD').from).toBe(0);
  });
});

describe('places: "Later in the day, X is scheduled to meet Z"', () => {
  it('takes the city of the meeting told before by the same person, though that one was held and this one is planned', () => {
    const { x } = story('Russian President Ivan Petrov held talks with Mongolian President Bat Erdene at the State Palace in Ulaanbaatar. The talks lasted three hours. Later in the day, Petrov is scheduled to meet Mongolian Prime Minister Dorj Gansukh.', '2024-09-03');
    const later = x.meetings.find((m) => m.participants.some((p) => p.name === 'Dorj Gansukh'));
    expect(later).toMatchObject({ status: 'PLANNED', city: 'Ulaanbaatar', countryCode: 'MN' });
  });
});

describe('places: a seat of government of another time, in a story with no place of its own', () => {
  it('"discussed the treaty with X at the White House in February" keeps the venue and country but no city', () => {
    const { x } = story('Britain handed over the islands on Thursday. Prime Minister Tom Hale also discussed the treaty with U.S. President Mark Ellison at the White House in February.', '2025-05-23');
    const ellison = x.meetings.find((m) => m.participants.some((p) => p.name === 'Mark Ellison'));
    expect(ellison).toMatchObject({ venue: 'White House', countryCode: 'US' });
    expect(ellison!.city).toBeUndefined();
  });
});

describe('places: a "when" clause that tells another event', () => {
  it('"hosted X on Parliament Hill in June 2010, when X came for the summit in Toronto" is not placed in Toronto', () => {
    const { x } = story('OTTAWA, Feb 9 (Reuters) - Prime Minister John Reid hosted Chinese President Li Wei on Parliament Hill in June 2010, when the Chinese leader came for the G20 summit in Toronto.', '2012-02-09');
    expect(x.meetings[0]?.city).not.toBe('Toronto');
  });

  it('but one that tells the meeting itself places it: "The last meeting … was in May 2023, when X met Y in Hiroshima"', () => {
    const { x } = story('The last meeting between President Luis Vega and a Japanese head of government took place in May 2023, when Vega held talks with Prime Minister Kenji Sato in Hiroshima.', '2025-03-26');
    expect(x.meetings[0]).toMatchObject({ city: 'Hiroshima' });
  });
});

describe('places: a capital after a word of message or relation is its government', () => {
  it('"…, a step both leaders cast as a signal to Moscow" does not place the meeting in Moscow', () => {
    const { x } = story('VILNIUS, May 9 (Reuters) - Lithuanian President Jonas Kairys and Latvian Prime Minister Inga Ozola held talks on Friday, a step both leaders cast as a signal to Moscow.', '2025-05-09');
    expect(x.meetings[0]?.city).toBe('Vilnius');
  });

  it('"under whom the country had drawn closer to China" gives no country to the meeting', () => {
    const { x } = story('Later in the day, Prime Minister Amal Perera held talks with President Ravi Nair, whose predecessor had drawn closer to China.', '2025-05-09');
    expect(x.meetings[0]?.countryCode).not.toBe('CN');
  });

  it('"flew to Moscow for talks with X" is still a trip to Moscow', () => {
    const { x } = story('Prime Minister Inga Ozola flew to Moscow on Monday for talks with President Ivan Petrov.', '2025-05-09');
    expect(x.meetings[0]).toMatchObject({ city: 'Moscow', countryCode: 'RU' });
  });
});

describe('places: "left A for B", then a meeting in the next sentence', () => {
  it('"Li left Belgrade on Wednesday afternoon for Budapest. He is scheduled to hold talks with X on Thursday" is in Budapest', () => {
    const { x } = story(
      'BELGRADE, May 8 (Reuters) - Chinese Premier Li Wei held talks with Serbian President Marko Ilic in Belgrade on Wednesday. Li left Belgrade on Wednesday afternoon for Budapest, the last leg of his tour. He is scheduled to hold talks with Hungarian Prime Minister Gabor Nagy on Thursday.',
      '2024-05-08',
    );
    const next = x.meetings.find((m) => m.participants.some((p) => p.name === 'Gabor Nagy'));
    expect(next).toMatchObject({ city: 'Budapest', countryCode: 'HU' });
  });

  it('a meeting told in the same sentence as the departure is not moved to the destination', () => {
    const { x } = story('Chinese Premier Li Wei left Belgrade for Budapest on Wednesday after meeting Serbian President Marko Ilic.', '2024-05-08');
    expect(x.meetings[0]?.city).not.toBe('Budapest');
  });
});

describe('places: a capital after "a reference to" stands for its government', () => {
  it('"said after the talks, in a veiled reference to Moscow" does not move the talks to Moscow', () => {
    const { x } = story(
      'RIGA, March 4 (AFP) - Latvian President Juris Ozols held talks with Finnish President Eero Lahti at the castle on Monday. "We will not be intimidated," Ozols said after the talks, in a thinly veiled reference to Moscow.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Eero Lahti'));
    expect(talks).toMatchObject({ city: 'Riga', countryCode: 'LV' });
  });
});

describe('places: a place after "before travelling on to" is the next stop', () => {
  it('"is due to hold talks with X on Tuesday, before travelling on to Chile" is not in Chile', () => {
    const { x } = story(
      'LIMA, June 9 (Reuters) - Spanish Prime Minister Elena Roldán held talks with Peruvian President Mario Quispe on Sunday. Roldán left Lima for Bogota in the evening. She is due to hold talks with Colombian President Andrés Mejía on Tuesday, before travelling on to Chile.',
      '2024-06-09',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Andrés Mejía'));
    expect(talks?.countryCode).not.toBe('CL');
    expect(talks).toMatchObject({ city: 'Bogota', countryCode: 'CO' });
  });
});

describe('places: a country in "the situation in the …" is a topic', () => {
  it('"discussed … the situation in the Taiwan Strait" gives the talks no country', () => {
    const { x } = story(
      'Danish Foreign Minister Karen Holm held talks with Philippine Foreign Secretary Jose Lim at the guest house on Monday, where the two discussed maritime security and the situation in the Taiwan Strait.',
      '2024-04-09',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Jose Lim'));
    expect(talks?.countryCode).not.toBe('TW');
  });
});

describe('places: a capital in a ", when" clause after the meeting\'s own place', () => {
  it('"first met in Punta Cana in May, when X invited Y to visit Lima" stays in Punta Cana', () => {
    const { x } = story('The two presidents first met on the sidelines of a summit in Punta Cana in May last year, when President Rosa Vera invited President Hugo Salas to make an official visit to Lima.', '2024-07-03');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Hugo Salas'));
    expect(met?.city).toBe('Punta Cana');
  });

  it('"last met in June, when he attended a summit in Rome" is in Rome: the clause tells where', () => {
    const { x } = story('President Rosa Vera last met Prime Minister Carlo Neri in June 2023, when she attended a summit in Rome on food security.', '2024-07-03');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Carlo Neri'));
    expect(met?.city).toBe('Rome');
  });
});

describe('places: a city a topic is in ("the war in X") is not where the meeting is', () => {
  it('talks at a palace about the fighting in a city keep the host capital, not the city of the topic', () => {
    const { x } = story('Jordanian King Hassan Omar received Iraqi Prime Minister Adel Karim in Amman on Monday. The two leaders met at Raghadan Palace, where they discussed the fighting in Mosul and trade.', '2024-03-08');
    expect(x.meetings.map((m) => m.city)).not.toContain('Mosul');
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
