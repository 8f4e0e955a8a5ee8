/**
 * People, countries and articles, their connections, and global ids.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/node.ts';
import { agreement, article, countries, meeting, mention, person, role } from './fixtures.ts';
import { useApi } from './harness.ts';

const ids: Record<string, number> = {};

const api = useApi(async (prisma) => {
  await countries(prisma);
  const a1 = await article(prisma, { title: 'Russia and Venezuela sign oil deal', body: 'Caracas signed seventeen agreements on petroleum and drones.', publishedAt: '2024-11-08', publisher: 'TASS' });
  const a2 = await article(prisma, { title: 'Maduro in Moscow', body: 'The president travelled to the Kremlin for talks.', publishedAt: '2019-09-26', publisher: 'Reuters' });
  const a3 = await article(prisma, { title: 'Undated note', body: 'Nothing about oil here, only drones.', publishedAt: null });
  ids.a1 = a1.id;
  const chern = await person(prisma, 'Dmitry Chernyshenko', { countryCode: 'RU' });
  const delcy = await person(prisma, 'Delcy Rodríguez', { countryCode: 'VE' });
  await person(prisma, 'Rodríguez Other', { countryCode: 'CU', key: 'rodriguez other' });
  ids.chern = chern.id;
  await role(prisma, { person: chern, title: 'Deputy Prime Minister', countryCode: 'RU', asOf: '2024-11-08', article: a1, quote: 'Deputy Prime Minister Dmitry Chernyshenko arrived.', position: 3 });
  await mention(prisma, a1, { person: chern, countryCode: 'RU' }, 1);
  await mention(prisma, a1, { person: delcy, countryCode: 'VE' }, 2);
  await mention(prisma, a2, { countryCode: 'VE' }, 0);
  const caracas = await meeting(prisma, { date: '2024-11-07', city: 'Caracas', countryCode: 'VE', participants: [{ person: chern }, { person: delcy }], sources: [{ article: a1, quote: 'They met.' }] });
  ids.caracas = caracas.id;
  await meeting(prisma, { date: '2019-03', city: 'Moscow', countryCode: 'RU', status: 'PLANNED', participants: [{ person: delcy }] });
  const deal = await agreement(prisma, { title: '17 agreements', kind: 'PACKAGE', date: '2024-11-07', parties: ['RU', 'VE'], signatories: [chern], meeting: caracas, sources: [{ article: a1, quote: 'Seventeen agreements.' }] });
  ids.deal = deal.id;
  void a3;
});

describe('people', () => {
  it('person(name:) ignores case and diacritics and prefers a full-name match over a surname', async () => {
    for (const name of ['delcy rodriguez', 'DELCY RODRÍGUEZ']) {
      const data = await api.data<{ person: { name: string } }>(`query($n: String) { person(name: $n) { name } }`, { n: name });
      expect(data.person.name).toBe('Delcy Rodríguez');
    }
    const missing = await api.data<{ person: null }>(`{ person(name: "Nobody Here") { name } }`);
    expect(missing.person).toBeNull();
  });

  it('person(id:) finds by global id; both or neither argument is BAD_USER_INPUT', async () => {
    const data = await api.data<{ person: { name: string } }>(`query($id: ID) { person(id: $id) { name } }`, { id: toGlobalId('Person', ids.chern!) });
    expect(data.person.name).toBe('Dmitry Chernyshenko');
    for (const args of ['', `(id: "${toGlobalId('Person', 1)}", name: "x")`]) {
      const res = await api.gql(`{ person${args} { name } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const wrongType = await api.gql(`{ person(id: "${toGlobalId('Meeting', 1)}") { name } }`);
    expect(wrongType.errors?.[0]?.message).toContain('must be the global id of a Person');
  });

  it('a person has country, roles with their source sentence, meetings, agreements and articles', async () => {
    const data = await api.data<{ person: unknown }>(`{ person(name: "Dmitry Chernyshenko") {
      country { code } roles { title country { code } asOf asOfPrecision source { quote position article { title } } }
      meetings { totalCount nodes { city } } agreements { nodes { title } } articles { totalCount nodes { title } }
    } }`);
    expect(data.person).toEqual({
      country: { code: 'RU' },
      roles: [{ title: 'Deputy Prime Minister', country: { code: 'RU' }, asOf: '2024-11-08', asOfPrecision: 'DAY', source: { quote: 'Deputy Prime Minister Dmitry Chernyshenko arrived.', position: 3, article: { title: 'Russia and Venezuela sign oil deal' } } }],
      meetings: { totalCount: 1, nodes: [{ city: 'Caracas' }] },
      agreements: { nodes: [{ title: '17 agreements' }] },
      articles: { totalCount: 1, nodes: [{ title: 'Russia and Venezuela sign oil deal' }] },
    });
  });

  it('people(filter:) by name key and country', async () => {
    const data = await api.data<{ a: { nodes: { name: string }[] }; b: { nodes: { name: string }[] } }>(`{
      a: people(filter: { name: "rodriguez" }) { nodes { name } }
      b: people(filter: { countryCode: "ru" }) { nodes { name } } }`);
    expect(data.a.nodes.map((p) => p.name)).toEqual(['Delcy Rodríguez']);
    expect(data.b.nodes.map((p) => p.name)).toEqual(['Dmitry Chernyshenko']);
  });
});

describe('countries', () => {
  it('country(code:) is case-insensitive; unknown code is null; a malformed one BAD_USER_INPUT', async () => {
    const data = await api.data<{ ve: { name: string; code: string }; xx: null }>(`{ ve: country(code: "ve") { code name } xx: country(code: "XX") { name } }`);
    expect(data).toEqual({ ve: { code: 'VE', name: 'Venezuela' }, xx: null });
    const bad = await api.gql(`{ country(code: "Venezuela") { name } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
  });

  it('a country\'s meetings are those held there or with a participant from there', async () => {
    const data = await api.data<{ country: { meetings: { totalCount: number; nodes: { date: string }[] } } }>(
      `{ country(code: "VE") { meetings { totalCount nodes { date } } } }`,
    );
    expect(data.country.meetings).toEqual({ totalCount: 2, nodes: [{ date: '2024-11-07' }, { date: '2019-03' }] });
    const cu = await api.data<{ country: { meetings: { totalCount: number } } }>(`{ country(code: "CU") { meetings { totalCount } } }`);
    expect(cu.country.meetings.totalCount).toBe(0);
  });

  it('a country has people, agreements (as a party) and articles', async () => {
    const data = await api.data<{ country: unknown }>(`{ country(code: "VE") {
      people { nodes { name } } agreements { nodes { title } } articles { nodes { title } } } }`);
    expect(data.country).toEqual({
      people: { nodes: [{ name: 'Delcy Rodríguez' }] },
      agreements: { nodes: [{ title: '17 agreements' }] },
      articles: { nodes: [{ title: 'Russia and Venezuela sign oil deal' }, { title: 'Maduro in Moscow' }] },
    });
  });

  it('countries are ordered by name, across pages', async () => {
    type Page = { countries: { nodes: { code: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const names: string[] = [];
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await api.data<Page>(`query($after: String) { countries(first: 100, after: $after) { nodes { code name } pageInfo { hasNextPage endCursor } } }`, { after });
      names.push(...page.countries.nodes.map((c) => c.name));
      codes.push(...page.countries.nodes.map((c) => c.code));
      after = page.countries.pageInfo.hasNextPage ? page.countries.pageInfo.endCursor : null;
    } while (after);
    expect(names.length).toBeGreaterThan(200);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(codes.filter((c) => ['CN', 'CU', 'RU', 'VE'].includes(c))).toEqual(['CN', 'CU', 'RU', 'VE']);
  });
});

describe('articles', () => {
  const search = async (filter: Record<string, unknown>) =>
    (await api.data<{ articles: { nodes: { title: string }[] } }>(`query($f: ArticleFilter) { articles(filter: $f) { nodes { title } } }`, { f: filter })).articles.nodes.map((a) => a.title);

  it('are newest first, undated last', async () => {
    expect(await search({})).toEqual(['Russia and Venezuela sign oil deal', 'Maduro in Moscow', 'Undated note']);
  });

  it('full-text search over title and body, with stemming and web search syntax', async () => {
    expect(await search({ search: 'drone' })).toEqual(['Russia and Venezuela sign oil deal', 'Undated note']);
    expect(await search({ search: 'kremlin talks' })).toEqual(['Maduro in Moscow']);
    expect(await search({ search: 'drones -petroleum' })).toEqual(['Undated note']);
    expect(await search({ search: '"oil deal"' })).toEqual(['Russia and Venezuela sign oil deal']);
  });

  it('filter by publisher (any case) and publication period', async () => {
    expect(await search({ publisher: 'reuters' })).toEqual(['Maduro in Moscow']);
    expect(await search({ from: '2020', to: '2024-11' })).toEqual(['Russia and Venezuela sign oil deal']);
  });

  it('an article has its date, people, countries, meetings and agreements', async () => {
    const data = await api.data<{ article: unknown }>(`query($id: ID!) { article(id: $id) {
      title publisher publishedAt sourceFiles people { name } countries { code }
      meetings { nodes { city } } agreements { totalCount nodes { title } } } }`, { id: toGlobalId('Article', ids.a1!) });
    expect(data.article).toEqual({
      title: 'Russia and Venezuela sign oil deal', publisher: 'TASS', publishedAt: '2024-11-08', sourceFiles: [expect.stringMatching(/\.md$/)],
      people: [{ name: 'Dmitry Chernyshenko' }, { name: 'Delcy Rodríguez' }], countries: [{ code: 'RU' }, { code: 'VE' }],
      meetings: { nodes: [{ city: 'Caracas' }] }, agreements: { totalCount: 1, nodes: [{ title: '17 agreements' }] },
    });
  });
});

describe('node(id:)', () => {
  it('round-trips the id of every Node type', async () => {
    const data = await api.data<Record<string, { id: string; __typename: string }>>(`{
      m: meetings(first: 1) { nodes { id __typename } } a: agreements(first: 1) { nodes { id __typename } }
      p: people(first: 1) { nodes { id __typename } } c: countries(first: 1) { nodes { id __typename } }
      r: articles(first: 1) { nodes { id __typename } } }`);
    const nodes = Object.values(data).map((conn) => (conn as unknown as { nodes: { id: string; __typename: string }[] }).nodes[0]!);
    expect(nodes.map((n) => n.__typename)).toEqual(['Meeting', 'Agreement', 'Person', 'Country', 'Article']);
    for (const { id, __typename } of nodes) {
      const res = await api.data<{ node: { id: string; __typename: string } }>(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(res.node).toEqual({ id, __typename });
    }
  });

  it('node(id:) resolves type-specific fields through fragments', async () => {
    const res = await api.data<{ node: { city: string } }>(`query($id: ID!) { node(id: $id) { ... on Meeting { city } } }`, { id: toGlobalId('Meeting', ids.caracas!) });
    expect(res.node.city).toBe('Caracas');
  });

  it('a well-formed id of a missing record is null; a malformed id is BAD_USER_INPUT', async () => {
    const missing = await api.data<{ node: null }>(`{ node(id: "${toGlobalId('Agreement', 999999)}") { id } }`);
    expect(missing.node).toBeNull();
    for (const bad of ['garbage!', Buffer.from('Spaceship:1').toString('base64url'), Buffer.from('Meeting:abc').toString('base64url')]) {
      const res = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: bad });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(res.errors?.[0]?.message).toContain(JSON.stringify(bad));
    }
  });
});
