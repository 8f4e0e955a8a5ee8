/**
 * Load: write one article and everything extracted from it, in one
 * transaction. Re-running it for the same story changes nothing.
 */
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { contentHashOf, SAME_STORY_SIMILARITY, storySimilarity } from './dedupe.ts';
import { datesCompatible, dbToPartialDate, finerDate, partialDateToDb } from './dates.ts';
import { dateParam, insertIgnoring, insertTogether, NOW_UTC, param, typed } from './loadSql.ts';
import { agreementKey, findSameAgreement, findSameMeeting, meetingKey, resolvePeople, type StoredAgreement, type StoredMeetingRow } from './resolve.ts';
import type { ExtractedAgreement, ExtractedMeeting, Extraction, NormalizedDocument, SourceSpan } from './types.ts';

type Tx = Prisma.TransactionClient;

/** What loading one document did. */
export interface LoadOutcome {
  /** `created`: a new story; `unchanged`: already known, nothing to add; `enriched`: already known, metadata added. */
  status: 'created' | 'unchanged' | 'enriched';
  articleId: number;
}

// One lock for all loads: entity resolution reads then writes, so two loads
// at once could both create the same person. Loads are short; readers never wait.
const INGEST_LOCK_KEY = 72_410_001;

/** Writes one normalized, extracted document; the whole article or nothing. */
export async function loadArticle(prisma: PrismaClient, doc: NormalizedDocument, extraction: Extraction): Promise<LoadOutcome> {
  const contentHash = contentHashOf(doc.body);
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${INGEST_LOCK_KEY})`);
      const same = await findSameStory(tx, doc, contentHash);
      if (same) return mergeRendering(tx, same, doc);
      const articleId = await writeArticle(tx, doc, contentHash, extraction);
      return { status: 'created' as const, articleId };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** The columns of a stored article the load reads. */
interface StoredArticle {
  id: number;
  title: string | null;
  url: string | null;
  publisher: string | null;
  agency: string | null;
  publishedAt: Date | null;
  body: string;
  sourceFiles: string[];
  contentHash: string;
}

const ARTICLE_COLUMNS = Prisma.raw(`"id", "title", "url", "publisher", "agency", "publishedAt", "body", "sourceFiles", "contentHash"`);

/** The stored article this document is a rendering of: same text, same URL, or a near-identical body on the same day. */
async function findSameStory(tx: Tx, doc: NormalizedDocument, contentHash: string): Promise<StoredArticle | undefined> {
  // Same text first, then same URL: one statement for both.
  const known = await tx.$queryRaw<StoredArticle[]>`
    SELECT ${ARTICLE_COLUMNS} FROM "Article" WHERE "contentHash" = ${contentHash} OR "url" = ${doc.meta.url ?? null}`;
  const byHash = known.find((a) => a.contentHash === contentHash);
  if (byHash) return byHash;
  if (doc.meta.url && known[0]) return known[0];
  const day = publicationDay(doc);
  const sameDay = day ? Prisma.sql`"publishedAt" = ${dateParam(day)}` : Prisma.sql`"publishedAt" IS NULL`;
  const candidates = await tx.$queryRaw<StoredArticle[]>`SELECT ${ARTICLE_COLUMNS} FROM "Article" WHERE ${sameDay} LIMIT 200`;
  return candidates.find((c) => storySimilarity(c.body, doc.body) >= SAME_STORY_SIMILARITY);
}

function publicationDay(doc: NormalizedDocument): Date | null {
  return doc.meta.publishedAt ? new Date(`${doc.meta.publishedAt}T00:00:00Z`) : null;
}

/** Another rendering of a known story: remember the file and fill in metadata the stored one lacks. */
async function mergeRendering(tx: Tx, stored: StoredArticle, doc: NormalizedDocument): Promise<LoadOutcome> {
  const fill: { title?: string; url?: string; publisher?: string; agency?: string; publishedAt?: Date } = {};
  for (const key of ['title', 'url', 'publisher', 'agency'] as const) {
    if (stored[key] == null && doc.meta[key]) fill[key] = doc.meta[key];
  }
  if (stored.publishedAt == null && doc.meta.publishedAt) fill.publishedAt = publicationDay(doc)!;
  const newFile = !stored.sourceFiles.includes(doc.origin);
  if (Object.keys(fill).length === 0 && !newFile) return { status: 'unchanged', articleId: stored.id };
  const next = { ...stored, ...fill, sourceFiles: newFile ? [...stored.sourceFiles, doc.origin] : stored.sourceFiles };
  await tx.$executeRaw`
    UPDATE "Article" SET "title" = ${next.title}, "url" = ${next.url}, "publisher" = ${next.publisher}, "agency" = ${next.agency},
      "publishedAt" = ${dateParam(next.publishedAt)}, "sourceFiles" = ${typed(next.sourceFiles, 'text[]')}, "updatedAt" = ${NOW_UTC}
    WHERE "id" = ${stored.id}`;
  return { status: Object.keys(fill).length ? 'enriched' : 'unchanged', articleId: stored.id };
}

async function writeArticle(tx: Tx, doc: NormalizedDocument, contentHash: string, extraction: Extraction): Promise<number> {
  const publishedAt = publicationDay(doc);
  const [article] = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Article" ("title", "url", "publisher", "agency", "publishedAt", "body", "contentHash", "sourceFiles", "createdAt", "updatedAt")
    VALUES (${doc.meta.title ?? null}, ${doc.meta.url ?? null}, ${doc.meta.publisher ?? null}, ${doc.meta.agency ?? null}, ${dateParam(publishedAt)},
      ${doc.body}, ${contentHash}, ${typed([doc.origin], 'text[]')}, ${NOW_UTC}, ${NOW_UTC})
    RETURNING "id"`;
  const articleId = article!.id;
  const people = await writePeople(tx, articleId, publishedAt, extraction);
  const meetingIds: number[] = [];
  for (const meeting of extraction.meetings) meetingIds.push(await writeMeeting(tx, articleId, people, meeting));
  for (const agreement of extraction.agreements) await writeAgreement(tx, articleId, people, meetingIds, agreement);
  return articleId;
}

/**
 * Resolves every person, then records all their mentions and roles and the
 * article's countries in one statement; returns name → person id. Three to
 * five statements whatever the number of people (this was one to four per
 * person, most of the time of a load).
 */
async function writePeople(tx: Tx, articleId: number, asOf: Date | null, extraction: Extraction): Promise<Map<string, number>> {
  const personIds = await resolvePeople(tx, extraction.people);
  const ids = new Map(extraction.people.map((person, i) => [person.name, personIds[i]!]));
  // In article order, so that of two names for one person the first mention is kept, as before.
  const mentions = extraction.people.map((person, i) => [param(articleId), param(personIds[i]), param(person.firstMention.quote), param(person.firstMention.position)]);
  const roles = extraction.people.flatMap((person, i) =>
    person.roles.map((role) => [
      param(personIds[i]),
      param(articleId),
      param(role.title),
      param(role.countryCode ?? null),
      dateParam(asOf),
      typed(asOf ? 'DAY' : null, '"DatePrecision"'),
      param(role.source.quote),
      param(role.source.position),
    ]),
  );
  const countries = extraction.countries.map((c) => [param(articleId), param(c.code), param(c.firstMention.quote), param(c.firstMention.position)]);
  await insertTogether(tx, [
    insertIgnoring('ArticlePerson', ['articleId', 'personId', 'quote', 'position'], mentions),
    insertIgnoring('PersonRole', ['personId', 'articleId', 'title', 'countryCode', 'asOf', 'asOfPrecision', 'quote', 'position'], roles),
    insertIgnoring('ArticleCountry', ['articleId', 'countryCode', 'quote', 'position'], countries),
  ]);
  return ids;
}

function participantIdsOf(people: Map<string, number>, names: readonly string[]): number[] {
  return [...new Set(names.map((n) => people.get(n)).filter((id): id is number => id !== undefined))];
}

async function writeMeeting(tx: Tx, articleId: number, people: Map<string, number>, meeting: ExtractedMeeting): Promise<number> {
  const ids = participantIdsOf(people, meeting.participants.map((p) => p.name));
  const same = await findSameMeeting(tx, ids, meeting);
  const { id: meetingId, date: meetingDate } = same ? await enrichMeeting(tx, same, meeting) : await createMeeting(tx, ids, meeting);
  // meetingDate copies the meeting's date (a person's meetings are ordered by it from an index);
  // personCountryCode is left to the insert trigger, which reads the person as resolvePeople left it.
  const participants = meeting.participants.flatMap((p) => {
    const personId = people.get(p.name);
    return personId === undefined ? [] : [[param(meetingId), param(personId), typed(p.role ?? null, '"ParticipantRole"'), dateParam(meetingDate)]];
  });
  await insertTogether(tx, [
    insertIgnoring('MeetingParticipant', ['meetingId', 'personId', 'role', 'meetingDate'], participants),
    insertIgnoring('MeetingSource', ['meetingId', 'articleId', 'quote', 'position'], sourceRows(meetingId, articleId, meeting.sources)),
  ]);
  return meetingId;
}

/** The stored meeting's id and date. */
interface StoredMeeting {
  id: number;
  date: Date | null;
}

async function createMeeting(tx: Tx, ids: number[], meeting: ExtractedMeeting): Promise<StoredMeeting> {
  const [created] = await tx.$queryRaw<StoredMeeting[]>`
    INSERT INTO "Meeting" ("key", "date", "datePrecision", "year", "status", "kind", "city", "venue", "countryCode")
    VALUES (${meetingKey(ids, meeting)}, ${dateParam(meeting.date ? partialDateToDb(meeting.date) : null)}, ${typed(meeting.date?.precision ?? null, '"DatePrecision"')},
      ${meeting.date?.year ?? null}, ${typed(meeting.status, '"MeetingStatus"')}, ${typed(meeting.kind, '"MeetingKind"')},
      ${meeting.city ?? null}, ${meeting.venue ?? null}, ${meeting.countryCode ?? null})
    RETURNING "id", "date"`;
  return created!;
}

/** A later report can make a date finer, add the place, or say a planned meeting was held or cancelled. */
async function enrichMeeting(tx: Tx, stored: StoredMeetingRow, meeting: ExtractedMeeting): Promise<StoredMeeting> {
  const storedDate = dbToPartialDate(stored.date, stored.datePrecision);
  const date = storedDate && meeting.date && datesCompatible(storedDate, meeting.date) ? finerDate(storedDate, meeting.date) : (storedDate ?? meeting.date);
  // With no date on either side the stored date columns are kept as they are.
  const dateColumns = date
    ? Prisma.sql`"date" = ${dateParam(partialDateToDb(date))}, "datePrecision" = ${typed(date.precision, '"DatePrecision"')}, "year" = ${date.year},`
    : Prisma.empty;
  const status = stored.status === 'PLANNED' && meeting.status !== 'PLANNED' ? meeting.status : stored.status;
  const [updated] = await tx.$queryRaw<StoredMeeting[]>`
    UPDATE "Meeting" SET ${dateColumns} "status" = ${typed(status, '"MeetingStatus"')},
      "city" = ${stored.city ?? meeting.city ?? null}, "venue" = ${stored.venue ?? meeting.venue ?? null}, "countryCode" = ${stored.countryCode ?? meeting.countryCode ?? null}
    WHERE "id" = ${stored.id}
    RETURNING "id", "date"`;
  return updated!;
}

async function writeAgreement(
  tx: Tx,
  articleId: number,
  people: Map<string, number>,
  meetingIds: number[],
  agreement: ExtractedAgreement,
): Promise<void> {
  const meetingId = agreement.meetingIndex !== undefined ? (meetingIds[agreement.meetingIndex] ?? null) : null;
  const same = await findSameAgreement(tx, agreement);
  const { id: agreementId, date: agreementDate } = same ? await enrichAgreement(tx, same, agreement, meetingId) : await createAgreement(tx, agreement, meetingId);
  // agreementDate copies the agreement's date: a country's or a person's agreements are ordered by it from an index.
  const parties = agreement.parties.map((countryCode) => [param(agreementId), param(countryCode), dateParam(agreementDate)]);
  const signatories = participantIdsOf(people, agreement.signatories).map((personId) => [param(agreementId), param(personId), dateParam(agreementDate)]);
  await insertTogether(tx, [
    insertIgnoring('AgreementParty', ['agreementId', 'countryCode', 'agreementDate'], parties),
    insertIgnoring('AgreementSignatory', ['agreementId', 'personId', 'agreementDate'], signatories),
    insertIgnoring('AgreementSource', ['agreementId', 'articleId', 'quote', 'position'], sourceRows(agreementId, articleId, agreement.sources)),
  ]);
}

/** The stored agreement's id and date. */
interface AgreementRef {
  id: number;
  date: Date | null;
}

/** Another report of a known agreement adds topics, a value and the meeting it was signed at. */
async function enrichAgreement(tx: Tx, same: StoredAgreement, agreement: ExtractedAgreement, meetingId: number | null): Promise<AgreementRef> {
  const [updated] = await tx.$queryRaw<AgreementRef[]>`
    UPDATE "Agreement" SET "topics" = ${typed([...new Set([...same.topics, ...agreement.topics])].sort(), 'text[]')},
      "valueUsd" = ${same.valueUsd ?? agreement.valueUsd ?? null}::double precision, "meetingId" = ${same.meetingId ?? meetingId}::int
    WHERE "id" = ${same.id}
    RETURNING "id", "date"`;
  return updated!;
}

async function createAgreement(tx: Tx, agreement: ExtractedAgreement, meetingId: number | null): Promise<AgreementRef> {
  const [created] = await tx.$queryRaw<AgreementRef[]>`
    INSERT INTO "Agreement" ("key", "title", "kind", "date", "datePrecision", "year", "spanFromYear", "spanToYear",
      "documentCount", "documentCountApproximate", "topics", "valueUsd", "meetingId")
    VALUES (${agreementKey(agreement)}, ${agreement.title}, ${typed(agreement.kind, '"AgreementKind"')},
      ${dateParam(agreement.date ? partialDateToDb(agreement.date) : null)}, ${typed(agreement.date?.precision ?? null, '"DatePrecision"')},
      ${agreement.date?.year ?? null}::int, ${agreement.span?.fromYear ?? null}::int, ${agreement.span?.toYear ?? null}::int,
      ${agreement.documentCount ?? null}::int, ${agreement.documentCountApproximate}, ${typed([...new Set(agreement.topics)].sort(), 'text[]')},
      ${agreement.valueUsd ?? null}::double precision, ${meetingId}::int)
    RETURNING "id", "date"`;
  return created!;
}

function sourceRows(id: number, articleId: number, sources: readonly SourceSpan[]): Prisma.Sql[][] {
  return sources.map((s) => [param(id), param(articleId), param(s.quote), param(s.position)]);
}
