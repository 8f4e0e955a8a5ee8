/**
 * Custom scalars. `PartialDate` is a date known to a year, a month or a day;
 * `Date` is a calendar day. Both travel as strings; malformed input is a
 * BAD_USER_INPUT error that quotes the value received.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatPartialDate, parsePartialDate } from '../ingest/dates.ts';
import { isoDay } from './days.ts';
import type { PartialDate, Precision } from '../ingest/types.ts';
import { ErrorCode, describeValue } from './errors.ts';

export type { PartialDate, Precision } from '../ingest/types.ts';

const PARTIAL_DATE_CONTRACT = 'a PartialDate is "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real date';
const DATE_CONTRACT = 'a Date is "YYYY-MM-DD" naming a real day';

function invalidScalar(contract: string, received: unknown): GraphQLError {
  return new GraphQLError(`Invalid value ${describeValue(received)}: ${contract}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });
}

/** Parses client input into a PartialDate, or throws BAD_USER_INPUT. */
function parsePartialDateInput(value: unknown): PartialDate {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : undefined;
  if (!parsed) throw invalidScalar(PARTIAL_DATE_CONTRACT, value);
  return parsed;
}

function stringLiteral(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind;
}

/**
 * `PartialDate`: output is the string a resolver formatted (see `partialDateOf`);
 * input is parsed into `{ year, month?, day?, precision }`.
 */
export const PartialDateScalar = new GraphQLScalarType<PartialDate, string>({
  name: 'PartialDate',
  serialize(value) {
    if (typeof value === 'string' && parsePartialDate(value)) return value;
    throw new TypeError(`PartialDate cannot represent ${describeValue(value)}`);
  },
  parseValue: parsePartialDateInput,
  parseLiteral(ast) {
    return parsePartialDateInput(ast.kind === Kind.STRING ? ast.value : stringLiteral(ast));
  },
});

/** Parses "YYYY-MM-DD" into a UTC midnight Date, or throws BAD_USER_INPUT. */
function parseDateInput(value: unknown): Date {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : undefined;
  if (!parsed || parsed.precision !== 'DAY') throw invalidScalar(DATE_CONTRACT, value);
  return new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
}

/** `Date`: a calendar day as "YYYY-MM-DD" (DATE columns come back as UTC midnight). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDay(value);
    throw new TypeError(`Date cannot represent ${describeValue(value)}`);
  },
  parseValue: parseDateInput,
  parseLiteral(ast) {
    return parseDateInput(ast.kind === Kind.STRING ? ast.value : stringLiteral(ast));
  },
});

/**
 * A stored (date, precision) pair as a PartialDate string; null when no date is
 * known. A date without a precision is read as a day (the column's own precision).
 */
export function partialDateOf(date: Date | null, precision: Precision | null): string | null {
  return date ? formatPartialDate(date, precision ?? 'DAY') : null;
}

/** The first day of the period a PartialDate names (for `from` bounds). */
export function periodStart(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The last day of the period a PartialDate names (for inclusive `to` bounds). */
export function periodEnd(date: PartialDate): Date {
  switch (date.precision) {
    case 'YEAR':
      return new Date(Date.UTC(date.year, 11, 31));
    case 'MONTH':
      return new Date(Date.UTC(date.year, date.month ?? 1, 0));
    case 'DAY':
      return periodStart(date);
  }
}
