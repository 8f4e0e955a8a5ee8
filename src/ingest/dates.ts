import { isoDay } from '../graphql/days.ts';
import type { PartialDate, Precision } from './types.ts';

/** The first day of the period a partial date names, as a UTC Date for a DATE column. */
export function partialDateToDb(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** "2019", "2019-04" or "2019-04-01", as precise as the date is known. */
export function formatPartialDate(date: Date, precision: Precision): string {
  const iso = isoDay(date);
  switch (precision) {
    case 'YEAR':
      return iso.slice(0, 4);
    case 'MONTH':
      return iso.slice(0, 7);
    case 'DAY':
      return iso;
  }
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a PartialDate; undefined when malformed or impossible. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, month! - 1, day));
    if (d.getUTCMonth() !== month! - 1) return undefined;
    return { year, month, day, precision: 'DAY' };
  }
  return month !== undefined ? { year, month, precision: 'MONTH' } : { year, precision: 'YEAR' };
}

/** The partial date as "YYYY[-MM[-DD]]". */
export function partialDateToString(date: PartialDate): string {
  return formatPartialDate(partialDateToDb(date), date.precision);
}

/**
 * True when two dates can name the same day: equal at the coarser precision
 * ("2019-02" is compatible with "2019-02-21", not with "2019-03-01").
 */
export function datesCompatible(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.year !== b.year) return false;
  if (a.month === undefined || b.month === undefined) return true;
  if (a.month !== b.month) return false;
  if (a.day === undefined || b.day === undefined) return true;
  return a.day === b.day;
}

const RANK: Record<Precision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** The more precise of two compatible dates. */
export function finerDate(a: PartialDate, b: PartialDate): PartialDate {
  return RANK[b.precision] > RANK[a.precision] ? b : a;
}

/** A stored date and precision back as a PartialDate. */
export function dbToPartialDate(date: Date | null, precision: Precision | null): PartialDate | undefined {
  if (!date || !precision) return undefined;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if (precision === 'YEAR') return { year, precision };
  if (precision === 'MONTH') return { year, month, precision };
  return { year, month, day, precision };
}
