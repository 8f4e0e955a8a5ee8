/**
 * Specs for general patterns of news writing that the gold set's held-out
 * articles showed the extractor missing: the tense of a date's own clause,
 * plans told in the past, cancelled visits, dates and places carried between
 * sentences, signings told item by item, and occupations after a name. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const month = (year: number, m: number) => ({ year, month: m, precision: 'MONTH' });

describe('dates take the tense of their own clause', () => {
  it('a month in a past clause is past though another clause speaks of the future', () => {
    const [d] = findDates('The deal follows a framework accord signed in Lima in October, under which Chile will also buy two frigates.', '2021-03-10');
    expect(d!.date).toEqual(month(2020, 10));
  });

  it('a weekday before a past verb is past though a later clause says "will"', () => {
    const [d] = findDates('The two ministers on Tuesday signed a protocol under which Ghana will supply cocoa.', '2022-06-09');
    expect(d!.date).toEqual(day(2022, 6, 7));
  });

  it('a clause with a future marker is still future', () => {
    const [d] = findDates('Officials who met in March said the ministers will meet again in May.', '2022-06-09').filter((x) => /May/.test(x.text));
    expect(d!.date).toEqual(month(2023, 5));
  });
});

describe('a plan told in the past ("had been due to") names the nearest such day or month', () => {
  it('a month a few months back, not next year', () => {
    const [d] = findDates('The premier had been due to visit Oslo in February.', '2021-05-20');
    expect(d!.date).toEqual(month(2021, 2));
  });

  it('a day a few days ahead, not last year', () => {
    const [d] = findDates('The king was scheduled to arrive in Lisbon on Oct. 3.', '2021-09-28');
    expect(d!.date).toEqual(day(2021, 10, 3));
  });
});

describe('meetings stated as cancelled', () => {
  it('the date and place of a called-off visit are those of the visit, not of the cancelling', () => {
    const { x } = story(
      'Chilean President Ana Reyes had been due to hold talks with Peruvian President Luis Ortega in Lima in March, but called off the trip last week to return to Santiago after floods.',
      '2022-05-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Lima', date: month(2022, 3) });
  });
});

describe('the place of a meeting is not in the attribution', () => {
  it('", officials in Nairobi said" does not place a planned visit', () => {
    const { x } = story('Tanzanian President Joseph Mwale is expected to pay a return visit to Kenya for talks with Kenyan President Peter Kamau next year, officials in Nairobi said.', '2022-05-04');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.city).toBeUndefined();
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'KE', date: { year: 2023, precision: 'YEAR' } });
  });
});

describe('agreements reported individually', () => {
  it('two documents joined by "and" after one signing verb are two signings', () => {
    const { x } = story('Chilean President Ana Reyes and Peruvian President Luis Ortega on Monday signed a treaty on river navigation and an agreement settling their maritime boundary.', '2022-05-04');
    expect(x.agreements.map((a) => a.kind).sort()).toEqual(['AGREEMENT', 'TREATY']);
    for (const a of x.agreements) expect(a).toMatchObject({ date: day(2022, 5, 2), documentCount: 1, parties: ['CL', 'PE'] });
  });

  it('each document of a list keeps the value written with it', () => {
    const { x } = story('Brazil on Tuesday signed contracts with French shipyards. The navy signed a contract worth $1.2 billion with Naval Group for four submarines, and a separate $300 million deal with Piriou for patrol boats.', '2022-05-04');
    expect(x.agreements.map((a) => a.valueUsd).sort()).toEqual([1200000000, 300000000]);
  });

  it('an uncounted plural detailed by the next sentence gives way to the documents it lists, which take its date', () => {
    const { x } = story('Brazil on Tuesday signed contracts with French shipyards. The navy signed a contract worth $1.2 billion with Naval Group for four submarines, and a separate $300 million deal with Piriou for patrol boats.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a).toMatchObject({ date: day(2022, 5, 3), documentCount: 1, parties: ['BR', 'FR'] });
  });

  it('"the documents" with a date, right after single documents, dates all of them', () => {
    const { x } = story('Ghanaian President Kofi Mensah and Togolese President Yao Agbeyome have signed a treaty on friendship and an agreement on their border. The two presidents signed the documents on Friday in Lomé.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a.date).toEqual(day(2022, 4, 29));
  });

  it('"the deal was signed …" points back to a memorandum, whatever its noun', () => {
    const { x } = story('Spanish Prime Minister Pedro Ruiz and his Moroccan counterpart, Aziz Benali, on Monday signed a memorandum of understanding on fisheries. The deal was signed at the Moncloa Palace in Madrid.', '2022-05-04');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'MEMORANDUM', date: day(2022, 5, 2) });
  });
});

describe('agreements signed as one counted package', () => {
  it('documents listed after "signed three agreements" are its items, not more signings', () => {
    const { x } = story(
      'Ghana and Togo signed three agreements on Sunday. The two presidents held talks in Accra before witnessing the signing of a customs agreement, a transit agreement and a power-sharing agreement.',
      '2022-05-04',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 3, date: day(2022, 5, 1), parties: ['GH', 'TG'] });
  });

  it('"N other documents" is a set of its own, on the day of the signing told before', () => {
    const { x } = story('Ghanaian President Kofi Mensah and Togolese President Yao Agbeyome signed a border treaty on Friday. Ministers signed nine other documents on trade and transport.', '2022-05-04');
    expect(x.agreements.map((a) => [a.kind, a.documentCount])).toEqual([
      ['TREATY', 1],
      ['PACKAGE', 9],
    ]);
    expect(x.agreements[1]).toMatchObject({ date: day(2022, 4, 29), parties: ['GH', 'TG'] });
  });

  it('"also signed" is another document of the same day', () => {
    const { x } = story('Chile and Peru signed a fisheries agreement on Monday. The two ministers also signed an agreement on port fees.', '2022-05-04');
    expect(x.agreements).toHaveLength(2);
    for (const a of x.agreements) expect(a.date).toEqual(day(2022, 5, 2));
  });
});

describe('signings inside a quotation', () => {
  it('are someone’s words, not a reported signing', () => {
    const { x } = story('"Signing a trade deal is easy," said Maria Lopez, an economist in Lima. "The governments signed contracts with mining firms, not with the towns."', '2022-05-04');
    expect(x.agreements).toEqual([]);
  });
});

describe('the status of a meeting comes from its own clause', () => {
  it('a signing told in the past is held though a later clause says what "will" happen', () => {
    const { x } = story('Spanish Prime Minister Pedro Ruiz and his Moroccan counterpart, Aziz Benali, on Monday signed a memorandum under which Morocco will patrol the strait.', '2022-05-04');
    expect(x.agreements[0]).toMatchObject({ date: day(2022, 5, 2) });
  });

  it('a meeting dated after publication is planned, whatever the verb near it', () => {
    const { x } = story('Chilean President Ana Reyes thanked Peruvian President Luis Ortega for agreeing to attend the summit, which Lima will host in November.', '2022-05-04');
    for (const m of x.meetings) expect(m.status).toBe('PLANNED');
  });
});

describe('meetings stated through "the two leaders"', () => {
  it('the pair that opens a sentence with a meeting word took part, on the day of the signing told before', () => {
    const { x } = story(
      'Ghanaian President Kofi Mensah and Togolese President Yao Agbeyome have signed a treaty on their border. The two leaders signed the documents on Friday in Lomé, after talks that Mensah called "frank."',
      '2022-05-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2022, 4, 29), city: 'Lomé', status: 'HELD' });
    expect(names(x.meetings[0]!.participants)).toEqual(['kofi mensah', 'yao agbeyome']);
  });

  it('"a meeting between the two leaders" with no date of its own is the occasion of the signing just told', () => {
    const { x } = story(
      'Spanish Prime Minister Pedro Ruiz and his Moroccan counterpart, Aziz Benali, on Monday signed a memorandum on fisheries. The deal was signed in Madrid after a meeting between the two leaders. The idea was first raised in March, when Ruiz visited Rabat and met Benali.',
      '2022-05-04',
    );
    const held = x.meetings.map((m) => [m.date, m.city]);
    expect(held).toContainEqual([day(2022, 5, 2), 'Madrid']);
    expect(held).toContainEqual([month(2022, 3), 'Rabat']);
  });
});

describe('meetings told in a relative clause', () => {
  it('are between the person the clause hangs on and the people inside it, also in the passive', () => {
    const { x } = story(
      'Chinese Foreign Minister Li Wei arrived a day after Indian Prime Minister Ravi Kumar, who was received at the airport on Sunday by Fijian Prime Minister Sitiveni Rabuka, who greeted Kumar warmly.',
      '2023-05-22',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['ravi kumar', 'sitiveni rabuka']);
    expect(x.meetings[0]!.date).toEqual(day(2023, 5, 21));
  });

  it('"a sign of respect" is no signing', () => {
    const { x } = story('Fijian Prime Minister Sitiveni Rabuka bowed to Indian Prime Minister Ravi Kumar in a sign of respect.', '2023-05-22');
    expect(x.meetings).toEqual([]);
    expect(x.agreements).toEqual([]);
  });
});

describe('a joint signing is a meeting only when its own clause tells one', () => {
  it('"X and Y signed a treaty in 1998, but talks dragged on" is no meeting of X and Y', () => {
    const { x } = story('Former Ghanaian President John Addo and former Togolese President Paul Eyadema signed a treaty on trade in 1998, but border talks dragged on for years.', '2022-05-04');
    expect(x.agreements).toHaveLength(1);
    expect(x.meetings).toEqual([]);
  });
});

describe('a meeting dated by the signing told at it', () => {
  it('talks with no date before "witnessing the signing" take the date of the signing', () => {
    const { x } = story(
      'Ghana and Togo signed three agreements on Sunday. Ghanaian President Kofi Mensah and his Togolese counterpart Yao Agbeyome held talks in Accra before witnessing the signing of a customs agreement, a transit agreement and a power agreement.',
      '2022-05-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2022, 5, 1), city: 'Accra', status: 'HELD' });
  });
});

describe('the dateline city places the story’s current meetings', () => {
  it('a visit this week told only by its country took place in the dateline city', () => {
    const { x } = story(
      'SUVA, Fiji (AP) — Indian Prime Minister Ravi Kumar had been scheduled to visit Fiji on Monday and meet Fijian Prime Minister Sitiveni Rabuka, but he called off the trip last week.',
      '2023-05-22',
    );
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Suva', countryCode: 'FJ', date: day(2023, 5, 22) });
  });

  it('a visit years back told only by its country gets no city', () => {
    const { x } = story(
      'SUVA, Fiji (AP) — Fijian Prime Minister Sitiveni Rabuka thanked India on Monday for its aid.\n\nThe aid covers schools and clinics.\n\nIndian Prime Minister Ravi Kumar visited Fiji in 2014 and met Fijian Prime Minister Frank Bainimarama.',
      '2023-05-22',
    );
    const old = x.meetings.find((m) => m.date?.year === 2014);
    expect(old).toBeDefined();
    expect(old!.city).toBeUndefined();
  });
});

describe('countries named by the short demonyms news uses', () => {
  it('"Kazakh" and "Uzbek" name Kazakhstan and Uzbekistan', () => {
    const { x } = story('Kazakh President Nurlan Abenov met Uzbek President Timur Rashidov in Tashkent on Thursday.', '2022-12-23');
    expect(x.people.map((p) => p.countryCode).sort()).toEqual(['KZ', 'UZ']);
  });
});

describe('people named in newsroom credit lines', () => {
  it('reporters and editors of "(Reporting by …; Editing by …)" and "… contributed to this report" are not people of the story', () => {
    const { x } = story(
      'Chilean President Ana Reyes met Peruvian President Luis Ortega in Lima on Monday.\n\n(Reporting by Tomas Vidal in Lima and Rosa Quispe in Santiago; Editing by Mark Fenwick)\n\nAP writers Julia Brandt and Omar Sayed contributed to this report.',
      '2022-05-04',
    );
    expect(names(x.people)).toEqual(['ana reyes', 'luis ortega']);
  });
});

describe('occupations written after a name', () => {
  it('"X, a defence analyst at …" is an Analyst, the field dropped', () => {
    const { x } = story('"The deal is rushed," said Marta Nowicka, a defence analyst at a Krakow think tank.', '2022-05-04');
    expect(person(x, 'Marta Nowicka')?.roles.map((r) => r.title)).toEqual(['Analyst']);
  });

  it('"X, a professor of politics at …" is a Professor; "X, chief executive of …" a Chief Executive', () => {
    const { x } = story('"It is a turning point," said Ji-woo Han, a professor of politics at Yonsei University. "Nobody asked the villages," said Peter Mwangi, chief executive of the Nairobi-based Land Rights Forum.', '2022-05-04');
    expect(person(x, 'Ji-woo Han')?.roles.map((r) => r.title)).toEqual(['Professor']);
    expect(person(x, 'Peter Mwangi')?.roles.map((r) => r.title)).toEqual(['Chief Executive']);
  });

  it('"X, an independent Horn of Africa economist based in …" is an Economist', () => {
    const { x } = story('"Power is the prize," said Amina Yusuf, an independent Horn of Africa economist based in Djibouti.', '2022-05-04');
    expect(person(x, 'Amina Yusuf')?.roles.map((r) => r.title)).toEqual(['Economist']);
  });

  it('a title after the name ends where the place of work begins: "X, head of communications at …"', () => {
    const { x } = story('Sofie Lund, head of communications at the Swedish royal court, said the visit was postponed.', '2022-05-04');
    expect(person(x, 'Sofie Lund')?.roles.map((r) => r.title)).toEqual(['Head of Communications']);
  });

  it('a family name that is also a common noun ("Park", "Hall") opens a name when a title stands beside it', () => {
    const { x } = story('"Hanoi is a hedge," said Park Ji-ho, a professor at Seoul National University.', '2022-05-04');
    expect(person(x, 'Park Ji-ho')?.roles.map((r) => r.title)).toEqual(['Professor']);
  });
});

describe('titles marked in time: then-, former, -elect', () => {
  it('"then Prime Minister X" and "then-President Y" hold the office, as it was', () => {
    const { x } = story('In 2014 he held talks with then Prime Minister Paul Keating in Canberra. He had met then-President Hoang Minh in Seoul.', '2022-05-04');
    expect(person(x, 'Paul Keating')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
    expect(person(x, 'Hoang Minh')?.roles.map((r) => r.title)).toEqual(['President']);
  });

  it('"former Kazakh President X" is a Former President of Kazakhstan', () => {
    const { x } = story('The treaty was signed by former Kazakh President Nurlan Abenov in 1998.', '2022-05-04');
    expect(person(x, 'Nurlan Abenov')).toMatchObject({ countryCode: 'KZ', roles: [expect.objectContaining({ title: 'Former President' })] });
  });

  it('"President-elect X" is the President-Elect', () => {
    const { x } = story('Indonesian President-elect Budi Santoso will take office in October.', '2022-05-04');
    expect(person(x, 'Budi Santoso')?.roles.map((r) => r.title)).toEqual(['President-Elect']);
  });

  it('an initial opens a name: "External Affairs Minister S. Rao"', () => {
    const { x } = story('External Affairs Minister S. Rao said the partnership was natural.', '2022-05-04');
    expect(person(x, 'S. Rao')?.roles.map((r) => r.title)).toEqual(['External Affairs Minister']);
  });
});

describe('what a title keeps', () => {
  it('an institution named before the title is part of it: "European Commission spokeswoman"', () => {
    const { x } = story('European Commission spokeswoman Carla Jensen said Brussels had asked for details.', '2022-05-04');
    expect(person(x, 'Carla Jensen')?.roles.map((r) => r.title)).toEqual(['European Commission Spokeswoman']);
  });

  it('a leaning before another title word describes the person: "far-right opposition leader" is an Opposition Leader', () => {
    const { x } = story('Far-right opposition leader Henrik Dahl called the deal a betrayal. Socialist leader Eva Moreau agreed.', '2022-05-04');
    expect(person(x, 'Henrik Dahl')?.roles.map((r) => r.title)).toEqual(['Opposition Leader']);
    expect(person(x, 'Eva Moreau')?.roles.map((r) => r.title)).toEqual(['Socialist Leader']);
  });
});

describe('signings denied or witnessed', () => {
  it('"signed no new agreements" and "did not sign" are no signings', () => {
    const { x } = story('Chile and Peru signed no new agreements on Monday. Bolivia did not sign the accord on water.', '2022-05-04');
    expect(x.agreements).toEqual([]);
  });

  it('leaders who "witnessed the signing" are not its signatories', () => {
    const { x } = story(
      'Ghana and Togo signed 12 cooperation documents on Tuesday. Ghanaian President Kofi Mensah held talks with Togolese President Yao Agbeyome, and the two leaders witnessed the signing of the documents.',
      '2022-05-04',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ documentCount: 12, signatories: [] });
  });
});

describe('a meeting with a subject of its own is not the pair’s', () => {
  it('"the two presidents agreed that their trade ministers would meet" is no meeting of the presidents', () => {
    const { x } = story(
      'Chilean President Ana Reyes spoke by telephone with Peruvian President Luis Ortega on Tuesday. The two presidents agreed that their trade ministers would meet in Arica next week.',
      '2022-05-04',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.kind).toBe('PHONE_CALL');
  });
});

describe('"also met" on the same trip', () => {
  it('a meeting told with "also" and no place is another stop of the trip told before', () => {
    const { x } = story(
      'Chinese President Li Wei held talks with Laotian President Khamla Vongsa in Vientiane on Tuesday. Li also met Laotian Prime Minister Sone Phommavong on Wednesday.',
      '2022-05-05',
    );
    const second = x.meetings.find((m) => m.participants.some((p) => /Sone/.test(p.name)));
    expect(second).toMatchObject({ city: 'Vientiane', date: day(2022, 5, 4) });
  });
});

describe('"the two leaders" with no meeting told before', () => {
  it('are the two people of different countries named in the sentence before, on its date', () => {
    const { x } = story(
      'LIMA — Chilean President Ana Reyes and Peruvian President Luis Ortega on Friday agreed to build a joint port. The two leaders met at the Torre Tagle Palace in Lima after a parade.',
      '2022-05-07',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: day(2022, 5, 6), city: 'Lima', status: 'HELD' });
    expect(names(x.meetings[0]!.participants)).toEqual(['ana reyes', 'luis ortega']);
  });
});

describe('a named treaty after "the" points back', () => {
  it('"signed the Pacific Treaty" is the treaty the lead told, not a second one', () => {
    const { x } = story(
      'Fiji and Tonga have signed a security treaty, the two prime ministers said on Thursday. Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Siaosi Sovaleni signed the Pacific Treaty in Suva.',
      '2022-05-06',
    );
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.signatories.sort()).toEqual(['Siaosi Sovaleni', 'Sitiveni Rabuka']);
  });
});

describe('country names news uses', () => {
  it('"Turkey", "UAE" and "PNG" name their countries; "Dar es Salaam" and "Entebbe" are known cities', () => {
    const { x } = story('Iraqi Prime Minister Ali Hassan will visit Turkey in March. UAE President Khalid Nahyan met PNG Prime Minister John Kapi in Dar es Salaam on Monday.', '2022-05-04');
    expect(x.countries.map((c) => c.code).sort()).toEqual(expect.arrayContaining(['AE', 'IQ', 'PG', 'TR']));
    expect(x.meetings.find((m) => m.status === 'HELD')).toMatchObject({ city: 'Dar es Salaam', countryCode: 'TZ' });
  });
});

describe('meetings stated as a telephone conversation', () => {
  it('"telephoned" is a phone call', () => {
    const { x } = story('Austrian Chancellor Karl Huber telephoned Hungarian Prime Minister Laszlo Kovacs on Friday, a government spokesman said.', '2024-11-16');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ kind: 'PHONE_CALL', date: day(2024, 11, 15) });
  });

  it('"X and Y last spoke in …" is a conversation of its own, which "they" then points to', () => {
    const { x } = story(
      'Austrian Chancellor Karl Huber met Slovak Prime Minister Peter Varga in Vienna on Friday. Huber and Varga last spoke in December. They last met in person in Bratislava in March.',
      '2024-11-16',
    );
    expect(x.meetings.map((m) => m.date)).toEqual([day(2024, 11, 15), month(2023, 12), month(2024, 3)]);
  });

  it('"also spoke by phone with" with no date happened on the occasion told just before', () => {
    const { x } = story(
      'Nigerian President Musa Bello and Ghanaian President Kofi Mensah held a video conference on Monday. Bello also spoke by phone with French President Paul Girard, the statement said.',
      '2023-08-08',
    );
    const call = x.meetings.find((m) => m.kind === 'PHONE_CALL');
    expect(call?.date).toEqual(day(2023, 8, 7));
  });
});

describe('a father’s name after "bin" is no surname', () => {
  it('"King Salman" is not "Mohammed bin Salman"', () => {
    const { x } = story('Saudi Crown Prince Faisal bin Salman hosted Omani Sultan Haitham bin Tarik in Riyadh on Thursday. King Salman received the sultan later.', '2022-12-09');
    expect(x.people.map((p) => p.name)).toContain('Salman');
    expect(x.people.find((p) => p.name === 'Faisal bin Salman')?.roles.map((r) => r.title)).toEqual(['Crown Prince']);
  });
});

describe('documents signed "along with" others', () => {
  it('"signed an agreement along with 34 deals" is an agreement and a package', () => {
    const { x } = story('Saudi Arabia and China on Thursday signed a strategic partnership agreement along with 34 investment deals worth about $30 billion.', '2022-12-09');
    expect(x.agreements.map((a) => [a.kind, a.documentCount])).toEqual([
      ['AGREEMENT', 1],
      ['PACKAGE', 34],
    ]);
  });

  it('", and the two countries signed" has its own subject: the hosts named before are not signatories', () => {
    const { x } = story('Saudi Crown Prince Faisal bin Salman hosted Chinese President Li Wei in Riyadh on Thursday, and the two countries signed a partnership agreement.', '2022-12-09');
    expect(x.agreements[0]).toMatchObject({ parties: ['CN', 'SA'], signatories: [] });
  });
});

describe('"the two leaders" in a when-clause of a visit', () => {
  it('"X visited Vilnius in January, when the two leaders inspected troops" is a meeting of the pair', () => {
    const { x } = story(
      'Polish President Jan Nowak will host his Lithuanian counterpart Rokas Petraitis in Warsaw on Wednesday. Nowak visited Vilnius in January, when the two leaders inspected troops near the border.',
      '2024-05-13',
    );
    expect(x.meetings.map((m) => [m.status, m.city, m.date])).toEqual([
      ['PLANNED', 'Warsaw', day(2024, 5, 15)],
      ['HELD', 'Vilnius', month(2024, 1)],
    ]);
  });
});

describe('a meeting placed by an arrival told just before', () => {
  it('"X arrived in Beijing on Sunday … X will hold talks with Y on Monday" is in Beijing', () => {
    const { x } = story(
      'Kenyan President Peter Kamau arrived in Beijing on Sunday for a state visit. Kamau will hold talks with Chinese President Li Wei on Monday, his office said.',
      '2024-09-01',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Beijing', countryCode: 'CN', status: 'PLANNED', date: day(2024, 9, 2) });
  });
});

describe('meetings told as a host or a wish', () => {
  it('"will host his counterpart X in Warsaw" is a planned meeting', () => {
    const { x } = story('Polish President Jan Nowak will host his Lithuanian counterpart Rokas Petraitis in Warsaw on Wednesday.', '2024-05-13');
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', city: 'Warsaw', date: day(2024, 5, 15) });
  });

  it('"would have liked to welcome X in person" is no meeting', () => {
    const { x } = story('Indian Prime Minister Ravi Kumar said he would have liked to welcome Australian Prime Minister Tom Reid in person.', '2024-05-13');
    expect(x.meetings).toEqual([]);
  });
});
