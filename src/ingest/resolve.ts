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

/** A person as resolution reads and writes it. */
interface PersonRecord {
  /** Undefined until a new person is inserted. */
  id?: number;
  name: string;
  key: string;
  aliases: string[];
  nameKeys: string[];
  countryCode: string | null;
}

/** A person of the graph or of this article, with whether the database row is behind. */
interface Candidate {
  record: PersonRecord;
  /** A new person: inserted once every name is resolved. */
  created: boolean;
  /** A stored person whose name, aliases, keys or country changed. */
  changed: boolean;
}

/**
 * Finds the person each extracted name refers to, or creates them; returns
 * their ids, in the order of `people`. Decides exactly as one lookup per name in article order
 * would (a later name can match a person an earlier one created or renamed),
 * but reads every stored person any name could match in one statement and
 * writes at most one INSERT and one UPDATE, however many people the article names.
 */
export async function resolvePeople(tx: Tx, people: readonly ExtractedPerson[]): Promise<number[]> {
  const pool = await candidatesFor(tx, people);
  const chosen = people.map((person) => resolveInPool(pool, person));
  await writeCandidates(tx, pool);
  return chosen.map((c) => c.record.id!);
}

/**
 * Every stored person a name of the article could resolve to, by id: the
 * lookups only ask "is this full key among their name keys" and "is this their
 * key", and only people read here are changed before a later lookup.
 */
async function candidatesFor(tx: Tx, people: readonly ExtractedPerson[]): Promise<Candidate[]> {
  if (people.length === 0) return [];
  const fullKeys = [...new Set(people.map((p) => foldName(p.name)))];
  const surnameKeys = [...new Set(fullKeys.filter((k) => k.includes(' ')).map(surnameKey))];
  const stored = await tx.person.findMany({
    where: { OR: [{ nameKeys: { hasSome: fullKeys } }, ...(surnameKeys.length ? [{ key: { in: surnameKeys } }] : [])] },
    select: { id: true, name: true, key: true, aliases: true, nameKeys: true, countryCode: true },
    orderBy: { id: 'asc' },
  });
  return stored.map((record) => ({ record, created: false, changed: false }));
}

/** Resolves one name against the pool as the database would answer, adding or changing the pool's records. */
function resolveInPool(pool: Candidate[], person: ExtractedPerson): Candidate {
  const fullKey = foldName(person.name);
  const keys = nameKeysOf(person.name, person.aliases);
  const existing = findInPool(pool, fullKey);
  if (!existing) {
    const created: Candidate = {
      record: { name: person.name, key: fullKey, aliases: aliasesOf(person), nameKeys: keys, countryCode: person.countryCode ?? null },
      created: true,
      changed: false,
    };
    // New people come last, in creation order: the order their ids will have.
    pool.push(created);
    return created;
  }
  const stored = existing.record;
  const upgradeName = !stored.name.includes(' ') && person.name.includes(' ');
  const name = upgradeName ? person.name : stored.name;
  const aliases = union(stored.aliases, [...aliasesOf(person), stored.name].filter((a) => a !== name));
  const nameKeys = union(stored.nameKeys, keys);
  const countryCode = stored.countryCode ?? person.countryCode ?? null;
  if (name !== stored.name || aliases.length !== stored.aliases.length || nameKeys.length !== stored.nameKeys.length || countryCode !== stored.countryCode) {
    Object.assign(stored, { name, aliases, nameKeys, countryCode }, upgradeName ? { key: fullKey } : {});
    // A person created by this article is still to be inserted, with these values.
    if (!existing.created) existing.changed = true;
  }
  return existing;
}

/**
 * A full name matches any person known under that key; a surname alone, or a
 * full name whose surname is all an earlier article knew, matches only when
 * exactly one person carries it (two "Kim"s are not merged).
 */
function findInPool(pool: readonly Candidate[], fullKey: string): Candidate | undefined {
  if (fullKey.includes(' ')) {
    const exact = pool.find((c) => c.record.nameKeys.includes(fullKey));
    if (exact) return exact;
    const surname = surnameKey(fullKey);
    return onlyOne(pool.filter((c) => c.record.key === surname));
  }
  return onlyOne(pool.filter((c) => c.record.nameKeys.includes(fullKey)));
}

function onlyOne<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** Inserts the new people (one statement, ids in creation order) and updates the changed ones (one statement). */
async function writeCandidates(tx: Tx, pool: readonly Candidate[]): Promise<void> {
  const created = pool.filter((c) => c.created);
  if (created.length) {
    const rows = await tx.person.createManyAndReturn({
      data: created.map(({ record }) => ({ name: record.name, key: record.key, aliases: record.aliases, nameKeys: record.nameKeys, countryCode: record.countryCode })),
      select: { id: true, key: true },
    });
    const idOfKey = new Map(rows.map((r) => [r.key, r.id]));
    for (const { record } of created) record.id = idOfKey.get(record.key);
  }
  const changed = pool.filter((c) => c.changed).map((c) => c.record);
  if (changed.length) {
    // One UPDATE from a JSON list of rows: Prisma has no bulk update with a value per row.
    await tx.$executeRaw`
      UPDATE "Person" p
      SET "name" = u."name", "key" = u."key", "aliases" = u."aliases", "nameKeys" = u."nameKeys", "countryCode" = u."countryCode"
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
        AS u("id" int, "name" text, "key" text, "aliases" text[], "nameKeys" text[], "countryCode" text)
      WHERE p."id" = u."id"`;
  }
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
