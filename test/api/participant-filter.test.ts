/**
 * Query.meetings(filter: { participant }) resolves the name to people once,
 * then reads one person's meetings as that person's connection (an index range
 * over their MeetingParticipant rows). These tests pin the statements that
 * costs and the answers for one person, for namesakes, and with other filters.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/node.ts';
import { country, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';

const ids: Record<string, number> = {};

const api = useApi(async (prisma) => {
  await country(prisma, 'XA', '000 Fixtureland XA');
  const jorge = await person(prisma, 'Jorge Rodríguez', { countryCode: 'XA', aliases: ['Rodríguez'] });
  const delcy = await person(prisma, 'Delcy Rodríguez', { countryCode: 'XA', aliases: ['Rodríguez'] });
  const solo = await person(prisma, 'Solo Envoy');
  Object.assign(ids, { jorge: jorge.id, delcy: delcy.id, solo: solo.id });
  const dates = ['2024-05-01', '2024-05-01', '2023', null, '2022-02-02', '2021-07'];
  for (const [i, date] of dates.entries()) {
    await meeting(prisma, { date, status: i % 2 ? 'PLANNED' : 'HELD', participants: [{ person: jorge }, { person: solo }] });
  }
  // The namesakes together: one meeting, which both names match.
  await meeting(prisma, { date: '2020-01-01', participants: [{ person: jorge }, { person: delcy }] });
  await meeting(prisma, { date: '2019-01-01', participants: [{ person: delcy }] });
});

interface Page {
  totalCount: number;
  nodes: { id: string; date: string | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function meetings(filter: Record<string, unknown>, args = 'first: 100'): Promise<Page> {
  const data = await api.data<{ meetings: Page }>(
    `query($f: MeetingFilter) { meetings(filter: $f, ${args}) { totalCount nodes { id date } pageInfo { hasNextPage endCursor } } }`,
    { f: filter },
  );
  return data.meetings;
}

/** The same answer from a plain query: meetings with any of the people, newest first, undated last. */
async function plain(personIds: number[], extra = 'TRUE'): Promise<string[]> {
  const rows = await api.prisma.$queryRawUnsafe<{ id: number }[]>(
    `SELECT m.id FROM "Meeting" m WHERE m.id IN (SELECT "meetingId" FROM "MeetingParticipant" WHERE "personId" = ANY($1::int[])) AND ${extra}
     ORDER BY coalesce(m."date", '-infinity'::date) DESC, m.id DESC`,
    personIds,
  );
  return rows.map((r) => toGlobalId('Meeting', r.id));
}

describe('meetings(filter: { participant })', () => {
  it('one person: the name is resolved once, then one page statement and one count statement', async () => {
    const want = await plain([ids.jorge!]);
    api.resetStatements();
    const page = await meetings({ participant: 'jorge rodriguez' });
    expect(page.nodes.map((n) => n.id)).toEqual(want);
    expect(page.totalCount).toBe(7);
    expect(api.statements).toHaveLength(3);
    // Only the lookup reads name keys; the page and the count read the person's rows by id.
    expect(api.statements.filter((s) => s.includes('nameKeys'))).toHaveLength(1);
  });

  it('one person, page by page: the same rows as one long page', async () => {
    const all = (await meetings({ participant: 'Jorge Rodríguez' })).nodes.map((n) => n.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await meetings({ participant: 'Jorge Rodríguez' }, `first: 2${after ? `, after: "${after}"` : ''}`);
      walked.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });

  it('namesakes: a name two people share finds the meetings of both, each once', async () => {
    const page = await meetings({ participant: 'rodriguez' });
    expect(page.nodes.map((n) => n.id)).toEqual(await plain([ids.jorge!, ids.delcy!]));
    expect(page.totalCount).toBe(8);
  });

  it('combines with other filters and with participantId', async () => {
    const held = await meetings({ participant: 'jorge rodriguez', status: 'HELD' });
    expect(held.nodes.map((n) => n.id)).toEqual(await plain([ids.jorge!], `m.status = 'HELD'`));
    const together = await meetings({ participant: 'jorge rodriguez', participantId: toGlobalId('Person', ids.delcy!) });
    expect(together.nodes.map((n) => n.date)).toEqual(['2020-01-01']);
    expect(together.totalCount).toBe(1);
    const byId = await meetings({ participantId: toGlobalId('Person', ids.solo!), year: 2024 });
    expect(byId.nodes.map((n) => n.date)).toEqual(['2024-05-01', '2024-05-01']);
  });

  it('a name nobody has: no meetings, and no statement beyond the lookup', async () => {
    api.resetStatements();
    const page = await meetings({ participant: 'Nobody Known' }, 'first: 5');
    expect(page.nodes).toEqual([]);
    expect(page.totalCount).toBe(0);
    expect(api.statements.filter((s) => s.includes('nameKeys'))).toHaveLength(1);
  });
});
