/**
 * Keyset (seek) pagination in SQL: pages continue from the sort key values of
 * the cursor row, never from an OFFSET, so page 50 costs what page 1 costs and
 * rows inserted meanwhile do not shift pages.
 *
 * Two forms: `fetchConnection` for a top-level list, and `createBatchedConnection`
 * for a list under each of many parents (a country's meetings for 30 countries),
 * read in one statement per batch: `unnest(parents) CROSS JOIN LATERAL (… ORDER
 * BY … LIMIT n + 1)`, so each parent's page is its own top-N, which an index on
 * the junction table (parent, sort key, child) answers as a range read.
 * Every SQL text here is built from constants in code; values go in as parameters.
 */
import DataLoader from 'dataloader';
import { Prisma } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from './sql.ts';
import { isoDay } from './days.ts';
import {
  buildConnection,
  type ConnectionModel,
  type CursorKey,
  type CursorShape,
  type CursorValue,
  type PageRequest,
} from './connection.ts';

/** One key of a list's order. Nulls sort last when reading forward. */
export interface SortKey<Row> extends CursorKey {
  /** Column of the list's table (a constant from code, quoted into SQL). */
  column: string;
  descending: boolean;
  /** The row's value of this key, as a cursor stores it. */
  read(row: Row): CursorValue;
}

/** A list: its table, alias (used by filter fragments) and order; the last key is unique. */
export interface ListSpec<Row> extends CursorShape {
  table: string;
  alias: string;
  /** Select list over `alias` (a constant from code); default every column. */
  columns?: string;
  keys: readonly SortKey<Row>[];
}

/** A day as a cursor stores it. */
export function dayOf(date: Date | null): string | null {
  return date ? isoDay(date) : null;
}

function column<Row>(spec: ListSpec<Row>, key: SortKey<Row>): Prisma.Sql {
  // An empty alias names a column of the statement's own select list.
  return Prisma.raw(spec.alias ? `${spec.alias}."${key.column}"` : `"${key.column}"`);
}

function param(key: CursorKey, value: CursorValue): Prisma.Sql {
  switch (key.kind) {
    case 'int':
      return Prisma.sql`${value}::int`;
    case 'text':
      return Prisma.sql`${value}::text`;
    case 'date':
      return Prisma.sql`${value}::date`;
  }
}

/**
 * A nullable date key sorts as `coalesce(col, ±infinity)`: the stand-in sorts
 * where nulls belong (last when reading forward), so the sort expression is
 * never NULL. Then a plain row comparison can seek it, and an expression index
 * (see the `sort_keys` migration) serves both the first page and deep pages.
 */
function coalesced(key: CursorKey): boolean {
  return key.nullable && key.kind === 'date';
}

function standIn<Row>(key: SortKey<Row>): Prisma.Sql {
  return Prisma.raw(key.descending ? `'-infinity'::date` : `'infinity'::date`);
}

/** The expression a key sorts by. */
function sortExpr<Row>(spec: ListSpec<Row>, key: SortKey<Row>): Prisma.Sql {
  return coalesced(key) ? Prisma.sql`coalesce(${column(spec, key)}, ${standIn(key)})` : column(spec, key);
}

/** A cursor value as the key's sort expression sees it. */
function sortValue<Row>(key: SortKey<Row>, value: CursorValue): Prisma.Sql {
  return coalesced(key) ? Prisma.sql`coalesce(${param(key, value)}, ${standIn(key)})` : param(key, value);
}

/** True when no key's sort expression can be NULL. */
function nullFree<Row>(spec: ListSpec<Row>): boolean {
  return spec.keys.every((key) => !key.nullable || coalesced(key));
}

/** `ORDER BY` body for reading `direction`; backward reads the forward order reversed. */
export function orderBy<Row>(spec: ListSpec<Row>, direction: PageRequest['direction']): Prisma.Sql {
  const reverse = direction === 'backward';
  return Prisma.join(
    spec.keys.map((key) => {
      const descending = key.descending !== reverse;
      // NULL-free expressions take no NULLS clause, so they match plain ASC/DESC indexes.
      const nulls = key.nullable && !coalesced(key) ? (reverse ? ' NULLS FIRST' : ' NULLS LAST') : '';
      return Prisma.sql`${sortExpr(spec, key)} ${Prisma.raw((descending ? 'DESC' : 'ASC') + nulls)}`;
    }),
    ', ',
  );
}

/**
 * The rows strictly after (`side = 'after'`) or strictly before the cursor row
 * in the forward order. When every key sorts NULL-free in one direction this is
 * a single row comparison, which an index range scan answers; otherwise it is
 * spelled out lexicographically so that NULL keys compare explicitly.
 */
export function seek<Row>(spec: ListSpec<Row>, side: 'after' | 'before', values: readonly CursorValue[], index = 0): Prisma.Sql {
  if (index === 0 && spec.keys.length > 1 && nullFree(spec) && spec.keys.every((k) => k.descending === spec.keys[0]!.descending)) {
    const greater = spec.keys[0]!.descending === (side === 'before');
    const left = Prisma.join(spec.keys.map((k) => sortExpr(spec, k)), ', ');
    const right = Prisma.join(spec.keys.map((k, i) => sortValue(k, values[i] ?? null)), ', ');
    return Prisma.sql`(${left}) ${Prisma.raw(greater ? '>' : '<')} (${right})`;
  }
  const key = spec.keys[index];
  if (!key) return Prisma.sql`FALSE`;
  const value = values[index] ?? null;
  const expr = sortExpr(spec, key);
  const beyond = strictlyBeyond(expr, key, side, value);
  if (index === spec.keys.length - 1) return beyond;
  const equal =
    value === null && !coalesced(key) ? Prisma.sql`${expr} IS NULL` : Prisma.sql`${expr} = ${sortValue(key, value)}`;
  return Prisma.sql`(${beyond} OR (${equal} AND ${seek(spec, side, values, index + 1)}))`;
}

function strictlyBeyond<Row>(expr: Prisma.Sql, key: SortKey<Row>, side: 'after' | 'before', value: CursorValue): Prisma.Sql {
  const greater = key.descending === (side === 'before');
  const op = Prisma.raw(greater ? '>' : '<');
  if (coalesced(key)) return Prisma.sql`${expr} ${op} ${sortValue(key, value)}`;
  if (value === null) {
    // Nulls come last: nothing non-null is after a null, everything non-null is before it.
    return side === 'after' ? Prisma.sql`FALSE` : Prisma.sql`${expr} IS NOT NULL`;
  }
  const compared = Prisma.sql`${expr} ${op} ${param(key, value)}`;
  return side === 'after' && key.nullable ? Prisma.sql`(${compared} OR ${expr} IS NULL)` : compared;
}

/** `WHERE` body: all fragments ANDed (TRUE when there are none). */
export function where(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions.map((c) => Prisma.sql`(${c})`), ' AND ') : Prisma.sql`TRUE`;
}

function pageConditions<Row>(spec: ListSpec<Row>, page: PageRequest): Prisma.Sql[] {
  return [
    ...(page.after ? [seek(spec, 'after', page.after)] : []),
    ...(page.before ? [seek(spec, 'before', page.before)] : []),
  ];
}

/** Rows on the far side of a cursor, inclusive of the cursor row: "is there anything before `after`?" */
function beyondCursor<Row>(spec: ListSpec<Row>, side: 'after' | 'before', cursor: readonly CursorValue[]): Prisma.Sql {
  // Beyond `after` means "not after it": before it or the cursor row itself.
  return Prisma.sql`NOT COALESCE(${seek(spec, side, cursor)}, FALSE)`;
}

function selectList<Row>(spec: ListSpec<Row>): Prisma.Sql {
  return Prisma.raw(spec.columns ?? `${spec.alias}.*`);
}

function cursorOf<Row>(spec: ListSpec<Row>): (row: Row) => CursorValue[] {
  return (row) => spec.keys.map((key) => key.read(row));
}

/**
 * One page of a top-level list filtered by `filters` (SQL fragments over
 * `spec.alias`). `totalCount` and the far-side page flag run their queries only
 * when selected.
 */
export async function fetchConnection<Row>(
  prisma: PrismaClient,
  spec: ListSpec<Row>,
  filters: readonly Prisma.Sql[],
  page: PageRequest,
): Promise<ConnectionModel<Row>> {
  const table = Prisma.raw(`${spec.table} ${spec.alias}`);
  const rows = await readRows<Row>(prisma, Prisma.sql`
    SELECT ${selectList(spec)} FROM ${table}
    WHERE ${where([...filters, ...pageConditions(spec, page)])}
    ORDER BY ${orderBy(spec, page.direction)}
    LIMIT ${page.limit + 1}`);
  return buildConnection(spec, page, rows, cursorOf(spec), {
    count: async () => {
      const [row] = await readRows<{ n: number }>(prisma, Prisma.sql`SELECT count(*)::int AS n FROM ${table} WHERE ${where(filters)}`);
      return row?.n ?? 0;
    },
    existsBeyond: async (side, cursor) => {
      const [row] = await readRows<{ e: boolean }>(prisma, Prisma.sql`
        SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${where([...filters, beyondCursor(spec, side, cursor)])}) AS e`);
      return row?.e ?? false;
    },
  });
}

/**
 * One way a parent reaches its children: a junction table (or the list table
 * itself) tied to the parent, joined to the list table under `spec.alias`.
 *
 * Example, a person's meetings: `from` = `"MeetingParticipant" j`, `join` =
 * `JOIN "Meeting" m ON m.id = j."meetingId"`, `where` = `j."personId" = <parent>`,
 * `keys` = `{ alias: 'j', columns: ['meetingDate', 'meetingId'] }`.
 */
export interface ChildBranch {
  /** FROM items: the junction table under its alias (or the list table under `spec.alias`, with no `join`). */
  from: Prisma.Sql;
  /** The join to the list table under `spec.alias`; absent when `from` is the list table. */
  join?: Prisma.Sql;
  /** Ties rows to the parent (a SQL expression given to `branches`). */
  where: Prisma.Sql;
  /**
   * Columns over `alias` that hold, on every row, the same values as the
   * list's sort keys (in key order; the last one is the child's id). Ordering
   * and seeking on them lets an index on the junction table serve the page.
   * Default: the list table's own key columns.
   */
  keys?: { alias: string; columns: readonly string[] };
  /** True when a child can come twice through this branch (two participants from one country). */
  repeats?: boolean;
}

/** How parents reach their children, per parent: the union of its branches. */
export interface ParentRelation<P extends string | number> {
  /**
   * SQL type of the parent values (the batch passes them as one array
   * parameter). Use the type of the column they are compared with, e.g.
   * `char(2)` for country codes, so that its indexes apply.
   */
  parentType: P extends number ? 'int' : 'text' | 'char(2)';
  /** The branches for the parent value `parent` (a SQL expression). */
  branches(parent: Prisma.Sql): readonly ChildBranch[];
}

/** Loads the connection under one parent; batched with every other call of the same request tick. */
export type BatchedConnection<P, R, F> = (parent: P, page: PageRequest, filter: F) => Promise<ConnectionModel<R>>;

interface PageKey<P, F> {
  parent: P;
  page: PageRequest;
  filter: F;
}

interface BeyondKey<P, F> {
  parent: P;
  filter: F;
  side: 'after' | 'before';
  cursor: readonly CursorValue[];
}

/** Group keys by their signature (everything but the parent; `sigs[i]` is key i's): each group is one SQL statement. */
function groupBy<K>(keys: readonly K[], sigs: readonly string[]): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  keys.forEach((key, i) => {
    const sig = sigs[i]!;
    const group = groups.get(sig);
    if (group) group.push(key);
    else groups.set(sig, [key]);
  });
  return groups;
}

/** The list's keys as a branch stores them: same order and nullability, other columns. */
function branchSpec<Row>(spec: ListSpec<Row>, branch: ChildBranch): ListSpec<Row> {
  if (!branch.keys) return spec;
  const { alias, columns } = branch.keys;
  return { ...spec, alias, keys: spec.keys.map((key, i) => ({ ...key, column: columns[i] ?? key.column })) };
}

/** The branch's sort expressions, selected as `__k0`, `__k1`, … */
function keyColumns<Row>(spec: ListSpec<Row>): Prisma.Sql {
  return Prisma.join(spec.keys.map((key, i) => Prisma.sql`${sortExpr(spec, key)} AS ${Prisma.raw(`"__k${i}"`)}`), ', ');
}

/**
 * A spec over the already computed `__k*` columns of alias `x`: they are the
 * sort expressions themselves, hence never NULL.
 */
function selectedKeys<Row>(spec: ListSpec<Row>, alias: string): ListSpec<Row> {
  return { ...spec, alias, keys: spec.keys.map((key, i) => ({ ...key, column: `__k${i}`, nullable: false })) };
}

/** The join to the list table, left out when nothing reads the list table's columns. */
function needsJoin(branch: ChildBranch, filters: readonly Prisma.Sql[]): Prisma.Sql {
  return branch.join && (filters.length || !branch.keys) ? branch.join : Prisma.empty;
}

/**
 * A parent's children as `(__k0, __k1, …)` sort key rows (no list columns),
 * distinct, in page order, at most `limit`; NULL limit means all of them.
 */
function branchKeys<Row>(spec: ListSpec<Row>, branch: ChildBranch, filters: readonly Prisma.Sql[], page: PageRequest | null, limit: number | null): Prisma.Sql {
  const keyed = branchSpec(spec, branch);
  const conditions = [branch.where, ...filters, ...(page ? pageConditions(keyed, page) : [])];
  const distinct = branch.repeats ? Prisma.raw('DISTINCT ') : Prisma.empty;
  const order = page ? Prisma.sql`ORDER BY ${orderBy(selectedKeys(spec, ''), page.direction)}` : Prisma.empty;
  return Prisma.sql`SELECT ${distinct}${keyColumns(keyed)} FROM ${branch.from} ${needsJoin(branch, filters)}
    WHERE ${where(conditions)} ${order} ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

/**
 * The page under one parent: the list's columns, in page order, limit + 1 rows. One plain branch reads the rows directly; several branches
 * (or one that repeats children) take each branch's own top-N of sort keys —
 * the union's top N is among them — then join the list table for the columns.
 */
function pageOfParent<Row>(spec: ListSpec<Row>, branches: readonly ChildBranch[], filters: readonly Prisma.Sql[], page: PageRequest): Prisma.Sql {
  const limit = page.limit + 1;
  const [only] = branches;
  if (only && branches.length === 1 && !only.repeats) {
    const keyed = branchSpec(spec, only);
    return Prisma.sql`SELECT ${selectList(spec)} FROM ${only.from} ${only.join ?? Prisma.empty}
      WHERE ${where([only.where, ...filters, ...pageConditions(keyed, page)])}
      ORDER BY ${orderBy(keyed, page.direction)} LIMIT ${limit}`;
  }
  const union = Prisma.join(branches.map((b) => Prisma.sql`(${branchKeys(spec, b, filters, page, limit)})`), ' UNION ');
  const last = spec.keys.length - 1;
  const childKey = Prisma.raw(`${spec.alias}."${spec.keys[last]?.column ?? 'id'}" = u."__k${last}"`);
  return Prisma.sql`SELECT ${selectList(spec)} FROM (${union}) u JOIN ${Prisma.raw(`${spec.table} ${spec.alias}`)} ON ${childKey}
    ORDER BY ${orderBy(selectedKeys(spec, 'u'), page.direction)} LIMIT ${limit}`;
}

/** How many children the parent has (distinct across branches). */
function countOfParent<Row>(spec: ListSpec<Row>, branches: readonly ChildBranch[], filters: readonly Prisma.Sql[]): Prisma.Sql {
  const [only] = branches;
  if (only && branches.length === 1 && !only.repeats) {
    return Prisma.sql`SELECT count(*)::int AS n FROM ${only.from} ${needsJoin(only, filters)} WHERE ${where([only.where, ...filters])}`;
  }
  const union = Prisma.join(branches.map((b) => branchKeys(spec, b, filters, null, null)), ' UNION ');
  return Prisma.sql`SELECT count(*)::int AS n FROM (${union}) u`;
}

/** Whether the parent has a child on the far side of the cursor (inclusive). */
function beyondOfParent<Row>(spec: ListSpec<Row>, branches: readonly ChildBranch[], filters: readonly Prisma.Sql[], side: 'after' | 'before', cursor: readonly CursorValue[]): Prisma.Sql {
  const tests = branches.map((b) => {
    const keyed = branchSpec(spec, b);
    return Prisma.sql`EXISTS (SELECT 1 FROM ${b.from} ${needsJoin(b, filters)}
      WHERE ${where([b.where, ...filters, beyondCursor(keyed, side, cursor)])})`;
  });
  return tests.length ? Prisma.join(tests, ' OR ') : Prisma.sql`FALSE`;
}

/**
 * A per-request batched connection under many parents (build one per request,
 * in the loaders factory). Pages for all parents asked for in one tick with the
 * same arguments and filter are read by one statement, a LATERAL top-N per
 * parent; `totalCount` by one statement; far-side page flags by one statement.
 * `filtersOf` turns the GraphQL filter into SQL fragments over `spec.alias`;
 * filters must be plain JSON-able values (they are part of the batch signature).
 */
export function createBatchedConnection<P extends string | number, R, F>(
  prisma: PrismaClient,
  spec: ListSpec<R>,
  relation: ParentRelation<P>,
  filtersOf: (filter: F) => Prisma.Sql[],
): BatchedConnection<P, R, F> {
  // Built on first use: a request builds every domain's connections but uses one or two of them,
  // and creating all their loaders showed in the profile of the lightest queries.
  let loaders: BatchLoaders<P, R, F> | undefined;
  const read = cursorOf(spec);
  return async (parent, page, filter) => {
    loaders ??= createBatchLoaders(prisma, spec, relation, filtersOf);
    const { pages, counts, beyond } = loaders;
    const rows = await pages.load({ parent, page, filter });
    return buildConnection(spec, page, rows, read, {
      count: () => counts.load({ parent, filter }),
      existsBeyond: (side, cursor) => beyond.load({ parent, filter, side, cursor }),
    });
  };
}

/** The three loaders behind one batched connection: pages, counts and far-side page flags. */
interface BatchLoaders<P, R, F> {
  pages: DataLoader<PageKey<P, F>, R[], string>;
  counts: DataLoader<{ parent: P; filter: F }, number, string>;
  beyond: DataLoader<BeyondKey<P, F>, boolean, string>;
}

/** Creates the loaders of `createBatchedConnection` (one statement per batch and signature each). */
function createBatchLoaders<P extends string | number, R, F>(
  prisma: PrismaClient,
  spec: ListSpec<R>,
  relation: ParentRelation<P>,
  filtersOf: (filter: F) => Prisma.Sql[],
): BatchLoaders<P, R, F> {
  // A group's signature (everything but the parent) is JSON, built once per load and once per group;
  // a row's key appends its parent. Building it per row cost more than any other of our lines in the
  // nested queries' profile (docs/benchmarks.md).
  const signature = (filter: F, ...rest: unknown[]) => JSON.stringify([filter ?? null, ...rest]);
  const withParent = (sig: string, parent: unknown) => `${sig}\u0000${String(parent)}`;
  const parentsOf = (parents: readonly P[]) => Prisma.sql`unnest(${[...parents]}::${Prisma.raw(relation.parentType)}[]) WITH ORDINALITY AS rel(parent, ord)`;
  const branches = relation.branches(Prisma.sql`rel.parent`);

  const pages = new DataLoader<PageKey<P, F>, R[], string>(
    async (keys) => {
      const byParent = new Map<string, R[]>();
      const sigs = keys.map((k) => signature(k.filter, k.page));
      for (const [sig, group] of groupBy(keys, sigs)) {
        const { page, filter } = group[0]!;
        // Each row keeps its "__parent" column (nothing reads it); copying every row without it
        // cost more CPU than any other step of a nested page in the profile.
        const rows = await readRows<(R & { __parent: P })>(prisma, Prisma.sql`
          SELECT x.*, rel.parent AS "__parent" FROM ${parentsOf(group.map((k) => k.parent))}
          CROSS JOIN LATERAL (${pageOfParent(spec, branches, filtersOf(filter), page)}) x
          ORDER BY rel.ord, ${orderBy({ ...spec, alias: 'x' }, page.direction)}`);
        for (const row of rows) {
          const id = withParent(sig, row.__parent);
          const list = byParent.get(id);
          if (list) list.push(row);
          else byParent.set(id, [row]);
        }
      }
      return keys.map((k, i) => byParent.get(withParent(sigs[i]!, k.parent)) ?? []);
    },
    { cacheKeyFn: (k) => withParent(signature(k.filter, k.page), k.parent) },
  );

  const counts = new DataLoader<{ parent: P; filter: F }, number, string>(
    async (keys) => {
      const byParent = new Map<string, number>();
      const sigs = keys.map((k) => signature(k.filter));
      for (const [sig, group] of groupBy(keys, sigs)) {
        const filter = group[0]!.filter;
        const rows = await readRows<{ parent: P; n: number }>(prisma, Prisma.sql`
          SELECT rel.parent, c.n FROM ${parentsOf(group.map((k) => k.parent))}
          CROSS JOIN LATERAL (${countOfParent(spec, branches, filtersOf(filter))}) c`);
        for (const row of rows) byParent.set(withParent(sig, row.parent), row.n);
      }
      return keys.map((k, i) => byParent.get(withParent(sigs[i]!, k.parent)) ?? 0);
    },
    { cacheKeyFn: (k) => withParent(signature(k.filter), k.parent) },
  );

  const beyond = new DataLoader<BeyondKey<P, F>, boolean, string>(
    async (keys) => {
      const found = new Set<string>();
      const sigs = keys.map((k) => signature(k.filter, k.side, k.cursor));
      for (const [sig, group] of groupBy(keys, sigs)) {
        const { filter, side, cursor } = group[0]!;
        const rows = await readRows<{ parent: P }>(prisma, Prisma.sql`
          SELECT rel.parent FROM ${parentsOf(group.map((k) => k.parent))}
          WHERE ${beyondOfParent(spec, branches, filtersOf(filter), side, cursor)}`);
        for (const row of rows) found.add(withParent(sig, row.parent));
      }
      return keys.map((k, i) => found.has(withParent(sigs[i]!, k.parent)));
    },
    { cacheKeyFn: (k) => withParent(signature(k.filter, k.side, k.cursor), k.parent) },
  );

  return { pages, counts, beyond };
}
