import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, seed, story } from './fixtures.ts';

const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();

describe('seed 000/001: Russian deputy prime minister in Caracas, 17 agreements', () => {
  for (const prefix of ['000', '001']) {
    const { doc, x } = seed(prefix);

    it(`${prefix}: one meeting on 2024-11-07 in Caracas, Chernyshenko and Rodriguez, held in person`, () => {
      expect(x.meetings).toHaveLength(1);
      const [m] = x.meetings;
      expect(m).toMatchObject({ date: { year: 2024, month: 11, day: 7, precision: 'DAY' }, city: 'Caracas', countryCode: 'VE', status: 'HELD', kind: 'IN_PERSON' });
      expect(names(m!.participants)).toEqual(['delcy rodriguez', 'dmitry chernyshenko']);
    });

    it(`${prefix}: one package of 17 agreements, RU+VE, with its topics, linked to the meeting`, () => {
      expect(x.agreements).toHaveLength(1);
      const [a] = x.agreements;
      expect(a).toMatchObject({ kind: 'PACKAGE', documentCount: 17, documentCountApproximate: false, date: { year: 2024, month: 11, day: 7, precision: 'DAY' }, meetingIndex: 0 });
      expect([...a!.parties].sort()).toEqual(['RU', 'VE']);
      expect(a!.topics).toEqual(expect.arrayContaining(['intelligence', 'counter-espionage', 'drones', 'energy', 'petroleum exploration']));
      expect(a!.sources.some((s) => s.quote.includes('the 17 agreements'))).toBe(true);
      for (const s of a!.sources) expect(doc.body.slice(s.position, s.position + s.quote.length)).toBe(s.quote);
    });

    it(`${prefix}: people with roles and countries`, () => {
      expect(person(x, 'Dmitry Chernyshenko')).toMatchObject({ countryCode: 'RU', roles: [expect.objectContaining({ title: 'Deputy Prime Minister', countryCode: 'RU' })] });
      expect(person(x, 'Delcy Rodriguez')).toMatchObject({ countryCode: 'VE', roles: [expect.objectContaining({ title: 'Vice President' })] });
      expect(person(x, 'Nicolas Maduro')?.roles.map((r) => r.title)).toEqual(['President']);
      expect(person(x, 'Edmundo Gonzalez Urrutia')?.roles.map((r) => r.title)).toEqual(['Opposition Candidate']);
      expect(person(x, 'Hugo Chavez')).toBeDefined();
      expect(x.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(['Miraflores Palace', 'Latin American']));
      expect(x.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['VE', 'RU', 'US', 'UA']));
    });
  }
});

describe('seed 002: Putin and Maduro at the Kremlin, 11 agreements and a span of 260', () => {
  const { x } = seed('002');

  it('one meeting 2019-09-25 at the Kremlin in Moscow, Putin and Maduro only', () => {
    expect(x.meetings).toHaveLength(1);
    const [m] = x.meetings;
    expect(m).toMatchObject({ date: { year: 2019, month: 9, day: 25, precision: 'DAY' }, city: 'Moscow', venue: 'Kremlin', countryCode: 'RU', status: 'HELD', kind: 'IN_PERSON' });
    expect(names(m!.participants)).toEqual(['nicolas maduro', 'vladimir putin']);
    // "Wednesday's meeting" later in the story is the same meeting.
    expect(m!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('the package of 11 agreements in April 2019, and the 260 over 18 years as a span with no date', () => {
    const april = x.agreements.find((a) => a.documentCount === 11);
    expect(april).toMatchObject({ kind: 'PACKAGE', date: { year: 2019, month: 4, precision: 'MONTH' } });
    expect([...april!.parties].sort()).toEqual(['RU', 'VE']);
    const span = x.agreements.find((a) => a.documentCount === 260);
    expect(span).toMatchObject({ span: { fromYear: 2001, toYear: 2019 }, documentCountApproximate: true });
    expect(span!.date).toBeUndefined();
    // "Contracts … are estimated to be worth around $11 billion" signs nothing.
    expect(x.agreements).toHaveLength(2);
  });

  it('the ministers with titles in lower case, Nicolás Maduro once with the counterpart title', () => {
    expect(person(x, 'Nicolás Maduro')).toMatchObject({ name: 'Nicolás Maduro', countryCode: 'VE', roles: [expect.objectContaining({ title: 'President' })] });
    expect(person(x, 'Nicolás Maduro')!.aliases).toContain('Maduro');
    expect(person(x, 'Vladimir Putin')?.roles.map((r) => r.title)).toEqual(['President']);
    expect(person(x, 'Delcy Rodríguez')?.roles.map((r) => r.title)).toEqual(['Vice President']);
    expect(person(x, 'Tareck El Aissami')?.roles.map((r) => r.title)).toEqual(['Minister of Industries and National Production']);
    expect(person(x, 'Jorge Arreaza')?.roles.map((r) => r.title)).toEqual(['Minister of Foreign Affairs']);
    expect(person(x, 'Manuel Quevedo')?.roles.map((r) => r.title)).toEqual(['Petroleum Minister']);
    expect(person(x, 'Juan Guaidó')?.roles.map((r) => r.title)).toEqual(['Opposition Leader']);
    expect(x.people.filter((p) => /maduro/i.test(p.name))).toHaveLength(1);
  });
});

describe('seed 003: the strategic partnership treaty', () => {
  const { x } = seed('003');

  it('a treaty signed 2025-05-07 by Putin and Maduro, RU+VE, topics from a later sentence, linked to the Kremlin talks', () => {
    expect(x.agreements).toHaveLength(1);
    const [t] = x.agreements;
    expect(t).toMatchObject({ kind: 'TREATY', documentCount: 1, date: { year: 2025, month: 5, day: 7, precision: 'DAY' }, meetingIndex: 0 });
    expect(t!.title).toMatch(/strategic partnership/i);
    expect([...t!.parties].sort()).toEqual(['RU', 'VE']);
    expect(t!.signatories.map(fold).sort()).toEqual(['nicolas maduro', 'vladimir putin']);
    expect(t!.topics).toEqual(expect.arrayContaining(['energy', 'transport', 'pharmaceuticals']));
  });

  it('one meeting: Putin and Maduro at the Kremlin in Moscow on 2025-05-07; the invitation and the parade are not meetings', () => {
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ date: { year: 2025, month: 5, day: 7, precision: 'DAY' }, city: 'Moscow', venue: 'Kremlin', countryCode: 'RU', status: 'HELD' });
    expect(names(x.meetings[0]!.participants)).toEqual(['nicolas maduro', 'vladimir putin']);
  });

  it('Peskov is the Kremlin Spokesman of Russia', () => {
    expect(person(x, 'Dmitry Peskov')).toMatchObject({ countryCode: 'RU', roles: [expect.objectContaining({ title: 'Kremlin Spokesman', countryCode: 'RU' })] });
  });
});

describe('seed 004: a planned visit and a past one', () => {
  const { x } = seed('004');

  it('Rodriguez and Lavrov: planned for Friday 2019-03-01 in Moscow', () => {
    const m = x.meetings.find((mm) => names(mm.participants).includes('sergei lavrov'));
    expect(m).toMatchObject({ date: { year: 2019, month: 3, day: 1, precision: 'DAY' }, status: 'PLANNED', city: 'Moscow', countryCode: 'RU' });
    expect(names(m!.participants)).toEqual(['delcy rodriguez', 'sergei lavrov']);
  });

  it('Gil and El Aissami: held "last week" in Moscow, month precision', () => {
    const m = x.meetings.find((mm) => names(mm.participants).includes('ivan gil'));
    expect(m).toMatchObject({ date: { year: 2019, month: 2, precision: 'MONTH' }, status: 'HELD', city: 'Moscow' });
    expect(names(m!.participants)).toEqual(['ivan gil', 'tareck el aissami']);
    expect(x.meetings).toHaveLength(2);
  });

  it('titles: Foreign Minister (RU), Deputy Foreign Minister and Industry Minister (VE, via "Venezuela\'s" and "the country\'s"), Opposition Leader', () => {
    expect(person(x, 'Sergei Lavrov')).toMatchObject({ countryCode: 'RU', roles: [expect.objectContaining({ title: 'Foreign Minister' })] });
    expect(person(x, 'Ivan Gil')).toMatchObject({ countryCode: 'VE', roles: [expect.objectContaining({ title: 'Deputy Foreign Minister' })] });
    expect(person(x, 'Tareck El Aissami')).toMatchObject({ countryCode: 'VE', roles: [expect.objectContaining({ title: 'Industry Minister' })] });
    expect(person(x, 'Juan Guaido')?.roles.map((r) => r.title)).toEqual(['Opposition Leader']);
    expect(person(x, 'Nicolas Maduro')?.roles.map((r) => r.title)).toEqual(['President']);
  });
});

describe('meetings stated in other ways (made-up stories)', () => {
  it('a cancelled visit', () => {
    const { x } = story('Kenyan President William Ruto called off a visit to Addis Ababa on Tuesday, where he was to meet Ethiopian Prime Minister Abiy Ahmed.', '2023-03-10');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', city: 'Addis Ababa', countryCode: 'ET' });
    expect(names(x.meetings[0]!.participants)).toEqual(['abiy ahmed', 'william ruto']);
  });

  it('a phone call, with the date resolved against publication', () => {
    const { x } = story('French President Emmanuel Macron held a telephone conversation with Brazilian President Luiz Inacio Lula da Silva on Monday.', '2024-05-08');
    expect(x.meetings[0]).toMatchObject({ kind: 'PHONE_CALL', status: 'HELD', date: { year: 2024, month: 5, day: 6, precision: 'DAY' } });
    expect(x.meetings[0]!.participants).toHaveLength(2);
  });

  it('a video call', () => {
    const { x } = story('Japanese Prime Minister Fumio Kishida and German Chancellor Olaf Scholz spoke by video call on Thursday.', '2023-02-03');
    expect(x.meetings[0]).toMatchObject({ kind: 'VIDEO_CALL' });
  });

  it('"received" a person at a venue is a meeting; "received support" is not', () => {
    const { x } = story('Chinese President Xi Jinping received Pakistani Prime Minister Shehbaz Sharif at Zhongnanhai on Friday. Sharif has received support from Beijing for years.', '2022-11-05');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ venue: 'Zhongnanhai', city: 'Beijing', countryCode: 'CN' });
  });

  it('a person only commenting is not a participant', () => {
    const { x } = story('Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in New Delhi on Friday. "It was a good meeting," said opposition leader Rahul Gandhi.', '2023-03-11');
    expect(names(x.meetings[0]!.participants)).toEqual(['anthony albanese', 'narendra modi']);
  });

  it('without a publication date a relative date gives a warning and no date', () => {
    const { x } = story('Egyptian Foreign Minister Sameh Shoukry met Turkish Foreign Minister Mevlut Cavusoglu in Cairo on Thursday.');
    expect(x.meetings[0]!.date).toBeUndefined();
    expect(x.warnings.join(' ')).toMatch(/Thursday/);
  });
});

describe('people: name variants and possessives', () => {
  it('"Sergey"/"Sergei", accents and possessives are one person with aliases', () => {
    const { x } = story('Russian Foreign Minister Sergey Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar on Monday. Sergei Lavrov’s visit lasted a day. Lavrov\'s aides said so.', '2023-01-10');
    const lavrov = x.people.filter((p) => /lavrov/i.test(p.name));
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]!.aliases).toContain('Lavrov');
  });
});

describe('agreements stated in other ways (made-up stories)', () => {
  it('counts in words, memoranda, and a contract value', () => {
    const { x } = story('Indonesia and Malaysia signed three memoranda of understanding on fisheries and tourism on Tuesday. Separately, they signed a contract worth $2.5 billion for railways.', '2023-06-08');
    const memo = x.agreements.find((a) => a.documentCount === 3);
    expect(memo).toMatchObject({ kind: 'PACKAGE', date: { year: 2023, month: 6, day: 6, precision: 'DAY' } });
    expect([...memo!.parties].sort()).toEqual(['ID', 'MY']);
    expect(memo!.topics).toEqual(expect.arrayContaining(['fisheries', 'tourism']));
    const contract = x.agreements.find((a) => a.kind === 'CONTRACT');
    expect(contract).toMatchObject({ valueUsd: 2_500_000_000, documentCount: 1 });
  });

  it('a country merely named is not a party; existing contracts with no signing are no agreement', () => {
    const { x } = story('Chile and Peru signed a trade agreement in Lima on Monday, days after talks with Argentina stalled. Contracts with Bolivia are estimated to be worth $1 billion.', '2023-06-08');
    expect(x.agreements).toHaveLength(1);
    expect([...x.agreements[0]!.parties].sort()).toEqual(['CL', 'PE']);
  });
});

describe('people: joined articles, regnal numbers and past offices', () => {
  it('"al-Sisi" and "Mohammed VI" are part of the name; "former President" is a role', () => {
    const { x } = story('Egyptian President Abdel Fattah al-Sisi met Moroccan King Mohammed VI in Cairo on Monday. Former President Hosni Mubarak was not there.', '2023-06-08');
    expect(x.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Abdel Fattah al-Sisi', 'Mohammed VI']));
    expect(person(x, 'Hosni Mubarak')?.roles.map((r) => r.title)).toEqual(['Former President']);
    expect(names(x.meetings[0]!.participants)).toEqual(['abdel fattah al-sisi', 'mohammed vi']);
  });
});
