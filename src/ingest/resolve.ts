/**
 * Resolve: match what one article states to the entities already in the
 * graph, so every article about the same person, meeting or agreement adds to
 * one record. Runs inside the article's load transaction.
 */
import type { Prisma } from '../generated/prisma/client.ts';
import { foldName, nameKeysOf, surnameKey } from '../people/names.ts';
import { datesCompatible, dbToPartialDate, partialDateToString } from './dates.ts';
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson } from './types.ts';

type Tx = Prisma.TransactionClient;

/** Finds the person an extracted name refers to, or creates them; returns the id. */
export async function resolvePerson(tx: Tx, person: ExtractedPerson): Promise<number> {
  const fullKey = foldName(person.name);
  const keys = nameKeysOf(person.name, person.aliases);
  const existing = await findPerson(tx, fullKey);
  if (!existing) {
    const created = await tx.person.create({
      data: { name: person.name, key: fullKey, aliases: aliasesOf(person), nameKeys: keys, countryCode: person.countryCode ?? null },
    });
    return created.id;
  }
  const upgradeName = !existing.name.includes(' ') && person.name.includes(' ');
  const name = upgradeName ? person.name : existing.name;
  const aliases = union(existing.aliases, [...aliasesOf(person), existing.name].filter((a) => a !== name));
  const nameKeys = union(existing.nameKeys, keys);
  const countryCode = existing.countryCode ?? person.countryCode ?? null;
  if (name !== existing.name || aliases.length !== existing.aliases.length || nameKeys.length !== existing.nameKeys.length || countryCode !== existing.countryCode) {
    await tx.person.update({
      where: { id: existing.id },
      data: { name, aliases, nameKeys, countryCode, ...(upgradeName ? { key: fullKey } : {}) },
    });
  }
  return existing.id;
}

/**
 * A full name matches any person known under that key; a surname alone, or a
 * full name whose surname is all an earlier article knew, matches only when
 * exactly one person carries it (two "Kim"s are not merged).
 */
async function findPerson(tx: Tx, fullKey: string) {
  const isFullName = fullKey.includes(' ');
  if (isFullName) {
    const exact = await tx.person.findFirst({ where: { nameKeys: { has: fullKey } }, orderBy: { id: 'asc' } });
    if (exact) return exact;
    const bySurnameOnly = await tx.person.findMany({ where: { key: surnameKey(fullKey) }, take: 2 });
    return bySurnameOnly.length === 1 ? bySurnameOnly[0] : undefined;
  }
  const bySurname = await tx.person.findMany({ where: { nameKeys: { has: fullKey } }, take: 2 });
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

function aliasesOf(person: ExtractedPerson): string[] {
  return union([], person.aliases.filter((a) => a !== person.name));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** The identity key of a new meeting: who, when, how. */
export function meetingKey(participantIds: number[], meeting: ExtractedMeeting): string {
  const when = meeting.date ? partialDateToString(meeting.date) : 'undated';
  return `m:${[...participantIds].sort((x, y) => x - y).join(',')}|${when}|${meeting.kind}`;
}

/**
 * An existing meeting that this one is another report of: same kind, dates
 * that can name the same day, and participants of which one set contains the other.
 */
export async function findSameMeeting(tx: Tx, participantIds: number[], meeting: ExtractedMeeting) {
  if (participantIds.length === 0) return undefined;
  const candidates = await tx.meeting.findMany({
    where: {
      kind: meeting.kind,
      participants: { some: { personId: { in: participantIds } } },
      ...(meeting.date ? { OR: [{ year: meeting.date.year }, { year: null }] } : {}),
    },
    include: { participants: { select: { personId: true } } },
    orderBy: { id: 'asc' },
    take: 50,
  });
  const wanted = new Set(participantIds);
  return candidates.find((c) => {
    const theirs = new Set(c.participants.map((p) => p.personId));
    const nested = isSubset(wanted, theirs) || isSubset(theirs, wanted);
    const sharedEnough = [...wanted].filter((id) => theirs.has(id)).length >= Math.min(2, wanted.size, theirs.size);
    return nested && sharedEnough && datesCompatible(dbToPartialDate(c.date, c.datePrecision), meeting.date);
  });
}

function isSubset<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The identity key of a new agreement: kind, parties, when, how many documents. */
export function agreementKey(agreement: ExtractedAgreement): string {
  const when = agreement.date
    ? partialDateToString(agreement.date)
    : agreement.span
      ? `${agreement.span.fromYear}-${agreement.span.toYear}`
      : 'undated';
  return `a:${agreement.kind}|${[...agreement.parties].sort().join(',')}|${when}|${agreement.documentCount ?? ''}`;
}

/** An existing agreement this one is another report of: same kind, parties, count and a compatible date or span. */
export async function findSameAgreement(tx: Tx, agreement: ExtractedAgreement) {
  const parties = [...agreement.parties].sort();
  const candidates = await tx.agreement.findMany({
    where: {
      kind: agreement.kind,
      documentCount: agreement.documentCount ?? null,
      ...(agreement.date ? { year: agreement.date.year } : { year: null }),
    },
    include: { parties: { select: { countryCode: true } } },
    orderBy: { id: 'asc' },
    take: 50,
  });
  return candidates.find((c) => {
    const theirs = c.parties.map((p) => p.countryCode).sort();
    if (theirs.join() !== parties.join()) return false;
    if (agreement.span) return c.spanFromYear === agreement.span.fromYear && c.spanToYear === agreement.span.toYear;
    return datesCompatible(dbToPartialDate(c.date, c.datePrecision), agreement.date);
  });
}
