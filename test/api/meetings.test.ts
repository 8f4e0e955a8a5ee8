/**
 * Query.meetings: who met whom, when and where, with the sentences that say so.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/node.ts';
import { article, countries, meeting, person, agreement } from './fixtures.ts';
import { useApi } from './harness.ts';

const ids: Record<string, number> = {};

const api = useApi(async (prisma) => {
  await countries(prisma);
  const news = await article(prisma, { title: 'Talks in Moscow', publishedAt: '2019-09-26' });
  const putin = await person(prisma, 'Vladimir Putin', { countryCode: 'RU', aliases: ['Putin'] });
  const maduro = await person(prisma, 'Nicolás Maduro', { countryCode: 'VE', aliases: ['Maduro'] });
  const delcy = await person(prisma, 'Delcy Rodríguez', { countryCode: 'VE' });
  const lavrov = await person(prisma, 'Sergei Lavrov', { countryCode: 'RU' });
  const xi = await person(prisma, 'Xi Jinping', { countryCode: 'CN' });
  ids.putin = putin.id;
  const kremlin = await meeting(prisma, {
    date: '2019-09-25', city: 'Moscow', venue: 'the Kremlin', countryCode: 'RU',
    participants: [{ person: putin, role: 'HOST' }, { person: maduro, role: 'VISITOR' }],
    sources: [{ article: news, quote: 'Putin received Maduro at the Kremlin.', position: 42 }],
  });
  ids.kremlin = kremlin.id;
  await agreement(prisma, { title: 'Energy memorandum', meeting: kremlin, date: '2019-09-25' });
  await meeting(prisma, { date: '2025-05-07', city: 'Moscow', countryCode: 'RU', participants: [{ person: putin }, { person: maduro }] });
  await meeting(prisma, { date: '2019-03', status: 'PLANNED', city: 'Moscow', countryCode: 'RU', participants: [{ person: delcy }, { person: lavrov }] });
  await meeting(prisma, { date: '2024-11-07', city: 'Caracas', countryCode: 'VE', kind: 'IN_PERSON', participants: [{ person: delcy }] });
  await meeting(prisma, { date: '2023-04-12', city: 'Beijing', countryCode: 'CN', participants: [{ person: xi }, { person: maduro }] });
  await meeting(prisma, { date: '2022', status: 'CANCELLED', kind: 'PHONE_CALL', participants: [{ person: xi }, { person: putin }] });
  await meeting(prisma, { date: null, kind: 'VIDEO_CALL', participants: [{ person: lavrov }] });
});

interface M {
  date: string | null;
  city: string | null;
  status: string;
}

async function meetingsWhere(filter: Record<string, unknown>): Promise<M[]> {
  const data = await api.data<{ meetings: { nodes: M[] } }>(
    `query($f: MeetingFilter) { meetings(filter: $f, first: 100) { nodes { date city status } } }`,
    { f: filter },
  );
  return data.meetings.nodes;
}

const dates = (ms: M[]) => ms.map((m) => m.date);

describe('meetings attended by an official', () => {
  it('finds them by name, ignoring case and diacritics, newest first', async () => {
    for (const spelling of ['Delcy Rodríguez', 'delcy rodriguez', 'DELCY RODRÍGUEZ']) {
      expect(dates(await meetingsWhere({ participant: spelling }))).toEqual(['2024-11-07', '2019-03']);
    }
  });

  it('finds them by an alias or surname ("maduro" is Nicolás Maduro)', async () => {
    expect(dates(await meetingsWhere({ participant: 'maduro' }))).toEqual(['2025-05-07', '2023-04-12', '2019-09-25']);
  });

  it('finds them by the person\'s global id', async () => {
    expect(dates(await meetingsWhere({ participantId: toGlobalId('Person', ids.putin!) }))).toEqual(['2025-05-07', '2022', '2019-09-25']);
  });

  it('finds nothing for a name nobody has', async () => {
    expect(await meetingsWhere({ participant: 'Nobody Known' })).toEqual([]);
  });

  it('returns the meeting with place, participants (by name), roles, agreements and sources', async () => {
    const data = await api.data<{ meetings: { nodes: unknown[] } }>(`{
      meetings(filter: { participant: "putin", year: 2019 }) { nodes {
        id date datePrecision year status kind city venue country { code name }
        participants { name } participantRoles { role person { name } }
        agreements { title } sources { quote position article { title url } }
      } } }`);
    expect(data.meetings.nodes).toEqual([
      {
        id: toGlobalId('Meeting', ids.kremlin!),
        date: '2019-09-25', datePrecision: 'DAY', year: 2019, status: 'HELD', kind: 'IN_PERSON',
        city: 'Moscow', venue: 'the Kremlin', country: { code: 'RU', name: 'Russia' },
        participants: [{ name: 'Nicolás Maduro' }, { name: 'Vladimir Putin' }],
        participantRoles: [{ role: 'VISITOR', person: { name: 'Nicolás Maduro' } }, { role: 'HOST', person: { name: 'Vladimir Putin' } }],
        agreements: [{ title: 'Energy memorandum' }],
        sources: [{ quote: 'Putin received Maduro at the Kremlin.', position: 42, article: { title: 'Talks in Moscow', url: expect.stringMatching(/^https:/) } }],
      },
    ]);
  });
});

describe('meeting filters', () => {
  it('orders by date descending and puts undated meetings last', async () => {
    expect(dates(await meetingsWhere({}))).toEqual(['2025-05-07', '2024-11-07', '2023-04-12', '2022', '2019-09-25', '2019-03', null]);
  });

  it('year', async () => {
    expect(dates(await meetingsWhere({ year: 2019 }))).toEqual(['2019-09-25', '2019-03']);
  });

  it('from/to cover whole periods: to "2019" ends on 2019-12-31, from "2024-11" starts on 2024-11-01', async () => {
    expect(dates(await meetingsWhere({ to: '2019' }))).toEqual(['2019-09-25', '2019-03']);
    expect(dates(await meetingsWhere({ from: '2024-11' }))).toEqual(['2025-05-07', '2024-11-07']);
    expect(dates(await meetingsWhere({ from: '2022-01-01', to: '2023-12' }))).toEqual(['2023-04-12', '2022']);
  });

  it('status and kind', async () => {
    expect(dates(await meetingsWhere({ status: 'PLANNED' }))).toEqual(['2019-03']);
    expect(dates(await meetingsWhere({ status: 'CANCELLED', kind: 'PHONE_CALL' }))).toEqual(['2022']);
  });

  it('countryCode: held in the country or with a participant from it, any case', async () => {
    expect(dates(await meetingsWhere({ countryCode: 'cn' }))).toEqual(['2023-04-12', '2022']);
  });

  it('heldIn: held in the country only', async () => {
    expect(dates(await meetingsWhere({ heldIn: 'VE' }))).toEqual(['2024-11-07']);
  });

  it('rejects an invalid PartialDate with BAD_USER_INPUT quoting the value', async () => {
    for (const bad of ['2019-13', '2019-02-30', 'yesterday']) {
      const res = await api.gql(`query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }`, { f: { from: bad } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(JSON.stringify(bad));
    }
    const literal = await api.gql(`{ meetings(filter: { to: "2019-1" }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects from after to, a bad country code and a blank name, naming the filter field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2020', to: '2019' }, 'filter.from'],
      [{ countryCode: 'Venezuela' }, 'filter.countryCode'],
      [{ participant: ' - ' }, 'filter.participant'],
      [{ participantId: 'nope' }, 'filter.participantId'],
    ];
    for (const [filter, argument] of cases) {
      const res = await api.gql(`query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }`, { f: filter });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.errors?.[0]?.message).toContain(argument);
    }
  });
});
