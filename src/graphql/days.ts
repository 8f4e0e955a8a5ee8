/**
 * `YYYY-MM-DD` of a Date's UTC day, as `date.toISOString().slice(0, 10)` gives
 * it, without building the full ISO string: every date of every answer goes
 * through here (scalars, PartialDates, cursor keys). Years outside 0–9999 and
 * invalid dates take `toISOString` itself (its `+010000` form, its RangeError).
 */
export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
