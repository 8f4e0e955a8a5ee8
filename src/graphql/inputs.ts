/**
 * Validation of filter inputs shared by the domains. Each returns the
 * normalized value or throws BAD_USER_INPUT naming the input field and the
 * value received.
 */
import { foldName } from '../people/names.ts';
import { badUserInput } from './errors.ts';
import { periodEnd, periodStart, type PartialDate } from './scalars.ts';

/** An ISO 3166-1 alpha-2 code in any case, upper-cased ("ve" → "VE"). */
export function countryCodeInput(value: string, argument: string, field: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) throw badUserInput(argument, 'must be an ISO 3166-1 alpha-2 country code such as "VE"', value, field);
  return value.toUpperCase();
}

/** A name folded for `Person.nameKeys` lookups ("Delcy Rodríguez" → "delcy rodriguez"). */
export function nameKeyInput(value: string, argument: string, field: string): string {
  const key = foldName(value);
  if (!key) throw badUserInput(argument, 'must contain at least one letter or digit', value, field);
  return key;
}

/** A calendar year, 1–9999. */
export function yearInput(value: number, argument: string, field: string): number {
  if (value < 1 || value > 9999) throw badUserInput(argument, 'must be a year between 1 and 9999', value, field);
  return value;
}

/** Non-blank text, trimmed. */
export function textInput(value: string, argument: string, field: string): string {
  const text = value.trim();
  if (!text) throw badUserInput(argument, 'must not be blank', value, field);
  // Names, codes and search phrases are short; a megabyte "name" only costs the database time.
  if (text.length > MAX_FILTER_TEXT) throw badUserInput(argument, `must be at most ${MAX_FILTER_TEXT} characters`, `${text.length} characters`, field);
  return text;
}

/** Longest text accepted in a filter (names, codes, search phrases). */
export const MAX_FILTER_TEXT = 200;

/** Inclusive day bounds of a `from`/`to` filter, as "YYYY-MM-DD". */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * `from` as the first day of its period and `to` as the last day of its
 * period, so `{ from: "2019", to: "2019" }` is the whole year.
 * @throws BAD_USER_INPUT when `from` is after `to`.
 */
export function dayRangeInput(from: PartialDate | null | undefined, to: PartialDate | null | undefined, prefix: string, field: string): DayRange {
  const start = from ? periodStart(from).toISOString().slice(0, 10) : undefined;
  const end = to ? periodEnd(to).toISOString().slice(0, 10) : undefined;
  if (start && end && start > end) throw badUserInput(`${prefix}.from`, `must not be after ${prefix}.to (${end})`, start, field);
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

/** `value` with LIKE wildcards escaped, wrapped for a substring match. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
