/**
 * Specs for who "the two leaders" and "the two" are: the pair of the sentence
 * before, or of a later meeting. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { names, pairs } from '../helpers.ts';

describe('"the two leaders" told after a sentence naming more than two', () => {
  it("are the two whose titles are leaders' titles, not the ministers who signed", () => {
    const { x } = story('The accord was signed in Dublin by Irish Foreign Minister Sean Walsh and Chilean Foreign Minister Ana Quispe, with Prime Minister Liam Brennan and Chilean President Pablo Rojas looking on. The two leaders had held talks over lunch beforehand.', '2024-09-22');
    expect(pairs(x.meetings)).toEqual([['liam brennan', 'pablo rojas']]);
  });

  it("'had held talks beforehand' is the story's own occasion, not the earlier visit told later", () => {
    const { x } = story('DUBLIN, Sept 20 - Ireland and Chile signed a fisheries accord in Dublin on Friday. The accord was signed by Irish Foreign Minister Sean Walsh and Chilean Foreign Minister Ana Quispe, with Prime Minister Liam Brennan and Chilean President Pablo Rojas looking on. The two leaders had held talks over lunch beforehand. Brennan visited Chile in May last year, when Rojas received him in Santiago.', '2024-09-20');
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings.map((m) => m.date)).toContainEqual({ year: 2024, month: 9, day: 20, precision: 'DAY' });
  });
});

describe('"the two" as the subject of a coordinated clause', () => {
  it('"he travelled to X with A, and the two met B" has him, A and B at one meeting', () => {
    const { x } = story('Spanish Prime Minister Pedro Ruiz arrived in Nouakchott on Tuesday. It is his second visit this year. In February he travelled to the Mauritanian capital with European Commission President Anna Weber, and the two met Mauritanian President Ahmed Salem to launch a migration partnership.', '2024-08-28');
    expect(pairs(x.meetings)).toEqual([['ahmed salem', 'anna weber', 'pedro ruiz']]);
  });
});

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

describe('"the two leaders" after a ministers\' meeting', () => {
  it('are the last pair of leaders told, not the ministers told since', () => {
    const { x } = story('A summit between Irish Prime Minister Liam Brennan and Chilean President Pablo Rojas that had been scheduled for Friday has been postponed. Irish Foreign Minister Sean Walsh received his Chilean counterpart Ana Quispe on Tuesday in Dublin. The two leaders last met face to face at a summit in Madrid last June.', '2013-05-16');
    expect(x.meetings.map((m) => [names(m.participants), m.city ?? null]).sort()).toContainEqual([['liam brennan', 'pablo rojas'], 'Madrid']);
    expect(x.meetings.map((m) => [names(m.participants), m.city ?? null])).not.toContainEqual([['ana quispe', 'sean walsh'], 'Madrid']);
  });
});

describe('"the two leaders last met in X in June and spoke by phone this month"', () => {
  it('is a meeting in person and a later call of the same pair', () => {
    const { x } = story('Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas in Santiago on Monday. The two leaders last met on the sidelines of a summit in Lisbon in June and spoke by phone earlier this month.', '2025-10-27');
    const told = x.meetings.map((m) => [names(m.participants).join(' + '), m.kind, m.date ? `${m.date.year}-${m.date.month}` : '?', m.city ?? '?']).sort();
    expect(told).toEqual([
      ['erik dahl + pablo rojas', 'IN_PERSON', '2025-10', 'Santiago'],
      ['erik dahl + pablo rojas', 'IN_PERSON', '2025-6', 'Lisbon'],
      ['erik dahl + pablo rojas', 'PHONE_CALL', '2025-10', '?'],
    ]);
  });
});

describe('"the two leaders first met …, when A invited B to visit"', () => {
  it('is the pair named in the "when" clause, not the pair with someone of a meeting told before', () => {
    const { x } = story('Chilean President Pablo Rojas held talks with Prime Minister Erik Dahl in Oslo on Monday. Later, Rojas paid a courtesy call on King Harald Berg at the palace. The two leaders first met on the sidelines of a summit in Lisbon in June 2022, when Mr Rojas invited Mr Dahl to make an official visit to Chile.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas'], ['erik dahl', 'pablo rojas'], ['harald berg', 'pablo rojas']]);
  });
});
