/**
 * The stage contract of index.ts, made executable: what any stage's output
 * must be before the stages after it, `resolve` and `load` may read it. The
 * rule stages keep it by construction (test/ingest/stage-contract.test.ts
 * proves it on the gold set); a stage from elsewhere (a model behind HTTP,
 * see remote.ts) is checked, because a bad answer from it must be refused
 * with a reason, not half-written into the graph.
 */
import { z } from 'zod';
import { countryCodeSchema as code, problemLines, summarizeProblems } from '../problems.ts';
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson, NormalizedDocument, SourceSpan } from '../types.ts';

/** The stages of extraction, in the order they run. */
export const STAGE_NAMES = ['people', 'meetings', 'agreements'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** A stage's output that breaks the contract; `problems` name each fault by its path in the output. */
export class StageContractError extends Error {
  constructor(
    readonly stage: StageName,
    readonly problems: string[],
  ) {
    super(`${stage} stage output breaks the stage contract: ${summarizeProblems(problems)}`);
    this.name = 'StageContractError';
  }
}

const text = z.string().trim().min(1);
const source = z.object({ quote: z.string().min(1), position: z.number().int().min(0) });
const partialDate = z
  .object({
    year: z.number().int().min(1000).max(9999),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    precision: z.enum(['YEAR', 'MONTH', 'DAY']),
  })
  .refine(datePartsMatchPrecision, { message: 'month and day must be set exactly as far as the precision goes, and form a real date' });

const personShape = z.object({
  name: text,
  aliases: z.array(text),
  countryCode: code.optional(),
  roles: z.array(z.object({ title: text, countryCode: code.optional(), source })),
  firstMention: source,
});

const meetingShape = z.object({
  participants: z.array(z.object({ name: text, role: z.enum(['HOST', 'VISITOR']).optional() })).min(2),
  date: partialDate.optional(),
  status: z.enum(['HELD', 'PLANNED', 'CANCELLED']),
  kind: z.enum(['IN_PERSON', 'PHONE_CALL', 'VIDEO_CALL']),
  city: text.optional(),
  venue: text.optional(),
  countryCode: code.optional(),
  sources: z.array(source).min(1),
});

const agreementShape = z.object({
  title: text,
  kind: z.enum(['TREATY', 'AGREEMENT', 'CONTRACT', 'MEMORANDUM', 'PACKAGE']),
  date: partialDate.optional(),
  span: z
    .object({ fromYear: z.number().int(), toYear: z.number().int() })
    .refine((s) => s.fromYear <= s.toYear, { message: 'fromYear must not be after toYear' })
    .optional(),
  documentCount: z.number().int().min(1).optional(),
  documentCountApproximate: z.boolean(),
  parties: z.array(code),
  signatories: z.array(text),
  topics: z.array(text),
  valueUsd: z.number().positive().optional(),
  meetingIndex: z.number().int().min(0).optional(),
  sources: z.array(source).min(1),
});

function datePartsMatchPrecision(d: { year: number; month?: number | undefined; day?: number | undefined; precision: string }): boolean {
  const wantsMonth = d.precision !== 'YEAR';
  const wantsDay = d.precision === 'DAY';
  if ((d.month !== undefined) !== wantsMonth || (d.day !== undefined) !== wantsDay) return false;
  if (d.day === undefined || d.month === undefined) return true;
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCMonth() === d.month - 1;
}

/** The fault of a source span, if any: it must be one whole sentence of the document, at its offset. */
function spanProblem(doc: NormalizedDocument, path: string, s: SourceSpan): string[] {
  if (doc.sentences.some((x) => x.start === s.position && x.text === s.quote)) return [];
  return [`${path}: ${JSON.stringify(s.quote.slice(0, 60))} at ${s.position} is not a sentence of the article`];
}

/** Faults of a fact's source spans. */
function sourceProblems(doc: NormalizedDocument, path: string, spans: readonly SourceSpan[]): string[] {
  return spans.flatMap((s, i) => spanProblem(doc, `${path}.sources[${i}]`, s));
}

/** Faults of names that must be people of the extraction; `pathOf` names the i-th name's place. */
function nameProblems(names: ReadonlySet<string>, pathOf: (i: number) => string, used: readonly string[]): string[] {
  return used.flatMap((n, i) => (names.has(n) ? [] : [`${pathOf(i)}: ${JSON.stringify(n)} is not the name of a person of the article`]));
}

/**
 * Checks a people stage's output; returns it typed.
 * @throws StageContractError naming every fault.
 */
export function checkPeople(doc: NormalizedDocument, output: unknown): ExtractedPerson[] {
  const parsed = z.array(personShape).safeParse(output);
  if (!parsed.success) throw new StageContractError('people', problemLines(parsed.error, 'people'));
  const people = parsed.data as ExtractedPerson[];
  const seen = new Set<string>();
  const problems = people.flatMap((p, i) => {
    const duplicate = seen.has(p.name) ? [`people[${i}].name: ${JSON.stringify(p.name)} is given twice`] : [];
    seen.add(p.name);
    return [
      ...duplicate,
      ...spanProblem(doc, `people[${i}].firstMention`, p.firstMention),
      ...p.roles.flatMap((r, j) => spanProblem(doc, `people[${i}].roles[${j}].source`, r.source)),
    ];
  });
  if (problems.length) throw new StageContractError('people', problems);
  return people;
}

/**
 * Checks a meetings stage's output against the people found before it; returns it typed.
 * @throws StageContractError naming every fault.
 */
export function checkMeetings(doc: NormalizedDocument, people: readonly ExtractedPerson[], output: unknown): ExtractedMeeting[] {
  const parsed = z.array(meetingShape).safeParse(output);
  if (!parsed.success) throw new StageContractError('meetings', problemLines(parsed.error, 'meetings'));
  const meetings = parsed.data as ExtractedMeeting[];
  const names = new Set(people.map((p) => p.name));
  const problems = meetings.flatMap((m, i) => [
    ...nameProblems(names, (j) => `meetings[${i}].participants[${j}].name`, m.participants.map((p) => p.name)),
    ...(new Set(m.participants.map((p) => p.name)).size < m.participants.length ? [`meetings[${i}].participants: a person is listed twice`] : []),
    ...sourceProblems(doc, `meetings[${i}]`, m.sources),
  ]);
  if (problems.length) throw new StageContractError('meetings', problems);
  return meetings;
}

/**
 * Checks an agreements stage's output against the people and meetings found before it; returns it typed.
 * @throws StageContractError naming every fault.
 */
export function checkAgreements(
  doc: NormalizedDocument,
  found: { people: readonly ExtractedPerson[]; meetings: readonly ExtractedMeeting[] },
  output: unknown,
): ExtractedAgreement[] {
  const parsed = z.array(agreementShape).safeParse(output);
  if (!parsed.success) throw new StageContractError('agreements', problemLines(parsed.error, 'agreements'));
  const agreements = parsed.data as ExtractedAgreement[];
  const names = new Set(found.people.map((p) => p.name));
  const problems = agreements.flatMap((a, i) => [
    ...nameProblems(names, (j) => `agreements[${i}].signatories[${j}]`, a.signatories),
    ...(a.meetingIndex !== undefined && a.meetingIndex >= found.meetings.length
      ? [`agreements[${i}].meetingIndex: ${a.meetingIndex} points past the ${found.meetings.length} meeting(s) found`]
      : []),
    ...sourceProblems(doc, `agreements[${i}]`, a.sources),
  ]);
  if (problems.length) throw new StageContractError('agreements', problems);
  return agreements;
}
