/**
 * Specs for the meeting patterns of round 4: courtesy calls ("called on the
 * president"), plans that fell through ("had been due to"), reported plans
 * ("said he would host"), dates fronted before their clause, and the place a
 * story's own events share. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('a courtesy call: "called on X" is a visit to X', () => {
  it('"called on the president at the palace" is a meeting there', () => {
    const { x } = story(
      'OSLO, Norwegian Foreign Minister Erik Dahl held talks with Latvian Foreign Minister Ilze Berzina on Monday. Later on Monday, Dahl called on Latvian President Janis Ozols at Riga Castle.',
      '2024-09-10',
    );
    expect(pairs(x.meetings)).toContainEqual(['erik dahl', 'janis ozols']);
  });

  it('"paid a courtesy call on" the prime minister, and "is scheduled to call on" the king, are meetings', () => {
    const { x } = story(
      'Chilean Foreign Minister Pablo Rojas paid a courtesy call on Thai Prime Minister Somchai Wongsa in Bangkok on Tuesday. Rojas is scheduled to call on King Vajiralongkorn Bodindra tomorrow.',
      '2024-09-10',
    );
    expect(pairs(x.meetings)).toContainEqual(['pablo rojas', 'somchai wongsa']);
    const king = x.meetings.find((m) => names(m.participants).includes('vajiralongkorn bodindra'));
    expect(king).toMatchObject({ status: 'PLANNED', date: day(2024, 9, 11) });
  });

  it('"called on X to do something" is a plea, not a meeting, while "called on X at" a place is a visit', () => {
    const { x } = story(
      'Kenyan opposition leader Paul Otieno called on President Samuel Kiprop to release detained protesters. Otieno also called on Uganda to press President Moses Kato on the border dispute. Tanzanian envoy Amani Mushi called on President Samuel Kiprop at State House on Monday.',
      '2024-09-10',
    );
    expect(pairs(x.meetings)).toEqual([['amani mushi', 'samuel kiprop']]);
  });
});

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

describe("places: the story's own place", () => {
  it('a meeting of these days told with no place shares the city of the story\'s first meeting', () => {
    const { x } = story(
      'Ireland and Estonia pledged closer cooperation on energy on Tuesday. Irish Prime Minister Sean Murphy hosted Estonian Prime Minister Kadri Tamm at Government Buildings in Dublin. Tamm praised the Irish economy. The two countries trade little. Estonian Foreign Minister Jaan Kask held talks with Irish Foreign Minister Ciara Walsh on Tuesday afternoon.',
      '2024-10-09',
    );
    const ministers = x.meetings.find((m) => names(m.participants).includes('jaan kask'));
    expect(ministers).toMatchObject({ city: 'Dublin', countryCode: 'IE', date: day(2024, 10, 8) });
  });

  it('"State House", which several capitals have, takes the city of the story rather than a default abroad', () => {
    const { x } = story(
      'FREETOWN, Ghanaian President Kofi Mensah held talks with Sierra Leonean President Ibrahim Kamara on Wednesday. Mensah later called on Vice President Fatmata Conteh at State House.',
      '2024-10-10',
    );
    const vice = x.meetings.find((m) => names(m.participants).includes('fatmata conteh'));
    expect(vice).toMatchObject({ city: 'Freetown', countryCode: 'SL' });
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

describe('asides: what a clause about a person or between dashes says is not the meeting\'s', () => {
  it('a date between dashes does not date the meeting', () => {
    const { x } = story(
      'Austrian Chancellor Peter Gruber held talks with Czech Prime Minister Jan Novak at Prague Castle on Tuesday. The two leaders held talks at the castle, where Novak — fresh from winning a confidence vote last month — welcomed him with a handshake.',
      '2024-06-05',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2024, 6, 4) });
  });

  it('the day a guest arrived, told in a clause about the guest, does not date the ceremony', () => {
    const { x } = story(
      'Croatian President Ivo Horvat held talks with Slovenian President Marta Kos at the presidential palace in Zagreb on Tuesday. Horvat hosted a welcoming ceremony for Kos, who arrived in Zagreb on Monday for a three-day visit.',
      '2024-05-08',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2024, 5, 7) });
  });

  it('"…, whom he had hosted in Abuja in March" is the same two people meeting on another occasion, with its own place', () => {
    const { x } = story('Nigerian President Musa Bello was received in Accra by Ghanaian President Kwame Asante, whom he had hosted in Abuja in March for a regional summit.', '2024-06-05');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[0]).toMatchObject({ city: 'Accra' });
    expect(x.meetings[1]).toMatchObject({ city: 'Abuja', date: { year: 2024, month: 3, precision: 'MONTH' } });
    for (const m of x.meetings) expect(names(m.participants)).toEqual(['kwame asante', 'musa bello']);
  });
});

describe('the pair and the source of a meeting told later', () => {
  it('"The two leaders spoke for about an hour on Saturday" dates the meeting told before; the outlet a source told is no participant', () => {
    const { x } = story(
      'Egyptian President Omar Fathy and Sudanese leader Hassan Idris have met on the sidelines of a summit in Cairo. The two leaders spoke for about an hour on Saturday evening, a senior Egyptian official told Nile Times, speaking on condition of anonymity.',
      '2024-05-05',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['hassan idris', 'omar fathy']);
    expect(x.meetings[0]).toMatchObject({ city: 'Cairo', date: day(2024, 5, 4) });
  });

  it('"the two leaders" are the last two who met, not the larger gathering told since', () => {
    const { x } = story(
      'Belgian Prime Minister Luc Peeters received Dutch Prime Minister Anna de Vries in Brussels on Monday, before a summit that also brought together Luxembourg Prime Minister Paul Weber and Irish Prime Minister Sean Murphy. The two leaders last held talks in Rome in October.',
      '2024-05-07',
    );
    const rome = x.meetings.find((m) => m.city === 'Rome');
    expect(names(rome!.participants)).toEqual(['anna de vries', 'luc peeters']);
  });
});

describe('dates and places of the story\'s day', () => {
  it('"later in the day" and "in the evening" are the day the sentence before gave', () => {
    const { x } = story(
      'Kenya and Uganda pledged to finish the railway. The leaders discussed trade. Kenyan President Samuel Kiprop held talks with Ugandan President Moses Kato in Kampala on Monday. Kato praised the railway plan. Officials said trade had doubled. Later on Monday, Kiprop called on Ugandan Vice President Ruth Nabirye. He was due to travel to Jinja in the evening to meet Ugandan Prime Minister Grace Achieng.',
      '2024-05-07',
    );
    const jinja = x.meetings.find((m) => names(m.participants).includes('grace achieng'));
    expect(jinja).toMatchObject({ city: 'Jinja', date: day(2024, 5, 6) });
  });

  it('an agency before the dateline ("(ANSA) - VALLETTA, MAY 3 -") still gives the story\'s city', () => {
    const { x } = story(
      "(ANSA) - VALLETTA, MAY 3 - Italian Foreign Minister Paolo Conti on Friday met Maltese Foreign Minister Joseph Camilleri at the ministry.",
      '2024-05-03',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Valletta', countryCode: 'MT' });
  });
});

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
