/**
 * Relay cursor pagination, shown on Query.people (name, then id) and
 * Query.meetings (date descending with nulls last, then id).
 */
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/graphql/connection.ts';
import { countries, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';

const NAMES = ['Ana', 'Bea', 'Cid', 'Dan', 'Eva', 'Fay', 'Gus'];

const api = useApi(async (prisma) => {
  await countries(prisma);
  // Inserted out of order, with a duplicate name, so order comes from the query.
  for (const name of [...NAMES].reverse()) await person(prisma, `${name} Tester`);
  await person(prisma, 'Ana Tester', { key: 'ana tester 2' });
  for (const date of ['2020-01-01', null, '2021-06', '2020-01-01', null, '2019']) await meeting(prisma, { date });
});

interface Page {
  totalCount?: number;
  edges: { cursor: string; node: { name: string; id: string } }[];
  nodes: { name: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `totalCount edges { cursor node { id name } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

async function people(args: string): Promise<Page> {
  return (await api.data<{ people: Page }>(`{ people(${args}) { ${PAGE} } }`)).people;
}

const names = (p: Page) => p.nodes.map((n) => n.name.replace(' Tester', ''));

describe('pagination', () => {
  it('first: the first rows, with a next page and no previous one', async () => {
    const page = await people('first: 3');
    expect(names(page)).toEqual(['Ana', 'Ana', 'Bea']);
    expect(page.totalCount).toBe(8);
    expect(page.edges.map((e) => e.node.name)).toEqual(page.nodes.map((n) => n.name));
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]!.cursor, endCursor: page.edges[2]!.cursor });
  });

  it('first/after walks the whole list exactly once, ties broken by id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await people(`first: 3${after ? `, after: "${after}"` : ''}`);
      pages += 1;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
  });

  it('hasNextPage is exact: false when the page ends on the last row', async () => {
    const first = await people('first: 4');
    const rest = await people(`first: 4, after: "${first.pageInfo.endCursor}"`);
    expect(names(rest)).toEqual(['Dan', 'Eva', 'Fay', 'Gus']);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('last/before reads backwards but returns rows in list order', async () => {
    const tail = await people('last: 2');
    expect(names(tail)).toEqual(['Fay', 'Gus']);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await people(`last: 2, before: "${tail.pageInfo.startCursor}"`);
    expect(names(before)).toEqual(['Dan', 'Eva']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const head = await people(`last: 10, before: "${before.pageInfo.startCursor}"`);
    expect(names(head)).toEqual(['Ana', 'Ana', 'Bea', 'Cid']);
    expect(head.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('a page past the end is empty, with null cursors and no next page', async () => {
    const all = await people('first: 100');
    const past = await people(`first: 5, after: "${all.pageInfo.endCursor}"`);
    expect(past.nodes).toEqual([]);
    expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(past.totalCount).toBe(8);
  });

  it('empty results: no rows, no pages, totalCount 0', async () => {
    const page = await people('filter: { name: "Nobody" }, first: 5');
    expect(page).toEqual({ totalCount: 0, edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('first: 0 returns no rows but says whether there are any', async () => {
    const page = await people('first: 0');
    expect(page.nodes).toEqual([]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('defaults to 20 rows', async () => {
    for (let i = 0; i < 15; i++) await person(api.prisma, `Zed ${String(i).padStart(2, '0')}`);
    const page = await api.data<{ people: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(`{ people { nodes { id } pageInfo { hasNextPage } } }`);
    expect(page.people.nodes).toHaveLength(20);
    expect(page.people.pageInfo.hasNextPage).toBe(true);
    await api.prisma.person.deleteMany({ where: { name: { startsWith: 'Zed ' } } });
  });

  it('keyset over a nullable key: dated meetings newest first, undated last, across page boundaries', async () => {
    const dates: (string | null)[] = [];
    let after = '';
    for (let i = 0; i < 6; i++) {
      const res = await api.data<{ meetings: { nodes: { date: string | null }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        `{ meetings(first: 1${after}) { nodes { date } pageInfo { endCursor hasNextPage } } }`,
      );
      dates.push(...res.meetings.nodes.map((n) => n.date));
      expect(res.meetings.pageInfo.hasNextPage).toBe(i < 5);
      after = `, after: "${res.meetings.pageInfo.endCursor}"`;
    }
    expect(dates).toEqual(['2021-06', '2020-01-01', '2020-01-01', '2019', null, null]);
    const back = await api.data<{ meetings: { nodes: { date: string | null }[] } }>(`{ meetings(last: 3) { nodes { date } } }`);
    expect(back.meetings.nodes.map((n) => n.date)).toEqual(['2019', null, null]);
  });

  describe('invalid arguments are BAD_USER_INPUT naming the argument and the value', () => {
    const cases: [string, string, string][] = [
      ['first: -1', 'first', '-1'],
      ['first: 101', 'first', '101'],
      ['last: 101', 'last', '101'],
      ['first: 2, last: 2', 'last', '2'],
      ['after: "not-a-cursor"', 'after', '"not-a-cursor"'],
      [`before: "${Buffer.from('{"x":1}').toString('base64url')}"`, 'before', '"eyJ4'],
      [`after: "${encodeCursor({ name: 'Meeting', keys: [] }, ['2020-01-01', 1])}"`, 'after', '"'],
      [`after: "${encodeCursor({ name: 'Person', keys: [] }, [1, 'x'])}"`, 'after', '"'],
    ];
    for (const [args, argument, received] of cases) {
      it(`people(${args})`, async () => {
        const res = await api.gql(`{ people(${args}) { nodes { id } } }`);
        expect(res.data).toBeNull();
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        expect(res.errors![0]!.message).toContain(`Argument "${argument}" of Query.people`);
        expect(res.errors![0]!.message).toContain(`received ${received}`);
      });
    }
  });

  it('validates nested connection arguments too, naming the field', async () => {
    const res = await api.gql(`{ countries(first: 1) { nodes { meetings(first: 500) { totalCount } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(res.errors?.[0]?.message).toContain('Country.meetings');
  });
});
