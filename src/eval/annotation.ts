/**
 * The annotation guidelines of test/gold/README.md, made executable: what a
 * hand-written `NAME.expected.json` must be before it can score anything. An
 * annotation that breaks them (a participant missing from `people`, a date
 * like "2024-13", a country code that does not exist) would silently count
 * as a miss of the extractor, so the eval refuses it instead, naming the file
 * and the path of each fault. Checking an annotation reads nothing but the
 * annotation, so a held-out set can be checked without being looked at.
 */
import { z } from 'zod';
import { countryCodeSchema as code, problemLines, summarizeProblems } from '../ingest/problems.ts';
import type { GoldAnnotation } from './score.ts';

/** An annotation file that breaks the guidelines; `problems` name each fault by its path. */
export class AnnotationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} breaks the annotation guidelines: ${summarizeProblems(problems)}`);
    this.name = 'AnnotationError';
  }
}

const name = z.string().trim().min(1);
const partialDate = z.string().refine(isPartialDate, { message: 'is not a real date written YYYY, YYYY-MM or YYYY-MM-DD' });

const annotationShape = z.object({
  publishedAt: z.string().refine((d) => isPartialDate(d) && d.length === 10, { message: 'is not a real date written YYYY-MM-DD' }).optional(),
  people: z.array(z.object({ name, country: code.nullable(), roles: z.array(name) })),
  meetings: z.array(
    z.object({
      participants: z.array(name).min(2),
      date: partialDate.nullable(),
      city: name.nullable(),
      countryCode: code.nullable().optional(),
      venue: name.nullable().optional(),
      status: z.enum(['HELD', 'PLANNED', 'CANCELLED']),
      kind: z.enum(['IN_PERSON', 'PHONE_CALL', 'VIDEO_CALL']),
    }),
  ),
  agreements: z.array(
    z.object({
      title: z.string().optional(),
      kind: z.enum(['TREATY', 'AGREEMENT', 'CONTRACT', 'MEMORANDUM', 'PACKAGE']),
      date: partialDate.nullable(),
      documentCount: z.number().int().min(1).nullable(),
      documentCountApproximate: z.boolean().optional(),
      parties: z.array(code),
      signatories: z.array(name).optional(),
      topics: z.array(z.string()).optional(),
      valueUsd: z.number().positive().nullable().optional(),
      span: z
        .object({ fromYear: z.number().int(), toYear: z.number().int() })
        .refine((s) => s.fromYear <= s.toYear, { message: 'fromYear must not be after toYear' })
        .nullable()
        .optional(),
    }),
  ),
});

/** True for "2024", "2024-02" and "2024-02-29", false for "2023-02-29" or "24-2". */
function isPartialDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const probe = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Faults of the rules that tie an annotation together: every name it uses is one of its people, once. */
function consistencyProblems(a: GoldAnnotation): string[] {
  const names = new Set<string>();
  const problems: string[] = [];
  a.people.forEach((p, i) => {
    if (names.has(p.name)) problems.push(`people[${i}].name: ${JSON.stringify(p.name)} is given twice`);
    names.add(p.name);
  });
  const unknown = (path: string, used: readonly string[]) =>
    used.forEach((n, j) => {
      if (!names.has(n)) problems.push(`${path}[${j}]: ${JSON.stringify(n)} is not in people`);
    });
  a.meetings.forEach((m, i) => {
    unknown(`meetings[${i}].participants`, m.participants);
    if (new Set(m.participants).size < m.participants.length) problems.push(`meetings[${i}].participants: a person is listed twice`);
  });
  a.agreements.forEach((g, i) => unknown(`agreements[${i}].signatories`, g.signatories ?? []));
  return problems;
}

/**
 * Checks one parsed `expected.json` against the annotation guidelines; returns it typed.
 * @throws AnnotationError naming the file and every fault.
 */
export function checkAnnotation(file: string, value: unknown): GoldAnnotation {
  const parsed = annotationShape.safeParse(value);
  if (!parsed.success) throw new AnnotationError(file, problemLines(parsed.error));
  const annotation = parsed.data as GoldAnnotation;
  const problems = consistencyProblems(annotation);
  if (problems.length) throw new AnnotationError(file, problems);
  return annotation;
}
