/**
 * Bulk loading through PostgreSQL's `COPY … FROM STDIN` in text format: rows
 * are encoded as they are generated and streamed with backpressure, so memory
 * holds one buffer of rows, not a table.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql, TransactionSql } from 'postgres';

/** A value of one column: text, number, boolean, NULL, or a text array. */
export type Cell = string | number | boolean | null | readonly string[];

/** Rows are sent in buffers of about this many characters. */
const BUFFER_CHARS = 256 * 1024;

/** Escapes text for COPY's text format: backslash, tab, newline and carriage return. */
export function escapeCopyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;
}

/** A PostgreSQL array literal of text: every element double-quoted, `"` and `\` backslash-escaped. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One cell in COPY text format; `\N` is NULL. */
export function encodeCell(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`COPY: cannot encode the number ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'string') return escapeCopyText(cell);
  return escapeCopyText(arrayLiteral(cell));
}

/** One row in COPY text format, newline included. */
export function encodeRow(cells: readonly Cell[]): string {
  return `${cells.map(encodeCell).join('\t')}\n`;
}

/** Groups encoded rows into buffers, counting rows as they pass. */
function* buffered(rows: Iterable<readonly Cell[]>, counter: { rows: number }): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += encodeRow(row);
    counter.rows++;
    if (buffer.length >= BUFFER_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Streams `rows` into `table` with COPY on `sql` (a transaction, so the load is
 * all-or-nothing). Rows are generated lazily as PostgreSQL accepts them.
 * @returns the number of rows copied.
 */
export async function copyRows(sql: Sql | TransactionSql, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const counter = { rows: 0 };
  const writable = await sql.unsafe(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`).writable();
  await pipeline(Readable.from(buffered(rows, counter), { objectMode: false }), writable);
  return counter.rows;
}
