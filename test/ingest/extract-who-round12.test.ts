/**
 * Specs for round 12 on who takes part in a meeting and how many meetings a
 * passage tells: kinds of failure seen on articles 165–180. Every story here
 * is made up, worded apart from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();
const calls = (meetings: { kind: string; participants: { name: string }[] }[]) => pairs(meetings.filter((m) => m.kind === 'PHONE_CALL'));

describe('"they" for the pair of the meeting told before, a few words before the meeting verb', () => {
  const talks = 'Prime Minister Erik Dahl held talks with Chilean President Pablo Rojas in Oslo on Monday.';

  it('"They had earlier spoken by phone in May" is a call of the same two', () => {
    const { x } = story(`${talks} They had earlier spoken by phone in May, shortly after Rojas took office.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They spoke again by telephone in June": an adverb between the verb and its medium', () => {
    const { x } = story(`${talks} They spoke again by telephone in June.`, '2024-09-24');
    expect(calls(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They are expected to meet again in Lima next month" is a planned meeting of the two', () => {
    const { x } = story(`${talks} They are expected to meet again in Lima next month.`, '2024-09-24');
    const planned = x.meetings.filter((m) => m.status === 'PLANNED');
    expect(pairs(planned)).toEqual([['erik dahl', 'pablo rojas']]);
  });

  it('"They said the ministers would meet" tells no meeting of the two', () => {
    const { x } = story(`${talks} They said the trade officials of both countries would keep working on the text.`, '2024-09-24');
    expect(pairs(x.meetings)).toEqual([['erik dahl', 'pablo rojas']]);
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

describe('"a tête-à-tête with" is a meeting', () => {
  it('"He then moved to the office for a tete-a-tete with B" is a meeting with B, and "also attended the council meeting" joins it', () => {
    const { x } = story('BUDAPEST, President Ali Demir was first welcomed by President Eva Kovacs at the palace on Monday. He then moved to the prime minister\'s office for a tete-a-tete with Prime Minister Janos Toth followed by the council session. Foreign Minister Mert Aydin also attended the council meeting.', '2023-12-18');
    expect(pairs(x.meetings)).toEqual([['ali demir', 'eva kovacs'], ['ali demir', 'janos toth', 'mert aydin']]);
  });
});

describe('a name that is part of a place named after its bearer', () => {
  it('"welcomed at Olof Palme International Airport by X" does not put Palme at the welcome', () => {
    const { x } = story('STOCKHOLM, Chilean President Pablo Rojas arrived on Sunday on a state visit. He was welcomed at Olof Palme International Airport by Foreign Minister Nils Berg.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['nils berg', 'pablo rojas']]);
  });

  it('a person named before another noun still takes part: "X met Olof Palme, Sweden\'s former envoy"', () => {
    const { x } = story('STOCKHOLM, Chilean President Pablo Rojas met Olof Palme, the Swedish envoy, on Sunday.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['olof palme', 'pablo rojas']]);
  });
});

describe('"the distinguished guest" for the visitor the story told of', () => {
  it('is the one person told before as "who is on a state visit"', () => {
    const { x } = story('BAKU, President Elnur Hasanov held talks with Turkmen President Dovlet Amanov, who is on a state visit to Azerbaijan. At the airport, the distinguished guest was welcomed by Deputy Prime Minister Rauf Guliyev.', '2025-08-05');
    expect(pairs(x.meetings)).toEqual([['dovlet amanov', 'elnur hasanov'], ['dovlet amanov', 'rauf guliyev']]);
  });

  it('names nobody when the story told of no visit', () => {
    const { x } = story('BAKU, President Elnur Hasanov held talks with Turkmen President Dovlet Amanov. At the airport, the distinguished guest was welcomed by Deputy Prime Minister Rauf Guliyev.', '2025-08-05');
    expect(pairs(x.meetings)).toEqual([['dovlet amanov', 'elnur hasanov']]);
  });
});

describe('"The President of Ukraine" for the one person introduced with that title', () => {
  const lead = 'HELSINKI, President of Ukraine Petro Hrytsenko held a meeting with President of Finland Mika Laine at the palace on Monday. Head of the Office of the President of Ukraine Ivan Bondar also took part in the meeting.';

  it('"The President of Ukraine also held a meeting with B" is Hrytsenko\'s, not his chief of staff\'s, and "also" is no particle of a name', () => {
    const { x } = story(`${lead} The President of Ukraine also held a meeting with Prime Minister of Finland Aino Virtanen at Kesäranta.`, '2025-03-18');
    expect(pairs(x.meetings)).toEqual([['aino virtanen', 'petro hrytsenko'], ['ivan bondar', 'mika laine', 'petro hrytsenko']]);
  });

  it('"at the invitation of His Majesty Sultan X": the address still stands for X later', () => {
    const { x } = story('Prime Minister Ravi Menon paid a visit to Brunei at the invitation of His Majesty Sultan Haji Omar Saifuddin. On Tuesday, His Majesty held talks with Prime Minister Menon at the palace.', '2024-09-04');
    expect(pairs(x.meetings)).toEqual([['omar saifuddin', 'ravi menon']]);
  });
});

describe('"the crown prince" for the heir, not the king', () => {
  it('"The crown prince visited Beijing, when X received him" is the heir\'s meeting', () => {
    const { x } = story('RIYADH, King Fahd Al-Sudairi received Chinese President Li Wen at the palace on Thursday. Li then held talks with Crown Prince Turki bin Fahd. The crown prince visited Beijing in February 2019, when Li received him at the Great Hall of the People.', '2022-12-08');
    expect(pairs(x.meetings)).toEqual([['fahd al-sudairi', 'li wen'], ['li wen', 'turki bin fahd'], ['li wen', 'turki bin fahd']]);
  });
});

describe('the host a description names, beside the companions of the visitor', () => {
  it('"X, accompanied by Foreign Minister Y, was received by the crown prince" is X, Y and the crown prince', () => {
    const { x } = story('RIYADH, Syrian President Omar Haddad held talks with Crown Prince Turki bin Fahd on Sunday. Haddad, accompanied by Foreign Minister Sami Nasser, was received by the crown prince at the palace on Sunday.', '2025-02-02');
    expect(pairs(x.meetings)).toEqual([['omar haddad', 'sami nasser', 'turki bin fahd']]);
  });

  it('a pronoun after the two who met is one of them: "The crown prince, son of King Z, had telephoned X to congratulate him"', () => {
    const { x } = story('RIYADH, Syrian President Omar Haddad held talks with Crown Prince Turki bin Fahd on Sunday. Haddad was once a pupil of Professor Adel Karim. The crown prince, who acts for his father, King Fahd Al-Sudairi, had telephoned Haddad in late December to congratulate him.', '2025-02-02');
    expect(calls(x.meetings)).toEqual([['omar haddad', 'turki bin fahd']]);
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
