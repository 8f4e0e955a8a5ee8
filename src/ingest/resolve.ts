/**
 * Resolve: match what one article states to the entities already in the
 * graph, so every article about the same person, meeting or agreement adds to
 * one record. Runs inside the article's load transaction.
 */
import { Prisma } from '../generated/prisma/client.ts';
import { foldName, nameKeysOf, surnameKey } from '../people/names.ts';
import { datesCompatible, dbToPartialDate, partialDateToString } from './dates.ts';
import { insertRows, param, typed } from './loadSql.ts';
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson, Precision } from './types.ts';

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
  const stored = await tx.$queryRaw<Required<PersonRecord>[]>`
    SELECT "id", "name", "key", "aliases", "nameKeys", "countryCode" FROM "Person"
    WHERE "nameKeys" && ${typed(fullKeys, 'text[]')} OR "key" = ANY(${typed(surnameKeys, 'text[]')})
    ORDER BY "id"`;
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
    // VALUES rows take their ids from the sequence in order: creation order, as one insert per name gave.
    const rows = created.map(({ record: r }) => [param(r.name), param(r.key), typed(r.aliases, 'text[]'), typed(r.nameKeys, 'text[]'), param(r.countryCode)]);
    // A key taken meanwhile fails the insert, and the article, as one create per name did.
    const insert = insertRows('Person', ['name', 'key', 'aliases', 'nameKeys', 'countryCode'], rows)!;
    const inserted = await tx.$queryRaw<{ id: number; key: string }[]>`${insert} RETURNING "id", "key"`;
    const idOfKey = new Map(inserted.map((r) => [r.key, r.id]));
    for (const { record } of created) record.id = idOfKey.get(record.key);
  }
  const changed = pool.filter((c) => c.changed).map((c) => c.record);
  if (changed.length) {
    const rows = changed.map((r) => Prisma.sql`(${r.id}::int, ${r.name}, ${r.key}, ${typed(r.aliases, 'text[]')}, ${typed(r.nameKeys, 'text[]')}, ${r.countryCode}::text)`);
    await tx.$executeRaw`
      UPDATE "Person" p
      SET "name" = u."name", "key" = u."key", "aliases" = u."aliases", "nameKeys" = u."nameKeys", "countryCode" = u."countryCode"
      FROM (VALUES ${Prisma.join(rows)}) AS u("id", "name", "key", "aliases", "nameKeys", "countryCode")
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

/** A stored meeting as resolution reads it, with its participants. */
export interface StoredMeetingRow {
  id: number;
  date: Date | null;
  datePrecision: Precision | null;
  status: string;
  city: string | null;
  venue: string | null;
  countryCode: string | null;
  participantIds: number[];
}

/**
 * An existing meeting that this one is another report of: same kind, dates
 * that can name the same day, and participants of which one set contains the other.
 */
export async function findSameMeeting(tx: Tx, participantIds: number[], meeting: ExtractedMeeting): Promise<StoredMeetingRow | undefined> {
  if (participantIds.length === 0) return undefined;
  const year = meeting.date ? Prisma.sql`AND (m."year" = ${meeting.date.year}::int OR m."year" IS NULL)` : Prisma.empty;
  // The 50 oldest candidates, each with its participants, in one statement.
  const candidates = await tx.$queryRaw<StoredMeetingRow[]>`
    SELECT m."id", m."date", m."datePrecision"::text AS "datePrecision", m."status"::text AS "status", m."city", m."venue", m."countryCode",
      ARRAY(SELECT p."personId" FROM "MeetingParticipant" p WHERE p."meetingId" = m."id") AS "participantIds"
    FROM "Meeting" m
    WHERE m."kind" = ${typed(meeting.kind, '"MeetingKind"')}
      AND EXISTS (SELECT 1 FROM "MeetingParticipant" p WHERE p."meetingId" = m."id" AND p."personId" = ANY(${typed(participantIds, 'int[]')}))
      ${year}
    ORDER BY m."id"
    LIMIT 50`;
  const wanted = new Set(participantIds);
  return candidates.find((c) => {
    const theirs = new Set(c.participantIds);
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

/** A stored agreement as resolution reads it, with its parties. */
export interface StoredAgreement {
  id: number;
  date: Date | null;
  datePrecision: Precision | null;
  spanFromYear: number | null;
  spanToYear: number | null;
  topics: string[];
  valueUsd: number | null;
  meetingId: number | null;
  parties: string[];
}

/** An existing agreement this one is another report of: same kind, parties, count and a compatible date or span. */
export async function findSameAgreement(tx: Tx, agreement: ExtractedAgreement): Promise<StoredAgreement | undefined> {
  const parties = [...agreement.parties].sort();
  const count = agreement.documentCount === undefined ? Prisma.sql`a."documentCount" IS NULL` : Prisma.sql`a."documentCount" = ${agreement.documentCount}::int`;
  const year = agreement.date ? Prisma.sql`a."year" = ${agreement.date.year}::int` : Prisma.sql`a."year" IS NULL`;
  // The 50 oldest candidates, each with its parties, in one statement.
  const candidates = await tx.$queryRaw<StoredAgreement[]>`
    SELECT a."id", a."date", a."datePrecision"::text AS "datePrecision", a."spanFromYear", a."spanToYear", a."topics", a."valueUsd", a."meetingId",
      ARRAY(SELECT p."countryCode"::text FROM "AgreementParty" p WHERE p."agreementId" = a."id") AS "parties"
    FROM "Agreement" a
    WHERE a."kind" = ${typed(agreement.kind, '"AgreementKind"')} AND ${count} AND ${year}
    ORDER BY a."id"
    LIMIT 50`;
  return candidates.find((c) => {
    const theirs = [...c.parties].sort();
    if (theirs.join() !== parties.join()) return false;
    if (agreement.span) return c.spanFromYear === agreement.span.fromYear && c.spanToYear === agreement.span.toYear;
    return datesCompatible(dbToPartialDate(c.date, c.datePrecision), agreement.date);
  });
}
