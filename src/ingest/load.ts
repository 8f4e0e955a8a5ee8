/**
 * Load: write one article and everything extracted from it, in one
 * transaction. Re-running it for the same story changes nothing.
 */
import type { Article, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { contentHashOf, SAME_STORY_SIMILARITY, storySimilarity } from './dedupe.ts';
import { datesCompatible, dbToPartialDate, finerDate, partialDateToDb } from './dates.ts';
import { agreementKey, findSameAgreement, findSameMeeting, meetingKey, resolvePeople } from './resolve.ts';
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

/** The stored article this document is a rendering of: same text, same URL, or a near-identical body on the same day. */
async function findSameStory(tx: Tx, doc: NormalizedDocument, contentHash: string): Promise<Article | undefined> {
  const byHash = await tx.article.findUnique({ where: { contentHash } });
  if (byHash) return byHash;
  if (doc.meta.url) {
    const byUrl = await tx.article.findUnique({ where: { url: doc.meta.url } });
    if (byUrl) return byUrl;
  }
  const day = doc.meta.publishedAt ? new Date(`${doc.meta.publishedAt}T00:00:00Z`) : null;
  const candidates = await tx.article.findMany({ where: { publishedAt: day }, take: 200 });
  return candidates.find((c) => storySimilarity(c.body, doc.body) >= SAME_STORY_SIMILARITY);
}

/** Another rendering of a known story: remember the file and fill in metadata the stored one lacks. */
async function mergeRendering(tx: Tx, stored: Article, doc: NormalizedDocument): Promise<LoadOutcome> {
  const fill: { title?: string; url?: string; publisher?: string; agency?: string; publishedAt?: Date } = {};
  for (const key of ['title', 'url', 'publisher', 'agency'] as const) {
    if (stored[key] == null && doc.meta[key]) fill[key] = doc.meta[key];
  }
  if (stored.publishedAt == null && doc.meta.publishedAt) fill.publishedAt = new Date(`${doc.meta.publishedAt}T00:00:00Z`);
  const newFile = !stored.sourceFiles.includes(doc.origin);
  if (Object.keys(fill).length === 0 && !newFile) return { status: 'unchanged', articleId: stored.id };
  await tx.article.update({
    where: { id: stored.id },
    data: { ...fill, ...(newFile ? { sourceFiles: [...stored.sourceFiles, doc.origin] } : {}) },
  });
  return { status: Object.keys(fill).length ? 'enriched' : 'unchanged', articleId: stored.id };
}

async function writeArticle(tx: Tx, doc: NormalizedDocument, contentHash: string, extraction: Extraction): Promise<number> {
  const publishedAt = doc.meta.publishedAt ? new Date(`${doc.meta.publishedAt}T00:00:00Z`) : null;
  const article = await tx.article.create({
    data: {
      title: doc.meta.title ?? null,
      url: doc.meta.url ?? null,
      publisher: doc.meta.publisher ?? null,
      agency: doc.meta.agency ?? null,
      publishedAt,
      body: doc.body,
      contentHash,
      sourceFiles: [doc.origin],
    },
  });
  const people = await writePeople(tx, article.id, publishedAt, extraction);
  await writeCountries(tx, article.id, extraction);
  const meetingIds: number[] = [];
  for (const meeting of extraction.meetings) meetingIds.push(await writeMeeting(tx, article.id, people, meeting));
  for (const agreement of extraction.agreements) await writeAgreement(tx, article.id, people, meetingIds, agreement);
  return article.id;
}

/**
 * Resolves every person and records their roles and the article mentions;
 * returns name → person id. Three to five statements whatever the number of
 * people: this was one to four per person, most of the time of a load.
 */
async function writePeople(tx: Tx, articleId: number, asOf: Date | null, extraction: Extraction): Promise<Map<string, number>> {
  const personIds = await resolvePeople(tx, extraction.people);
  const ids = new Map(extraction.people.map((person, i) => [person.name, personIds[i]!]));
  if (extraction.people.length === 0) return ids;
  // In article order, so that of two names for one person the first mention is kept, as before.
  await tx.articlePerson.createMany({
    data: extraction.people.map((person, i) => ({ articleId, personId: personIds[i]!, quote: person.firstMention.quote, position: person.firstMention.position })),
    skipDuplicates: true,
  });
  const roles = extraction.people.flatMap((person, i) =>
    person.roles.map((role) => ({
      personId: personIds[i]!,
      articleId,
      title: role.title,
      countryCode: role.countryCode ?? null,
      asOf,
      asOfPrecision: asOf ? ('DAY' as const) : null,
      quote: role.source.quote,
      position: role.source.position,
    })),
  );
  if (roles.length) await tx.personRole.createMany({ data: roles, skipDuplicates: true });
  return ids;
}

async function writeCountries(tx: Tx, articleId: number, extraction: Extraction): Promise<void> {
  await tx.articleCountry.createMany({
    data: extraction.countries.map((c) => ({ articleId, countryCode: c.code, quote: c.firstMention.quote, position: c.firstMention.position })),
    skipDuplicates: true,
  });
}

function participantIdsOf(people: Map<string, number>, names: readonly string[]): number[] {
  return [...new Set(names.map((n) => people.get(n)).filter((id): id is number => id !== undefined))];
}

async function writeMeeting(tx: Tx, articleId: number, people: Map<string, number>, meeting: ExtractedMeeting): Promise<number> {
  const ids = participantIdsOf(people, meeting.participants.map((p) => p.name));
  const same = await findSameMeeting(tx, ids, meeting);
  const { id: meetingId, date: meetingDate } = same ? await enrichMeeting(tx, same, meeting) : await createMeeting(tx, ids, meeting);
  // meetingDate copies the meeting's date (a person's meetings are ordered by it from an index);
  // personCountryCode is left to the insert trigger, which reads the person as resolvePerson left it.
  await tx.meetingParticipant.createMany({
    data: meeting.participants.flatMap((p) => {
      const personId = people.get(p.name);
      return personId === undefined ? [] : [{ meetingId, personId, role: p.role ?? null, meetingDate }];
    }),
    skipDuplicates: true,
  });
  await writeSources(tx, 'meeting', meetingId, articleId, meeting.sources);
  return meetingId;
}

/** The stored meeting's id and date. */
interface StoredMeeting {
  id: number;
  date: Date | null;
}

async function createMeeting(tx: Tx, ids: number[], meeting: ExtractedMeeting): Promise<StoredMeeting> {
  const created = await tx.meeting.create({
    data: {
      key: meetingKey(ids, meeting),
      date: meeting.date ? partialDateToDb(meeting.date) : null,
      datePrecision: meeting.date?.precision ?? null,
      year: meeting.date?.year ?? null,
      status: meeting.status,
      kind: meeting.kind,
      city: meeting.city ?? null,
      venue: meeting.venue ?? null,
      countryCode: meeting.countryCode ?? null,
    },
  });
  return { id: created.id, date: created.date };
}

/** A later report can make a date finer, add the place, or say a planned meeting was held or cancelled. */
async function enrichMeeting(
  tx: Tx,
  stored: { id: number; date: Date | null; datePrecision: 'YEAR' | 'MONTH' | 'DAY' | null; status: string; city: string | null; venue: string | null; countryCode: string | null },
  meeting: ExtractedMeeting,
): Promise<StoredMeeting> {
  const storedDate = dbToPartialDate(stored.date, stored.datePrecision);
  const date = storedDate && meeting.date && datesCompatible(storedDate, meeting.date) ? finerDate(storedDate, meeting.date) : (storedDate ?? meeting.date);
  const updated = await tx.meeting.update({
    where: { id: stored.id },
    data: {
      ...(date ? { date: partialDateToDb(date), datePrecision: date.precision, year: date.year } : {}),
      ...(stored.status === 'PLANNED' && meeting.status !== 'PLANNED' ? { status: meeting.status } : {}),
      city: stored.city ?? meeting.city ?? null,
      venue: stored.venue ?? meeting.venue ?? null,
      countryCode: stored.countryCode ?? meeting.countryCode ?? null,
    },
  });
  return { id: updated.id, date: updated.date };
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
  const stored = same
    ? await tx.agreement.update({
      where: { id: same.id },
      data: {
        topics: [...new Set([...same.topics, ...agreement.topics])].sort(),
        valueUsd: same.valueUsd ?? agreement.valueUsd ?? null,
        meetingId: same.meetingId ?? meetingId,
      },
    })
    : await tx.agreement.create({
      data: {
        key: agreementKey(agreement),
        title: agreement.title,
        kind: agreement.kind,
        date: agreement.date ? partialDateToDb(agreement.date) : null,
        datePrecision: agreement.date?.precision ?? null,
        year: agreement.date?.year ?? null,
        spanFromYear: agreement.span?.fromYear ?? null,
        spanToYear: agreement.span?.toYear ?? null,
        documentCount: agreement.documentCount ?? null,
        documentCountApproximate: agreement.documentCountApproximate,
        topics: [...new Set(agreement.topics)].sort(),
        valueUsd: agreement.valueUsd ?? null,
        meetingId,
      },
    });
  const { id: agreementId, date: agreementDate } = stored;
  // agreementDate copies the agreement's date: a country's or a person's agreements are ordered by it from an index.
  await tx.agreementParty.createMany({ data: agreement.parties.map((countryCode) => ({ agreementId, countryCode, agreementDate })), skipDuplicates: true });
  await tx.agreementSignatory.createMany({
    data: participantIdsOf(people, agreement.signatories).map((personId) => ({ agreementId, personId, agreementDate })),
    skipDuplicates: true,
  });
  await writeSources(tx, 'agreement', agreementId, articleId, agreement.sources);
}

async function writeSources(tx: Tx, kind: 'meeting' | 'agreement', id: number, articleId: number, sources: SourceSpan[]): Promise<void> {
  const rows = sources.map((s) => ({ articleId, quote: s.quote, position: s.position }));
  if (kind === 'meeting') await tx.meetingSource.createMany({ data: rows.map((r) => ({ ...r, meetingId: id })), skipDuplicates: true });
  else await tx.agreementSource.createMany({ data: rows.map((r) => ({ ...r, agreementId: id })), skipDuplicates: true });
}
