/**
 * How a refused piece of data names its faults: one "path: message" line per
 * fault, the path written as code would reach it (`meetings[0].participants[2]`),
 * and at most five of them in an error's message. Shared by the stage contract
 * (a stage's output) and the annotation guidelines (a gold file), so a fault
 * reads the same whichever of the two refused it.
 */
import { z } from 'zod';
import { countryCatalog } from '../countries/catalog.ts';

const KNOWN_CODES = new Set(countryCatalog.map((c) => c.code));

/** A string that must be an ISO 3166-1 alpha-2 code of the country catalogue. */
export const countryCodeSchema = z.string().refine((c) => KNOWN_CODES.has(c), { message: 'is not an ISO 3166-1 alpha-2 country code' });

/** A Zod path as code writes it: `[0]` for an index, `.name` for a key after the first. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, n) => (typeof p === 'number' ? `[${p}]` : n ? `.${String(p)}` : String(p))).join('');
}

/** Zod's issues as "path: message" lines, the path under `root` when one is given. */
export function problemLines(error: z.ZodError, root?: string): string[] {
  return error.issues.map((i) => `${pathText(root === undefined ? i.path : [root, ...i.path])}: ${i.message}`);
}

/** The first five problems joined for an error message, with how many more there are. */
export function summarizeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return `${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`;
}
