/**
 * Scores an extraction against a hand-written annotation: precision, recall
 * and F1 per kind of fact, and the facts missed or invented.
 */
import { foldName, surnameKey } from '../people/names.ts';
import { partialDateToString } from '../ingest/dates.ts';
import type { Extraction } from '../ingest/types.ts';

/** The annotation format of test/gold/*.expected.json (see test/gold/README.md). */
export interface GoldAnnotation {
  publishedAt?: string;
  people: { name: string; country: string | null; roles: string[] }[];
  meetings: { participants: string[]; date: string | null; city: string | null; countryCode?: string | null; venue?: string | null; status: string; kind: string }[];
  agreements: {
    title?: string;
    kind: string;
    date: string | null;
    documentCount: number | null;
    documentCountApproximate?: boolean;
    parties: string[];
    signatories?: string[];
    topics?: string[];
    valueUsd?: number | null;
    span?: { fromYear: number; toYear: number } | null;
  }[];
}

export type FactKind = 'people' | 'roles' | 'meetings' | 'agreements';

/** Counts for one kind of fact, and the keys behind each miss. */
export interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
  missed: string[];
  invented: string[];
}

export type Scores = Record<FactKind, Tally>;

/** An empty tally for every kind of fact. */
export function emptyScores(): Scores {
  const t = (): Tally => ({ truePositives: 0, predicted: 0, expected: 0, missed: [], invented: [] });
  return { people: t(), roles: t(), meetings: t(), agreements: t() };
}

/** Adds one document's comparison to `scores`; miss descriptions are prefixed with `label`. */
export function scoreDocument(scores: Scores, label: string, gold: GoldAnnotation, got: Extraction): void {
  const personKey = canonicalizer(gold, got);
  compare(scores.people, label, gold.people.map((p) => foldName(p.name)), got.people.map((p) => personKey(p.name)));
  compare(
    scores.roles,
    label,
    gold.people.flatMap((p) => p.roles.map((r) => `${foldName(p.name)} as ${foldTitle(r)}`)),
    got.people.flatMap((p) => p.roles.map((r) => `${personKey(p.name)} as ${foldTitle(r.title)}`)),
  );
  compare(
    scores.meetings,
    label,
    gold.meetings.map((m) => meetingKey(m.participants.map(foldName), m.date, m.city)),
    got.meetings.map((m) => meetingKey(m.participants.map((p) => personKey(p.name)), m.date ? partialDateToString(m.date) : null, m.city ?? null)),
  );
  compare(
    scores.agreements,
    label,
    gold.agreements.map((a) => agreementKey(a.date ?? (a.span ? `${a.span.fromYear}..${a.span.toYear}` : null), a.documentCount, a.parties)),
    got.agreements.map((a) =>
      agreementKey(a.date ? partialDateToString(a.date) : a.span ? `${a.span.fromYear}..${a.span.toYear}` : null, a.documentCount ?? null, a.parties),
    ),
  );
}

/** Looser matches of meetings and agreements, each leaving parts of the key out, to show which part goes wrong. */
export type PartialKind = 'meetings: who' | 'meetings: who + when' | 'meetings: who + where' | 'agreements: parties' | 'agreements: parties + when' | 'agreements: parties + count';

/** The looser matches, in the order the eval prints them. */
export const PARTIAL_KINDS: PartialKind[] = ['meetings: who', 'meetings: who + when', 'meetings: who + where', 'agreements: parties', 'agreements: parties + when', 'agreements: parties + count'];

/** An empty tally for every looser match. */
export function emptyPartialScores(): Record<PartialKind, Tally> {
  const t = (): Tally => ({ truePositives: 0, predicted: 0, expected: 0, missed: [], invented: [] });
  return { 'meetings: who': t(), 'meetings: who + when': t(), 'meetings: who + where': t(), 'agreements: parties': t(), 'agreements: parties + when': t(), 'agreements: parties + count': t() };
}

/**
 * Adds one document to the looser matches: meetings by participants alone,
 * with the date, or with the city; agreements by parties alone, with the
 * date, or with the count. Only aggregates are kept worth printing, so a
 * held-out set can be diagnosed without reading its misses.
 */
export function scorePartial(scores: Record<PartialKind, Tally>, label: string, gold: GoldAnnotation, got: Extraction): void {
  const personKey = canonicalizer(gold, got);
  const who = (names: string[]) => [...new Set(names)].sort().join(' + ');
  const goldMeetings = gold.meetings.map((m) => ({ who: who(m.participants.map(foldName)), when: m.date ?? '?', where: m.city ? foldName(m.city) : '?' }));
  const gotMeetings = got.meetings.map((m) => ({ who: who(m.participants.map((p) => personKey(p.name))), when: m.date ? partialDateToString(m.date) : '?', where: m.city ? foldName(m.city) : '?' }));
  compare(scores['meetings: who'], label, goldMeetings.map((m) => m.who), gotMeetings.map((m) => m.who));
  compare(scores['meetings: who + when'], label, goldMeetings.map((m) => `${m.who} on ${m.when}`), gotMeetings.map((m) => `${m.who} on ${m.when}`));
  compare(scores['meetings: who + where'], label, goldMeetings.map((m) => `${m.who} @ ${m.where}`), gotMeetings.map((m) => `${m.who} @ ${m.where}`));
  const parties = (codes: string[]) => [...codes].sort().join(', ');
  const goldAgreements = gold.agreements.map((a) => ({ parties: parties(a.parties), when: a.date ?? (a.span ? `${a.span.fromYear}..${a.span.toYear}` : '?'), count: String(a.documentCount ?? '?') }));
  const gotAgreements = got.agreements.map((a) => ({ parties: parties(a.parties), when: a.date ? partialDateToString(a.date) : a.span ? `${a.span.fromYear}..${a.span.toYear}` : '?', count: String(a.documentCount ?? '?') }));
  compare(scores['agreements: parties'], label, goldAgreements.map((a) => a.parties), gotAgreements.map((a) => a.parties));
  compare(scores['agreements: parties + when'], label, goldAgreements.map((a) => `${a.parties} on ${a.when}`), gotAgreements.map((a) => `${a.parties} on ${a.when}`));
  compare(scores['agreements: parties + count'], label, goldAgreements.map((a) => `${a.parties} x ${a.count}`), gotAgreements.map((a) => `${a.parties} x ${a.count}`));
}

/**
 * Maps an extracted name onto the gold spelling of the same person when they
 * differ only as "Sergey"/"Sergei" or by a surname-only form, so a person is
 * not counted twice as both missed and invented for spelling alone.
 */
function canonicalizer(gold: GoldAnnotation, got: Extraction): (name: string) => string {
  const goldKeys = gold.people.map((p) => foldName(p.name));
  const aliasesByName = new Map(got.people.map((p) => [p.name, [p.name, ...p.aliases].map(foldName)]));
  return (name) => {
    const forms = aliasesByName.get(name) ?? [foldName(name)];
    const exact = goldKeys.find((k) => forms.includes(k));
    if (exact) return exact;
    const bySurname = goldKeys.filter((k) => surnameKey(k) === surnameKey(name));
    return bySurname.length === 1 ? bySurname[0]! : foldName(name);
  };
}

function foldTitle(title: string): string {
  return foldName(title).replace(/\bspokesperson\b/, 'spokesman');
}

function meetingKey(participants: string[], date: string | null, city: string | null): string {
  return `${[...new Set(participants)].sort().join(' + ')} @ ${city ? foldName(city) : '?'} on ${date ?? '?'}`;
}

function agreementKey(when: string | null, count: number | null, parties: string[]): string {
  return `${count ?? '?'} document(s) on ${when ?? '?'} between ${[...parties].sort().join(', ')}`;
}

/** Multiset comparison: each expected key can be matched once. */
function compare(tally: Tally, label: string, expected: string[], predicted: string[]): void {
  const remaining = [...expected];
  tally.expected += expected.length;
  tally.predicted += predicted.length;
  for (const key of predicted) {
    const i = remaining.indexOf(key);
    if (i >= 0) {
      remaining.splice(i, 1);
      tally.truePositives++;
    } else {
      tally.invented.push(`${label}: ${key}`);
    }
  }
  tally.missed.push(...remaining.map((k) => `${label}: ${k}`));
}

/** Precision, recall and F1 of a tally (1 when there was nothing to find and nothing found). */
export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.truePositives / t.predicted : t.expected ? 0 : 1;
  const recall = t.expected ? t.truePositives / t.expected : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
