/**
 * Specs for the meeting patterns of round 6: who takes part (a pair told as
 * "the pair", a pronoun joined to a name, companions named together), and
 * which date and place belong to which meeting. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('participants: the people of one encounter', () => {
  it('"The pair held talks" right after a hosting is that meeting, dated by its own sentence', () => {
    const { x } = story(
      'Portuguese Prime Minister Rui Sousa hosted Irish Prime Minister Liam Brennan in Lisbon, where the two leaders signed a fisheries pact. The pair held talks at the Belem Cultural Centre in Restelo on Tuesday morning.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Lisbon', date: day(2024, 9, 10) });
    expect(names(x.meetings[0]!.participants)).toEqual(['liam brennan', 'rui sousa']);
  });

  it('"He and X met …, when they travelled with A and B to meet C" is one meeting of all five', () => {
    const { x } = story(
      'Dutch Prime Minister Anna de Vries visited Vienna last week. Austrian Chancellor Karl Huber welcomed her. He and de Vries first met in Warsaw, when they travelled with Czech Prime Minister Pavel Novak and Slovak Prime Minister Jan Kovac to meet Polish President Marek Nowak.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toContainEqual(['anna de vries', 'jan kovac', 'karl huber', 'marek nowak', 'pavel novak']);
  });

  it('a sentence opening "He and X met" takes "he" to be the subject of the sentence before', () => {
    const { x } = story(
      'Turkish President Emre Aydin last visited Baku in 2010, when he met the late Azerbaijani leader Rauf Aliyev. He and Azerbaijani President Ilham Mammadov last met in May in Ankara.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toContainEqual(['emre aydin', 'ilham mammadov']);
    expect(pairs(x.meetings)).not.toContainEqual(['ilham mammadov', 'rauf aliyev']);
  });
});

describe('participants: who is not at the meeting', () => {
  it('"welcomed the ties but urged X" is no meeting with X: the verb\'s object is a thing', () => {
    const { x } = story(
      'Chilean President Pablo Rojas hosted Peruvian President Ana Quispe in Santiago on Monday. Chilean opposition leader Marta Soto said she welcomed the new trade rules but urged Rojas to protect farmers.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'pablo rojas']]);
  });

  it('"The two men held talks …, shortly after X\'s delegation arrived" is the pair alone', () => {
    const { x } = story(
      "Togolese President Faure Adjo began a state visit to Ghana on Wednesday. Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Yao Agbeko signed a border accord in Accra on Thursday. The two men had held talks in Accra on Wednesday, shortly after Faure Adjo's delegation arrived from Lome, where the Togolese leader had met his cabinet.",
      '2024-09-13',
    );
    expect(pairs(x.meetings)).toEqual([['kofi mensah', 'yao agbeko']]);
  });

  it('"After the talks, A and B signed …": a signing after a meeting already told is no meeting of its own', () => {
    const { x } = story(
      'Brazilian President Carlos Lima held talks with Argentine President Jorge Pereyra in Brasilia on Tuesday. After the talks, Brazilian Foreign Minister Rita Alves and Argentine Foreign Minister Diego Ruiz signed four agreements.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['carlos lima', 'jorge pereyra']]);
  });
});

describe('date: which of the sentence\'s dates is the meeting\'s', () => {
  it('a date in a past-participle phrase about a thing (", built in 1998,") dates that thing, not the meeting', () => {
    const { x } = story(
      'Spanish Prime Minister Luis Garcia received Portuguese Prime Minister Rui Sousa in Madrid, and the two discussed the Alqueva dam, built in 1998, which needs repairs.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toBeUndefined();
  });

  it('", signed in 1998," in an aside is no joint signing: the meeting keeps the day its own verb gives', () => {
    const { x } = story(
      'Spanish Prime Minister Luis Garcia received Portuguese Prime Minister Rui Sousa in Madrid on Monday, and the two discussed a water treaty, signed in 1998, which expires next year.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.date).toEqual(day(2024, 9, 9));
  });
});

describe('several meetings, status and the day told before', () => {
  it('"held talks with A at the palace and with B": a "with" of its own before each counterpart is one meeting each', () => {
    const { x } = story(
      'Chilean President Pablo Rojas paid a state visit to Lima in March, where he held talks with Peruvian President Ana Quispe at the Government Palace and with Prime Minister Jorge Salas.',
      '2024-09-11',
    );
    expect(pairs(x.meetings).sort()).toEqual([
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
    expect(pairs(x.meetings).sort()).toEqual([
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

describe('people of a later clause with its own subject', () => {
  it('"A and B spoke for two hours, before the foreign ministers, X and Y, signed four agreements" is A and B', () => {
    const { x } = story(
      'Malian President Amadou Keita visited Niger on Thursday. Keita and Nigerien President Ali Moussa spoke for more than two hours in Niamey, the presidency said, before the foreign ministers of the two countries, Awa Diallo of Mali and Idrissa Sani of Niger, signed four agreements.',
      '2024-04-19',
    );
    expect(pairs(x.meetings)).toEqual([['ali moussa', 'amadou keita']]);
  });
});

describe('denied meetings and bounding dates', () => {
  it('"never made an official visit to X" is no meeting', () => {
    const { x } = story(
      'Chilean President Pablo Rojas hosted Peruvian President Ana Quispe in Santiago on Monday. Former Peruvian President Luis Vega clashed with Rojas and never made an official visit to Santiago during his term.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'pablo rojas']]);
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

describe('a summit that also brought others together', () => {
  it('"received A for a bilateral meeting, before the summit that also brought together B, C and D" is two meetings: the pair, and all five', () => {
    const { x } = story(
      'SANTIAGO, Spanish Prime Minister Pedro Ruiz arrived in Santiago on Monday. Chilean President Pablo Rojas received Ruiz at La Moneda Palace on Monday morning for a bilateral meeting, before the start of a summit that also brought together Brazilian President Carlos Lima, Colombian President Ana Mejia and Uruguayan President Jorge Salas.',
      '2025-07-22',
    );
    expect(pairs(x.meetings).sort()).toEqual([
      ['ana mejia', 'carlos lima', 'jorge salas', 'pablo rojas', 'pedro ruiz'],
      ['pablo rojas', 'pedro ruiz'],
    ]);
  });

  it('"A and B last spoke in July, days after C was shot" is A and B', () => {
    const { x } = story(
      'Dutch Prime Minister Anna de Vries and Belgian Prime Minister Luc Peeters last spoke in a telephone conversation in July, days after former Belgian Prime Minister Jan Claes was fatally shot during a speech.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['anna de vries', 'luc peeters']]);
  });
});

describe('companions of a later act', () => {
  it('"A first met B in June, before returning with C and D" is A and B', () => {
    const { x } = story(
      'Italian Prime Minister Lucia Ferri first met Tunisian President Hedi Ben Ali in Tunis in June, before returning with European Council President Jan Novak and Belgian Prime Minister Luc Peeters a month later.',
      '2024-09-11',
    );
    expect(pairs(x.meetings)).toEqual([['hedi ben ali', 'lucia ferri']]);
  });
});

describe('the day of a saying after the meeting', () => {
  it('"A accepted an invitation to visit B, and C said on Friday the trip was being discussed" leaves the visit undated', () => {
    const { x } = story(
      'U.S. President John Hale has accepted an invitation from Chinese President Li Wei to visit China, and Secretary of State Mark Dunn said on Friday the trip was being discussed, but no date has been set.',
      '2025-07-12',
    );
    const visit = x.meetings.find((m) => names(m.participants).includes('li wei'));
    expect(visit).toMatchObject({ status: 'PLANNED' });
    expect(visit!.date).toBeUndefined();
  });
});

describe('meeting a group of unnamed people', () => {
  it('"is to give a speech and meet members of the president\'s party" is no meeting with the president', () => {
    const { x } = story(
      "U.S. President John Hale held talks with Vietnamese President Tran Van Long in Hanoi on Monday. Hale is to give a speech in Hanoi on Tuesday and meet members of the Vietnamese president's party before flying to Ho Chi Minh City.",
      '2016-05-23',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'HELD' });
  });
});

describe('a pair as the subject beside named counterparts', () => {
  it('"The two Japanese ministers later held talks with A and B" is all four', () => {
    const { x } = story(
      'Japanese Foreign Minister Aiko Sato and Japanese Defence Minister Ken Mori called on Philippine President Jose Reyes at the palace on Monday. The two Japanese ministers later held "two-plus-two" security talks with Philippine Defence Secretary Luis Cruz and Foreign Secretary Ana Lopez in Manila.',
      '2024-07-08',
    );
    expect(pairs(x.meetings)).toContainEqual(['aiko sato', 'ana lopez', 'ken mori', 'luis cruz']);
  });
});
