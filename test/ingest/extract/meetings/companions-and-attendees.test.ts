/**
 * Specs for the people who come along or also attend: companions of a readout
 * or of a later act, "accompanied by", "together with", people who attended
 * the meeting told before, a summit that also brought others together. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../fixtures.ts';
import { pairs, pairsInStoryOrder } from '../helpers.ts';

describe('people who accompany the subject in a relative clause', () => {
  it('"X, who is accompanied by his wife, Foreign Minister Y and other ministers, was received by Z" leaves Y out', () => {
    const { x } = story('Chilean President Pablo Rojas, who is accompanied by his wife, Foreign Minister Ana Quispe and other cabinet members, was received at the airport in Dublin by Irish Transport Minister Sean Walsh on Monday.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['pablo rojas', 'sean walsh']]);
  });
});

describe('people who attended the meeting told before', () => {
  it('"The meeting was attended by A and B" names two more people at it', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl received Chilean President Pablo Rojas at the palace today. The meeting was attended by Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"The session was attended, on the Norwegian side, by A, and on the Chilean side by B" too', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas at the palace today. The session was attended, on the Norwegian side, by Foreign Minister Nils Berg, and on the Chilean side by Foreign Minister Ana Quispe.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"A and B also took part in the meeting", after a sentence on what was discussed', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held a meeting with Chilean President Pablo Rojas at the palace today. The parties discussed trade and fisheries. Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe also took part in the meeting.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('someone "who did not take part in the talks" is not at them', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas at the palace today. Finance Minister Nils Berg, who did not take part in the talks, told reporters the deal was close.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('attendance is not added to a meeting only planned', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl will receive Chilean President Pablo Rojas at the palace next week. The talks were attended by Foreign Minister Nils Berg.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('"The Presidents agreed to meet … together with President Z"', () => {
  it('is the last pair of presidents told before, and the third one named', () => {
    const { x } = story('OSLO, President Erik Dahl held talks today with Chilean President Pablo Rojas. In the presence of the two Presidents, Foreign Minister Nils Berg and Chilean Foreign Minister Ana Quispe signed a fisheries agreement. The Presidents agreed to meet in Lima at the end of the month together with Peruvian President Marco Diaz.', '2025-03-13');
    const planned = x.meetings.filter((m) => m.status === 'PLANNED');
    expect(pairs(planned)).toEqual([['erik dahl', 'marco diaz', 'pablo rojas']]);
  });
});

describe('"who is accompanied on the visit by X"', () => {
  it('tells the companions of a trip, not a meeting with them', () => {
    const { x } = story('OSLO - Chilean President Pablo Rojas, who is accompanied on the visit by the First Lady, Ana Quispe, was received with military honours at the palace before holding talks with Prime Minister Erik Dahl.', '2025-05-06');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});


describe('a summit that also brought others together', () => {
  it('"received A for a bilateral meeting, before the summit that also brought together B, C and D" is two meetings: the pair, and all five', () => {
    const { x } = story(
      'SANTIAGO, Spanish Prime Minister Pedro Ruiz arrived in Santiago on Monday. Chilean President Pablo Rojas received Ruiz at La Moneda Palace on Monday morning for a bilateral meeting, before the start of a summit that also brought together Brazilian President Carlos Lima, Colombian President Ana Mejia and Uruguayan President Jorge Salas.',
      '2025-07-22',
    );
    expect(pairsInStoryOrder(x.meetings).sort()).toEqual([
      ['ana mejia', 'carlos lima', 'jorge salas', 'pablo rojas', 'pedro ruiz'],
      ['pablo rojas', 'pedro ruiz'],
    ]);
  });

  it('"A and B last spoke in July, days after C was shot" is A and B', () => {
    const { x } = story(
      'Dutch Prime Minister Anna de Vries and Belgian Prime Minister Luc Peeters last spoke in a telephone conversation in July, days after former Belgian Prime Minister Jan Claes was fatally shot during a speech.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['anna de vries', 'luc peeters']]);
  });
});

describe('companions of a later act', () => {
  it('"A first met B in June, before returning with C and D" is A and B', () => {
    const { x } = story(
      'Italian Prime Minister Lucia Ferri first met Tunisian President Hedi Ben Ali in Tunis in June, before returning with European Council President Jan Novak and Belgian Prime Minister Luc Peeters a month later.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['hedi ben ali', 'lucia ferri']]);
  });
});

describe('participants: companions of a readout', () => {
  it('"X was accompanied by A and B. Y was joined by C." right after a meeting adds all of them to it', () => {
    const { x } = story(
      'Foreign Minister Lena Kovac met today with Chilean President Pablo Rojas at La Moneda in Santiago. The Minister was accompanied by Deputy Minister Ivo Maric and Ambassador Sara Novak. President Rojas was joined by Foreign Minister Marta Soto.',
      '2024-09-11',
    );
    expect(pairsInStoryOrder(x.meetings)).toEqual([['ivo maric', 'lena kovac', 'marta soto', 'pablo rojas', 'sara novak']]);
  });
});

describe('companions named after "also attended" the meeting told before', () => {
  const talks = 'OSLO, Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas at the palace on Monday.';

  it('"A and B also attended the expanded meeting" names two more people at it', () => {
    const { x } = story(`${talks} Trade Minister Nils Berg and Chilean Foreign Minister Ana Quispe also attended the expanded meeting.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"C joined the talks" too', () => {
    const { x } = story(`${talks} Chilean Foreign Minister Ana Quispe joined the talks later.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'erik dahl', 'pablo rojas']]);
  });

  it('"The talks, held at the palace, were also attended by A": an aside on the talks before the verb', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl held talks today with Chilean President Pablo Rojas. The talks, held at Skaugum Palace, were also attended by Foreign Minister Nils Berg.', '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"A also took part in the working dinner": a dinner is the meeting named again', () => {
    const { x } = story('OSLO, Prime Minister Erik Dahl hosted Chilean President Pablo Rojas for a working dinner on Monday. Foreign Minister Nils Berg also took part in the dinner.', '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'nils berg', 'pablo rojas']]);
  });

  it('"A attended the meeting of Nordic ministers" is another gathering', () => {
    const { x } = story(`${talks} Foreign Minister Nils Berg attended the meeting of Nordic foreign ministers in Reykjavik.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"A did not attend the talks" adds nobody', () => {
    const { x } = story(`${talks} Foreign Minister Nils Berg did not attend the talks.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });
});

describe('attendees in a clause of the meeting sentence: "…, in which A and B also took part"', () => {
  it('"The two ministers held talks, followed by a session of the delegations, in which A and B also took part" is one meeting of four', () => {
    const { x } = story('OSLO, Foreign Minister Nils Berg received Chilean Foreign Minister Ana Quispe at the ministry today. The two ministers held a private meeting, followed by expanded talks, in which State Secretary Kari Lund and the Chilean ambassador, Jorge Soto, also took part.', '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['ana quispe', 'jorge soto', 'kari lund', 'nils berg']]);
  });
});
