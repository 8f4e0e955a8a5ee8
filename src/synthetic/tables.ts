/**
 * One entry per table: its columns and how its rows come out of the cast or
 * out of the stories. Listed in foreign-key order, which is the load order.
 */
import { contentHashOf } from '../ingest/dedupe.ts';
import { isoDate, isoNoon, partsOf } from './calendar.ts';
import type { Cell } from './copy.ts';
import { listOf, writtenStories, type WrittenStory } from './article.ts';
import { storyPlans, type StoryPlan } from './plan.ts';
import type { World } from './world.ts';

/** How a table's rows are produced. Story passes report each story so progress can follow them. */
export interface TableSpec {
  table: string;
  columns: readonly string[];
  /** True when the rows come from walking every story (progress is counted in stories). */
  perStory: boolean;
  rows(world: World, onStory: (index: number) => void): Iterable<readonly Cell[]>;
}

/** Rows from each story's plan (no text needed: cheap). */
function fromPlans(emit: (plan: StoryPlan) => Iterable<readonly Cell[]>) {
  return function* (world: World, onStory: (index: number) => void): Generator<readonly Cell[]> {
    for (const plan of storyPlans(world)) {
      yield* emit(plan);
      onStory(plan.index);
    }
  };
}

/** Rows from each story's written article, with `serial` numbering rows that have their own id. */
function fromArticles(emit: (story: WrittenStory, serial: () => number) => Iterable<readonly Cell[]>) {
  return function* (world: World, onStory: (index: number) => void): Generator<readonly Cell[]> {
    let id = 0;
    const serial = () => ++id;
    for (const story of writtenStories(world)) {
      yield* emit(story, serial);
      onStory(story.plan.index);
    }
  };
}

const yearOf = (day: number | null) => (day === null ? null : partsOf(day).year);
const dateOf = (day: number | null) => (day === null ? null : isoDate(day));

/** Every table the synthetic corpus fills, in load order. */
export const TABLES: readonly TableSpec[] = [
  {
    table: 'Person',
    columns: ['id', 'name', 'key', 'aliases', 'nameKeys', 'countryCode'],
    perStory: false,
    *rows(world) {
      for (const p of world.people) yield [p.id, p.name, p.key, p.aliases, p.nameKeys, p.country.code];
    },
  },
  {
    table: 'Article',
    columns: ['id', 'title', 'publisher', 'agency', 'url', 'publishedAt', 'body', 'contentHash', 'sourceFiles', 'createdAt', 'updatedAt'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }) {
      // Timestamps derive from the publication day so reruns are byte-identical.
      const stamp = isoNoon(a.publishedDay);
      // The ingest pipeline's own hash, so ingesting the same text later finds this article.
      yield [a.id, a.title, a.publisher, a.agency, a.url, isoDate(a.publishedDay), a.body, contentHashOf(a.body), [], stamp, stamp];
    }),
  },
  {
    table: 'PersonRole',
    columns: ['id', 'personId', 'title', 'countryCode', 'asOf', 'asOfPrecision', 'articleId', 'quote', 'position'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }) {
      for (const { person, role, span } of a.roles) {
        yield [role.id, person.id, role.title, person.country.code, isoDate(role.asOfDay), 'DAY', a.id, span.quote, span.position];
      }
    }),
  },
  {
    table: 'ArticlePerson',
    columns: ['articleId', 'personId', 'quote', 'position'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }) {
      for (const [personId, span] of a.people) yield [a.id, personId, span.quote, span.position];
    }),
  },
  {
    table: 'ArticleCountry',
    columns: ['articleId', 'countryCode', 'quote', 'position'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }) {
      for (const [code, span] of a.countries) yield [a.id, code, span.quote, span.position];
    }),
  },
  {
    table: 'Meeting',
    columns: ['id', 'key', 'date', 'datePrecision', 'year', 'status', 'kind', 'city', 'venue', 'countryCode', 'summary'],
    perStory: true,
    rows: fromPlans(function* ({ meeting: m }) {
      yield [m.id, m.key, isoDate(m.day), m.precision, yearOf(m.day), m.status, m.kind, m.city, m.venue, m.country?.code ?? null, summaryOf(m)];
    }),
  },
  {
    table: 'MeetingParticipant',
    // meetingDate and personCountryCode copy Meeting.date and Person.countryCode (the sort keys of a
    // person's and a country's meetings); written here so that COPY skips the filling trigger.
    columns: ['meetingId', 'personId', 'role', 'meetingDate', 'personCountryCode'],
    perStory: true,
    rows: fromPlans(function* ({ meeting: m }) {
      const inPerson = m.kind === 'IN_PERSON';
      const date = isoDate(m.day);
      for (const [i, p] of m.participants.entries()) yield [m.id, p.id, inPerson ? (i === 0 ? 'HOST' : 'VISITOR') : null, date, p.country.code];
    }),
  },
  {
    table: 'MeetingSource',
    columns: ['id', 'meetingId', 'articleId', 'quote', 'position'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }, serial) {
      for (const { meetingId, span } of a.meetingSources) yield [serial(), meetingId, a.id, span.quote, span.position];
    }),
  },
  {
    table: 'Agreement',
    columns: ['id', 'key', 'title', 'kind', 'date', 'datePrecision', 'year', 'spanFromYear', 'spanToYear', 'documentCount', 'documentCountApproximate', 'topics', 'valueUsd', 'meetingId'],
    perStory: true,
    rows: fromPlans(function* ({ agreements }) {
      for (const a of agreements) {
        yield [a.id, a.key, agreementTitle(a), a.kind, dateOf(a.day), a.precision, yearOf(a.day), a.span?.fromYear ?? null, a.span?.toYear ?? null,
          a.documentCount, a.documentCountApproximate, a.topics, a.valueUsd, a.meetingId];
      }
    }),
  },
  {
    table: 'AgreementParty',
    // agreementDate copies Agreement.date (the sort key of a country's agreements).
    columns: ['agreementId', 'countryCode', 'agreementDate'],
    perStory: true,
    rows: fromPlans(function* ({ agreements }) {
      for (const a of agreements) for (const c of a.parties) yield [a.id, c.code, dateOf(a.day)];
    }),
  },
  {
    table: 'AgreementSignatory',
    // agreementDate copies Agreement.date (the sort key of a person's agreements).
    columns: ['agreementId', 'personId', 'agreementDate'],
    perStory: true,
    rows: fromPlans(function* ({ agreements }) {
      for (const a of agreements) for (const p of a.signatories) yield [a.id, p.id, dateOf(a.day)];
    }),
  },
  {
    table: 'AgreementSource',
    columns: ['id', 'agreementId', 'articleId', 'quote', 'position'],
    perStory: true,
    rows: fromArticles(function* ({ article: a }, serial) {
      for (const { agreementId, span } of a.agreementSources) yield [serial(), agreementId, a.id, span.quote, span.position];
    }),
  },
];

/** Tables with a serial `id` whose sequence must follow the explicit ids we wrote. */
export const SERIAL_TABLES = ['Article', 'Person', 'PersonRole', 'Meeting', 'MeetingSource', 'Agreement', 'AgreementSource'] as const;

/** Tables that hold ingested content; a non-empty one means real data we must not mix with. */
export const CONTENT_TABLES = ['Article', 'Person', 'Meeting', 'Agreement'] as const;

function summaryOf(m: StoryPlan['meeting']): string {
  const names = m.participants.map((p) => p.name);
  const between = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const what = m.kind === 'PHONE_CALL' ? 'Phone call' : m.kind === 'VIDEO_CALL' ? 'Video conference' : 'Talks';
  const where = m.city ? ` in ${m.city}` : '';
  const status = m.status === 'HELD' ? '' : m.status === 'PLANNED' ? ' (planned)' : ' (cancelled)';
  return `${what} between ${between}${where}${status}`;
}

function agreementTitle(a: StoryPlan['agreements'][number]): string {
  const [first, second] = a.parties;
  const topics = listOf(a.topics);
  const between = `between ${first.phrase} and ${second.phrase}`;
  switch (a.kind) {
    case 'TREATY':
      return `Treaty ${between} on ${topics}`;
    case 'AGREEMENT':
      return a.span ? `Agreements ${between}, ${a.span.fromYear}–${a.span.toYear}` : `Agreement ${between} on cooperation in ${topics}`;
    case 'MEMORANDUM':
      return `Memorandum of understanding ${between} on ${topics}`;
    case 'CONTRACT':
      return `Contract for ${a.contractFor ?? topics} ${between}`;
    case 'PACKAGE':
      return `${a.documentCount} documents ${between} on ${topics}`;
  }
}
