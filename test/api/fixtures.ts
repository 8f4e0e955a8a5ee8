/**
 * Typed fixture builders for the API tests: each test file builds exactly the
 * rows it asserts on (after `truncateContent`), so the tests do not depend on
 * what extraction makes of the seed corpus.
 */
import type {
  Agreement,
  AgreementKind,
  Article,
  DatePrecision,
  Meeting,
  MeetingKind,
  MeetingStatus,
  ParticipantRole,
  Person,
  PersonRole,
} from '../../src/generated/prisma/client.ts';
import type { PrismaClient } from '../../src/db/prisma.ts';
import { foldName, nameKeysOf } from '../../src/people/names.ts';

let sequence = 0;
const next = () => ++sequence;

/** A DATE column value from "YYYY[-MM[-DD]]" and the precision that string has. */
export function day(text: string): { date: Date; precision: DatePrecision } {
  const [y, m, d] = text.split('-').map(Number);
  const precision: DatePrecision = d !== undefined ? 'DAY' : m !== undefined ? 'MONTH' : 'YEAR';
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), precision };
}

/** Makes sure a country exists (the test template may carry no country list). */
export async function country(prisma: PrismaClient, code: string, name: string, aliases: string[] = []) {
  return prisma.country.upsert({ where: { code }, update: {}, create: { code, name, demonyms: [], aliases } });
}

/** The countries most fixtures use. */
export async function countries(prisma: PrismaClient): Promise<void> {
  await country(prisma, 'VE', 'Venezuela', ['Caracas']);
  await country(prisma, 'RU', 'Russia', ['Moscow', 'Kremlin']);
  await country(prisma, 'CN', 'China', ['Beijing']);
  await country(prisma, 'CU', 'Cuba', ['Havana']);
}

export interface ArticleInput {
  title?: string;
  body?: string;
  publisher?: string;
  publishedAt?: string | null;
  url?: string;
}

/** An article; body and title default to something unique. */
export function article(prisma: PrismaClient, input: ArticleInput = {}): Promise<Article> {
  const n = next();
  return prisma.article.create({
    data: {
      title: input.title ?? `Article ${n}`,
      body: input.body ?? `Body of article ${n}.`,
      publisher: input.publisher ?? 'Fixture Press',
      url: input.url ?? `https://example.test/articles/${n}`,
      publishedAt: input.publishedAt === null ? null : day(input.publishedAt ?? '2024-01-01').date,
      contentHash: `fixture-${n}-${Math.random()}`,
      sourceFiles: [`fixture-${n}.md`],
    },
  });
}

/** A person with name keys computed as ingestion does; `key` (default: the folded name) tells namesakes apart. */
export function person(prisma: PrismaClient, name: string, options: { aliases?: string[]; countryCode?: string; key?: string } = {}): Promise<Person> {
  const aliases = options.aliases ?? [];
  return prisma.person.create({
    data: { name, key: options.key ?? foldName(name), aliases, nameKeys: nameKeysOf(name, aliases), countryCode: options.countryCode ?? null },
  });
}

export interface MeetingInput {
  date?: string | null;
  status?: MeetingStatus;
  kind?: MeetingKind;
  city?: string;
  venue?: string;
  countryCode?: string;
  participants?: { person: Person; role?: ParticipantRole }[];
  sources?: { article: Article; quote: string; position?: number }[];
}

/** A meeting with its participants and sources. */
export function meeting(prisma: PrismaClient, input: MeetingInput = {}): Promise<Meeting> {
  const when = input.date === null ? undefined : day(input.date ?? '2024-01-01');
  return prisma.meeting.create({
    data: {
      key: `meeting-${next()}`,
      date: when?.date ?? null,
      datePrecision: when?.precision ?? null,
      year: when?.date.getUTCFullYear() ?? null,
      status: input.status ?? 'HELD',
      kind: input.kind ?? 'IN_PERSON',
      city: input.city ?? null,
      venue: input.venue ?? null,
      countryCode: input.countryCode ?? null,
      participants: { create: (input.participants ?? []).map((p) => ({ personId: p.person.id, role: p.role ?? null })) },
      sources: {
        create: (input.sources ?? []).map((s, i) => ({ articleId: s.article.id, quote: s.quote, position: s.position ?? i * 100 })),
      },
    },
  });
}

export interface AgreementInput {
  title?: string;
  kind?: AgreementKind;
  date?: string | null;
  /** Overrides the year taken from `date`; null for a span total. */
  year?: number | null;
  spanFromYear?: number;
  spanToYear?: number;
  documentCount?: number | null;
  documentCountApproximate?: boolean;
  topics?: string[];
  parties?: string[];
  signatories?: Person[];
  meeting?: Meeting;
  sources?: { article: Article; quote: string; position?: number }[];
}

/** An agreement with its parties, signatories and sources. */
export function agreement(prisma: PrismaClient, input: AgreementInput = {}): Promise<Agreement> {
  const when = input.date === null ? undefined : day(input.date ?? '2024-01-01');
  const n = next();
  return prisma.agreement.create({
    data: {
      key: `agreement-${n}`,
      title: input.title ?? `Agreement ${n}`,
      kind: input.kind ?? 'AGREEMENT',
      date: when?.date ?? null,
      datePrecision: when?.precision ?? null,
      year: input.year !== undefined ? input.year : (when?.date.getUTCFullYear() ?? null),
      spanFromYear: input.spanFromYear ?? null,
      spanToYear: input.spanToYear ?? null,
      documentCount: input.documentCount ?? null,
      documentCountApproximate: input.documentCountApproximate ?? false,
      topics: input.topics ?? [],
      meetingId: input.meeting?.id ?? null,
      parties: { create: (input.parties ?? []).map((countryCode) => ({ countryCode })) },
      signatories: { create: (input.signatories ?? []).map((p) => ({ personId: p.id })) },
      sources: {
        create: (input.sources ?? []).map((s, i) => ({ articleId: s.article.id, quote: s.quote, position: s.position ?? i * 100 })),
      },
    },
  });
}

/** A role stated by an article sentence. */
export function role(
  prisma: PrismaClient,
  input: { person: Person; title: string; countryCode?: string; asOf?: string; article: Article; quote: string; position?: number },
): Promise<PersonRole> {
  const when = input.asOf ? day(input.asOf) : undefined;
  return prisma.personRole.create({
    data: {
      personId: input.person.id,
      title: input.title,
      countryCode: input.countryCode ?? null,
      asOf: when?.date ?? null,
      asOfPrecision: when?.precision ?? null,
      articleId: input.article.id,
      quote: input.quote,
      position: input.position ?? 0,
    },
  });
}

/** Links a person or country to an article that names it. */
export async function mention(prisma: PrismaClient, art: Article, what: { person?: Person; countryCode?: string }, position = 0): Promise<void> {
  if (what.person) await prisma.articlePerson.create({ data: { articleId: art.id, personId: what.person.id, quote: 'q', position } });
  if (what.countryCode) await prisma.articleCountry.create({ data: { articleId: art.id, countryCode: what.countryCode, quote: 'q', position } });
}
