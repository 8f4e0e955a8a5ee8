/**
 * Dates as whole days since 1970-01-01 (UTC): integers are cheap to draw,
 * compare and offset, and format the same on every machine.
 */
import { MONTH_NAMES } from './vocabulary.ts';

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Year, month (1–12) and day of a day number. */
export function partsOf(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD`, the form PostgreSQL's COPY reads for a `date`. */
export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A timestamp at noon of that day, for `timestamp(3)` columns. */
export function isoNoon(dayNumber: number): string {
  return `${isoDate(dayNumber)} 12:00:00`;
}

/** "12 March 2015". */
export function longDate(dayNumber: number): string {
  const { year, month, day } = partsOf(dayNumber);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "March 2015". */
export function monthYear(dayNumber: number): string {
  const { year, month } = partsOf(dayNumber);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** First day of the month containing `dayNumber`. */
export function startOfMonth(dayNumber: number): number {
  const { year, month } = partsOf(dayNumber);
  return dayOf(year, month, 1);
}

/** First day of the year containing `dayNumber`. */
export function startOfYear(dayNumber: number): number {
  return dayOf(partsOf(dayNumber).year, 1, 1);
}
