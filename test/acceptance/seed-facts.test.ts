/**
 * What the seeded database must answer: the facts of the five seed documents,
 * asked through GraphQL over HTTP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/people/names.ts';
import { useFreshDatabase } from '../support/database.ts';
import { useServer } from '../support/server.ts';

const db = useFreshDatabase();
const api = useServer(db);

const sources = JSON.parse(readFileSync('seed/sources.json', 'utf8')) as {
  documents: Record<string, { publishedAt: string; url: string | null }>;
};

const folded = (names: { name: string }[]) => names.map((p) => foldName(p.name)).sort();

interface MeetingNode {
  date: string;
  datePrecision: string;
  status: string;
  kind: string;
  city: string | null;
  venue: string | null;
  country: { code: string } | null;
  participants: { name: string }[];
  sources: { quote: string; article: { id: string } }[];
}

const MEETING_FIELDS = `date datePrecision status kind city venue country { code } participants { name } sources { quote article { id } }`;

async function meetingsOf(participant: string): Promise<MeetingNode[]> {
  const res = await api.gql<{ meetings: { nodes: MeetingNode[] } }>(
    `query($p: String) { meetings(filter: { participant: $p }, first: 50) { nodes { ${MEETING_FIELDS} } } }`,
    { p: participant },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.meetings.nodes;
}

describe('articles of the seed corpus', () => {
  it('are four, with the publication dates of sources.json', async () => {
    const res = await api.gql<{ articles: { totalCount: number; nodes: { publishedAt: string; url: string | null; body: string }[] } }>(
      `{ articles(first: 10) { totalCount nodes { publishedAt url body } } }`,
    );
    expect(res.data!.articles.totalCount).toBe(4);
    const expectedDates = [...new Set(Object.values(sources.documents).map((d) => d.publishedAt))].sort();
    expect(res.data!.articles.nodes.map((a) => a.publishedAt).sort()).toEqual(expectedDates);
  });

  it('have no donation appeal, newsletter sign-up or page furniture in their bodies', async () => {
    const res = await api.gql<{ articles: { nodes: { body: string }[] } }>(`{ articles(first: 10) { nodes { body } } }`);
    for (const { body } of res.data!.articles.nodes) {
      expect(body).not.toMatch(/Dear readers|support us|newsletter|Remind me later|Original url|Related article|A Message from/i);
      expect(body).not.toMatch(/\*\*|\]\(#\)|<https?:/);
    }
  });
});

describe('agreements by year', () => {
  it('counts 2019, 2024 and 2025 and leaves the 18-year total out of every year', async () => {
    const res = await api.gql<{ agreementsByYear: { year: number; agreements: number; documents: number }[] }>(
      `{ agreementsByYear { year agreements documents } }`,
    );
    expect(res.data!.agreementsByYear).toEqual([
      { year: 2019, agreements: 1, documents: 11 },
      { year: 2024, agreements: 1, documents: 17 },
      { year: 2025, agreements: 1, documents: 1 },
    ]);
  });

  it('2019: the package of 11 agreements signed in April 2019', async () => {
    const res = await api.gql<{ agreements: { nodes: { kind: string; date: string; datePrecision: string; documentCount: number; parties: { code: string }[] }[] } }>(
      `{ agreements(filter: { year: 2019 }, first: 10) { nodes { kind date datePrecision documentCount parties { code } } } }`,
    );
    const [a] = res.data!.agreements.nodes;
    expect(res.data!.agreements.nodes).toHaveLength(1);
    expect(a).toMatchObject({ kind: 'PACKAGE', date: '2019-04', datePrecision: 'MONTH', documentCount: 11 });
    expect(a!.parties.map((p) => p.code).sort()).toEqual(['RU', 'VE']);
  });

  it('2024: the 17 agreements signed in Caracas on 2024-11-07, on intelligence, counter-espionage, drones and energy', async () => {
    const res = await api.gql<{ agreements: { nodes: { kind: string; date: string; documentCount: number; topics: string[]; parties: { code: string }[]; meeting: { city: string } | null; sources: { quote: string }[] }[] } }>(
      `{ agreements(filter: { year: 2024 }, first: 10) { nodes { kind date documentCount topics parties { code } meeting { city } sources { quote } } } }`,
    );
    const [a] = res.data!.agreements.nodes;
    expect(res.data!.agreements.nodes).toHaveLength(1);
    expect(a).toMatchObject({ kind: 'PACKAGE', date: '2024-11-07', documentCount: 17 });
    expect(a!.meeting?.city).toBe('Caracas');
    expect(a!.parties.map((p) => p.code).sort()).toEqual(['RU', 'VE']);
    const topics = a!.topics.join(' | ');
    for (const t of [/intelligence/, /counter-espionage/, /drone/, /energy|petroleum/]) expect(topics).toMatch(t);
    expect(a!.sources.some((s) => s.quote.includes('17 agreements'))).toBe(true);
  });

  it('2025: the strategic partnership treaty signed in Moscow on 2025-05-07 by Putin and Maduro', async () => {
    const res = await api.gql<{ agreements: { nodes: { kind: string; title: string; date: string; topics: string[]; signatories: { name: string }[]; meeting: { city: string } | null }[] } }>(
      `{ agreements(filter: { year: 2025 }, first: 10) { nodes { kind title date topics signatories { name } meeting { city } } } }`,
    );
    const [a] = res.data!.agreements.nodes;
    expect(a).toMatchObject({ kind: 'TREATY', date: '2025-05-07' });
    expect(a!.title).toMatch(/strategic partnership/i);
    expect(a!.meeting?.city).toBe('Moscow');
    expect(folded(a!.signatories)).toEqual(['nicolas maduro', 'vladimir putin']);
    expect(a!.topics).toEqual(expect.arrayContaining(['energy', 'transport', 'pharmaceuticals']));
  });

  it('stores "about 260 agreements in the last 18 years" as an approximate span, in no year', async () => {
    const res = await api.gql<{ agreements: { nodes: { year: number | null; documentCount: number; documentCountApproximate: boolean; spanFromYear: number; spanToYear: number }[] } }>(
      `{ agreements(first: 20) { nodes { year documentCount documentCountApproximate spanFromYear spanToYear } } }`,
    );
    const span = res.data!.agreements.nodes.find((a) => a.documentCount === 260);
    expect(span).toEqual({ year: null, documentCount: 260, documentCountApproximate: true, spanFromYear: 2001, spanToYear: 2019 });
  });
});

describe('meetings attended by an official', () => {
  it('Vladimir Putin: 2019-09-25 and 2025-05-07, at the Kremlin in Moscow, with Nicolas Maduro, held', async () => {
    const meetings = await meetingsOf('Vladimir Putin');
    expect(meetings.map((m) => m.date).sort()).toEqual(['2019-09-25', '2025-05-07']);
    for (const m of meetings) {
      expect(m).toMatchObject({ city: 'Moscow', status: 'HELD', kind: 'IN_PERSON', datePrecision: 'DAY', country: { code: 'RU' } });
      expect(m.venue).toMatch(/Kremlin/);
      expect(folded(m.participants)).toEqual(['nicolas maduro', 'vladimir putin']);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });

  it('Delcy Rodríguez (any spelling): held in Caracas with Chernyshenko, planned in Moscow with Lavrov', async () => {
    for (const spelling of ['Delcy Rodriguez', 'delcy rodríguez', 'DELCY RODRÍGUEZ']) {
      const meetings = await meetingsOf(spelling);
      const byDate = Object.fromEntries(meetings.map((m) => [m.date, m]));
      expect(Object.keys(byDate).sort()).toEqual(['2019-03-01', '2024-11-07']);
      expect(byDate['2024-11-07']).toMatchObject({ city: 'Caracas', status: 'HELD', country: { code: 'VE' } });
      expect(folded(byDate['2024-11-07']!.participants)).toContain('dmitry chernyshenko');
      expect(byDate['2019-03-01']).toMatchObject({ city: 'Moscow', status: 'PLANNED', country: { code: 'RU' } });
      expect(folded(byDate['2019-03-01']!.participants)).toEqual(['delcy rodriguez', 'sergei lavrov']);
    }
  });

  it('the Caracas meeting, reported by both renderings of one story, has its sources in that one article', async () => {
    const [caracas] = (await meetingsOf('Dmitry Chernyshenko')).filter((m) => m.date === '2024-11-07');
    expect(caracas).toBeDefined();
    expect(new Set(caracas!.sources.map((s) => s.article.id)).size).toBe(1);
  });

  it('Ivan Gil and Tareck El Aissami: talks in Moscow in the week before 2019-02-27', async () => {
    const meetings = await meetingsOf('Ivan Gil');
    expect(meetings).toHaveLength(1);
    const [m] = meetings;
    expect(m!.city).toBe('Moscow');
    expect(m!.status).toBe('HELD');
    expect(['MONTH', 'DAY']).toContain(m!.datePrecision);
    expect(m!.date.startsWith('2019-02')).toBe(true);
    expect(folded(m!.participants)).toEqual(['ivan gil', 'tareck el aissami']);
  });
});

describe('people with their roles', () => {
  const expected: { name: string; title?: RegExp; country?: string }[] = [
    { name: 'Dmitry Chernyshenko', title: /^Deputy Prime Minister$/i, country: 'RU' },
    { name: 'Delcy Rodriguez', title: /^Vice President$/i, country: 'VE' },
    { name: 'Sergei Lavrov', title: /^Foreign Minister$/i, country: 'RU' },
    { name: 'Dmitry Peskov', title: /^Kremlin Spokes(man|person)$/i, country: 'RU' },
    { name: 'Jorge Arreaza' },
    { name: 'Manuel Quevedo' },
    { name: 'Tareck El Aissami' },
    { name: 'Ivan Gil' },
    { name: 'Juan Guaido' },
    { name: 'Edmundo Gonzalez Urrutia' },
    { name: 'Hugo Chavez' },
  ];

  it('each person exists exactly once', async () => {
    const res = await api.gql<{ people: { nodes: { name: string }[] } }>(`{ people(first: 100) { nodes { name } } }`);
    const names = folded(res.data!.people.nodes);
    for (const { name } of expected) expect(names.filter((n) => n === foldName(name))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('maduro'))).toEqual(['nicolas maduro']);
    expect(names.filter((n) => n.endsWith('putin'))).toEqual(['vladimir putin']);
  });

  for (const { name, title, country } of expected.filter((e) => e.title)) {
    it(`${name}: ${title!.source.replace(/[\^$]/g, '')}, ${country}, with the sentence that says so`, async () => {
      const res = await api.gql<{ person: { name: string; country: { code: string }; roles: { title: string; country: { code: string } | null; asOf: string; source: { quote: string } }[] } }>(
        `query($n: String) { person(name: $n) { name country { code } roles { title country { code } asOf source { quote } } } }`,
        { n: name },
      );
      const person = res.data!.person;
      expect(person.country.code).toBe(country);
      const role = person.roles.find((r) => title!.test(r.title));
      expect(role, `roles: ${person.roles.map((r) => r.title).join(', ')}`).toBeDefined();
      expect(role!.country?.code).toBe(country);
      expect(role!.source.quote).toContain(name.split(' ').pop()!);
    });
  }

  it('Dmitry Chernyshenko is Deputy Prime Minister of Russia as of 2024-11-08', async () => {
    const res = await api.gql<{ person: { roles: { title: string; asOf: string }[] } }>(
      `{ person(name: "Dmitry Chernyshenko") { roles { title asOf } } }`,
    );
    expect(res.data!.person.roles).toContainEqual({ title: 'Deputy Prime Minister', asOf: '2024-11-08' });
  });
});
