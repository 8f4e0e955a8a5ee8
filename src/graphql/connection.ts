/**
 * Relay connections: argument validation, opaque cursors and the connection
 * object resolvers read. The SQL side (keyset queries) is in `keyset.ts`.
 *
 * A cursor is base64url(JSON `[listName, ...sortKeyValues]`): opaque to
 * clients, but validated on the way back in, so a forged or foreign cursor is
 * a BAD_USER_INPUT error rather than a database error or a silent empty page.
 */
import { badUserInput } from './errors.ts';

/** The four Relay pagination arguments, as GraphQL hands them over. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** How a sort key's value is typed in SQL and in a cursor. */
export type KeyKind = 'int' | 'text' | 'date';

/** One sort key value inside a cursor: dates as "YYYY-MM-DD", null for a null key. */
export type CursorValue = string | number | null;

/** The type of a sort key, as much as a cursor decoder needs to know. */
export interface CursorKey {
  kind: KeyKind;
  nullable: boolean;
}

/** The ordered keys a list sorts by; the last one is unique (a primary key). */
export interface CursorShape {
  /** Names the list in its cursors, so a cursor of one list is refused by another. */
  name: string;
  keys: readonly CursorKey[];
}

/** A validated page request: which way to read, how many rows, and the bounds. */
export interface PageRequest {
  direction: 'forward' | 'backward';
  /** Rows wanted (0–100); one more is read to tell whether more exist. */
  limit: number;
  after?: CursorValue[];
  before?: CursorValue[];
}

/** Default and maximum page sizes. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Validates Relay arguments into a PageRequest. `first` and `last` are each
 * 0–100 and exclusive; neither means `first: 20`. `field` (e.g. "Query.meetings")
 * goes into error messages.
 * @throws BAD_USER_INPUT naming the argument and the value received.
 */
export function parsePage(shape: CursorShape, args: ConnectionArgs, field: string): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) throw badUserInput('last', 'cannot be combined with "first"; pass one of them', last, field);
  checkPageSize('first', first, field);
  checkPageSize('last', last, field);
  const after = args.after != null ? decodeCursor(shape, args.after, 'after', field) : undefined;
  const before = args.before != null ? decodeCursor(shape, args.before, 'before', field) : undefined;
  const direction = last != null ? 'backward' : 'forward';
  return { direction, limit: last ?? first ?? DEFAULT_PAGE_SIZE, ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

function checkPageSize(argument: string, value: number | null | undefined, field: string): void {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw badUserInput(argument, `must be between 0 and ${MAX_PAGE_SIZE}`, value, field);
  }
}

/** Encodes sort key values as an opaque cursor of list `shape.name`. */
export function encodeCursor(shape: CursorShape, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([shape.name, ...values]), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor of list `shape`, checking every value against its key's type.
 * @throws BAD_USER_INPUT when the cursor is malformed or belongs to another list.
 */
export function decodeCursor(shape: CursorShape, cursor: string, argument: string, field: string): CursorValue[] {
  const values = parseCursorPayload(cursor);
  const [name, ...keys] = values ?? [];
  if (!values || name !== shape.name || keys.length !== shape.keys.length || !keys.every((v, i) => fitsKey(v, shape.keys[i]))) {
    throw badUserInput(argument, `is not a cursor of this list (pass an edge cursor or pageInfo cursor that ${field} returned)`, cursor, field);
  }
  return keys as CursorValue[];
}

function parseCursorPayload(cursor: string): unknown[] | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function fitsKey(value: unknown, key: CursorKey | undefined): boolean {
  if (!key) return false;
  if (value === null) return key.nullable;
  switch (key.kind) {
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  }
}

/** What `PageInfo` resolves; the flag that needs a query of its own is computed only when selected. */
export interface PageInfoModel {
  hasNextPage: () => Promise<boolean>;
  hasPreviousPage: () => Promise<boolean>;
  startCursor: string | null;
  endCursor: string | null;
}

/** One edge: a row and the cursor that points at it. */
export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

/** What every `XConnection` type resolves; `totalCount` runs its query only when selected. */
export interface ConnectionModel<T> {
  edges: EdgeModel<T>[];
  nodes: T[];
  pageInfo: PageInfoModel;
  totalCount: () => Promise<number>;
}

/** The lazy queries a connection may need besides its page. */
export interface ConnectionQueries {
  count: () => Promise<number>;
  /** True when a row exists on the far side of the cursor the page started from. */
  existsBeyond: (side: 'after' | 'before', cursor: CursorValue[]) => Promise<boolean>;
}

/**
 * Builds a connection from the rows read for `page` (up to limit + 1, in read
 * order: reversed for backward pages). The extra row proves there is a next
 * (forward) or previous (backward) page; the flag on the other side asks the
 * database whether anything lies beyond the cursor the client passed.
 */
export function buildConnection<T>(
  shape: CursorShape,
  page: PageRequest,
  rows: readonly T[],
  cursorValues: (row: T) => CursorValue[],
  queries: ConnectionQueries,
): ConnectionModel<T> {
  const hasMore = rows.length > page.limit;
  const taken = rows.slice(0, page.limit);
  const nodes = page.direction === 'forward' ? taken : taken.reverse();
  const encode = (node: T) => encodeCursor(shape, cursorValues(node));
  const cursorOf = (node: T | undefined) => (node === undefined ? null : encode(node));
  const { after, before } = page;
  const beyondAfter = once(() => (after ? queries.existsBeyond('after', after) : Promise.resolve(false)));
  const beyondBefore = once(() => (before ? queries.existsBeyond('before', before) : Promise.resolve(false)));
  // Cursors are encoded only when read: most queries select `nodes` and at most `endCursor`, and
  // encoding one per row of every nested page was a visible share of the CPU and the garbage.
  let edges: EdgeModel<T>[] | undefined;
  return {
    get edges() {
      return (edges ??= nodes.map((node) => ({ cursor: encode(node), node })));
    },
    nodes,
    totalCount: once(queries.count),
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? () => Promise.resolve(hasMore) : beyondBefore,
      hasPreviousPage: page.direction === 'backward' ? () => Promise.resolve(hasMore) : beyondAfter,
      get startCursor() {
        return cursorOf(nodes[0]);
      },
      get endCursor() {
        return cursorOf(nodes[nodes.length - 1]);
      },
    },
  };
}

/** Memoizes a thunk: the query behind it runs at most once however often the field is selected. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}
