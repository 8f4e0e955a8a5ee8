/**
 * The facts of one story, without its text: a meeting and the agreements
 * signed at it (or reported alongside). Story `n` is a pure function of
 * (seed, n), so every table pass can regenerate exactly the same facts.
 */
import { dayOf, partsOf, startOfMonth, startOfYear } from './calendar.ts';
import { chance, intBetween, pick, rngFor, sample, Stream, weighted, type Rng } from './random.ts';
import { TOPICS, VENUES } from './vocabulary.ts';
import type { SyntheticCountry, SyntheticPerson, World } from './world.ts';

export type Precision = 'YEAR' | 'MONTH' | 'DAY';
export type MeetingStatus = 'HELD' | 'PLANNED' | 'CANCELLED';
export type MeetingKind = 'IN_PERSON' | 'PHONE_CALL' | 'VIDEO_CALL';
export type AgreementKind = 'TREATY' | 'AGREEMENT' | 'CONTRACT' | 'MEMORANDUM' | 'PACKAGE';

/** First and last day an article can be published: 25 years, leaving room for planned meetings to fall inside 2025. */
// A week into 2001, so a meeting held a day before its article, or a contract a few days before, is still in 2001.
const FIRST_DAY = dayOf(2001, 1, 8);
const LAST_DAY = dayOf(2025, 10, 31);

export interface MeetingPlan {
  id: number;
  key: string;
  day: number;
  precision: Precision;
  status: MeetingStatus;
  kind: MeetingKind;
  /** Host first; every participant distinct; the first two from different countries. */
  participants: SyntheticPerson[];
  /** The host's country and capital for in-person meetings; null for calls. */
  country: SyntheticCountry | null;
  city: string | null;
  venue: string | null;
}

export interface AgreementPlan {
  id: number;
  key: string;
  kind: AgreementKind;
  /** Null for a total over a span of years. */
  day: number | null;
  precision: Precision | null;
  span: { fromYear: number; toYear: number } | null;
  documentCount: number | null;
  documentCountApproximate: boolean;
  topics: string[];
  valueUsd: number | null;
  /** Null when reported alongside the meeting rather than signed at it. */
  meetingId: number | null;
  parties: [SyntheticCountry, SyntheticCountry];
  signatories: SyntheticPerson[];
  /** What a contract is for (contracts only). */
  contractFor: string | null;
}

export interface StoryPlan {
  /** 0-based; the article and the meeting have id `index + 1`. */
  index: number;
  articleDay: number;
  meeting: MeetingPlan;
  agreements: AgreementPlan[];
}

/** Publication day of story `index`'s article: uniform over 2001–2025. */
export function storyDay(seed: number, index: number): number {
  return FIRST_DAY + Math.floor(rngFor(seed, Stream.storyDate, index).next() * (LAST_DAY - FIRST_DAY + 1));
}

/** The facts of story `index`; its agreements take ids from `firstAgreementId` on. */
export function planStory(world: World, index: number, firstAgreementId: number): StoryPlan {
  const rng = rngFor(world.seed, Stream.storyPlan, index);
  const articleDay = world.storyDay(index);
  const meeting = planMeeting(rng, world, index, articleDay);
  const agreements = planAgreements(rng, meeting, articleDay, firstAgreementId);
  return { index, articleDay, meeting, agreements };
}

/**
 * Every story in order, numbering agreements as it goes. Each table pass walks
 * its own cursor, and since plans are pure they all number agreements alike.
 */
export function* storyPlans(world: World): Generator<StoryPlan> {
  let nextAgreementId = 1;
  for (let index = 0; index < world.articleCount; index++) {
    const plan = planStory(world, index, nextAgreementId);
    nextAgreementId += plan.agreements.length;
    yield plan;
  }
}

function planMeeting(rng: Rng, world: World, index: number, articleDay: number): MeetingPlan {
  const size = weighted(rng, [[2, 66], [3, 12], [4, 10], [5, 7], [6, 5]] as const);
  const kind: MeetingKind = size > 2
    ? weighted(rng, [['IN_PERSON', 85], ['VIDEO_CALL', 12], ['PHONE_CALL', 3]] as const)
    : weighted(rng, [['IN_PERSON', 78], ['PHONE_CALL', 14], ['VIDEO_CALL', 8]] as const);
  const status = weighted(rng, [['HELD', 85], ['PLANNED', 10], ['CANCELLED', 5]] as const);
  const { day, precision } = meetingDate(rng, status, articleDay);
  const participants = drawParticipants(rng, world, size);
  const host = participants[0] as SyntheticPerson;
  const inPerson = kind === 'IN_PERSON';
  return {
    id: index + 1,
    key: `syn:m:${index + 1}`,
    day,
    precision,
    status,
    kind,
    participants,
    country: inPerson ? host.country : null,
    city: inPerson ? host.country.capital : null,
    venue: inPerson && chance(rng, 0.25) ? pick(rng, VENUES) : null,
  };
}

/** When the meeting is (or was to be) relative to the article: held just before, planned or cancelled ahead. */
function meetingDate(rng: Rng, status: MeetingStatus, articleDay: number): { day: number; precision: Precision } {
  if (status === 'PLANNED') {
    return chance(rng, 0.6)
      ? { day: articleDay + intBetween(rng, 3, 60), precision: 'DAY' }
      : { day: startOfMonth(articleDay + intBetween(rng, 20, 60)), precision: 'MONTH' };
  }
  if (status === 'CANCELLED') return { day: articleDay + intBetween(rng, 0, 20), precision: 'DAY' };
  const precision = weighted(rng, [['DAY', 85], ['MONTH', 11], ['YEAR', 4]] as const);
  if (precision === 'DAY') return { day: articleDay - intBetween(rng, 0, 1), precision };
  if (precision === 'MONTH') return { day: startOfMonth(articleDay), precision };
  return { day: startOfYear(articleDay), precision };
}

/**
 * Participants by popularity (Zipf over ranks): distinct people, the first
 * two from different countries so every meeting is between countries.
 */
function drawParticipants(rng: Rng, world: World, size: number): SyntheticPerson[] {
  const chosen: SyntheticPerson[] = [drawPerson(rng, world)];
  const host = chosen[0] as SyntheticPerson;
  while (chosen.length < size) {
    const mustDiffer = chosen.length === 1;
    let candidate: SyntheticPerson | undefined;
    for (let attempt = 0; attempt < 40 && !candidate; attempt++) {
      const p = drawPerson(rng, world);
      const fresh = !chosen.includes(p);
      const otherCountry = p.country.code !== host.country.code;
      if (fresh && (otherCountry || (!mustDiffer && attempt >= 20))) candidate = p;
    }
    candidate ??= firstUnchosen(world, chosen, mustDiffer ? host.country.code : null);
    if (!candidate) break;
    chosen.push(candidate);
  }
  if (chosen.length < 2) throw new Error('synthetic corpus: every person is from one country; cannot stage a meeting between countries');
  return chosen;
}

function drawPerson(rng: Rng, world: World): SyntheticPerson {
  return world.byRank[world.popularity.draw(rng)] as SyntheticPerson;
}

/** The most popular person not chosen yet (from another country when asked): the fallback when draws keep colliding. */
function firstUnchosen(world: World, chosen: readonly SyntheticPerson[], notFrom: string | null): SyntheticPerson | undefined {
  return world.byRank.find((p) => !chosen.includes(p) && p.country.code !== notFrom);
}

/** Agreements signed at held in-person meetings, and sometimes one reported alongside any story. */
function planAgreements(rng: Rng, meeting: MeetingPlan, articleDay: number, firstId: number): AgreementPlan[] {
  const out: AgreementPlan[] = [];
  const signing = meeting.status === 'HELD' && meeting.kind === 'IN_PERSON';
  const count = signing ? weighted(rng, [[0, 15], [1, 40], [2, 30], [3, 15]] as const) : 0;
  for (let i = 0; i < count; i++) out.push(signedAt(rng, meeting, firstId + out.length));
  if (chance(rng, 0.08)) out.push(reportedAlongside(rng, meeting, articleDay, firstId + out.length));
  return out;
}

function partiesOf(meeting: MeetingPlan): [SyntheticCountry, SyntheticCountry] {
  const [host, visitor] = meeting.participants as [SyntheticPerson, SyntheticPerson];
  return [host.country, visitor.country];
}

function signedAt(rng: Rng, meeting: MeetingPlan, id: number): AgreementPlan {
  const kind = weighted(rng, [['TREATY', 5], ['AGREEMENT', 35], ['CONTRACT', 20], ['MEMORANDUM', 28], ['PACKAGE', 12]] as const);
  const topics = sample(rng, TOPICS, kind === 'CONTRACT' ? 1 : intBetween(rng, 1, 3));
  const [host, visitor] = meeting.participants as [SyntheticPerson, SyntheticPerson];
  const isPackage = kind === 'PACKAGE';
  const valued = kind === 'CONTRACT' ? chance(rng, 0.7) : isPackage && chance(rng, 0.3);
  return {
    id,
    key: `syn:a:${id}`,
    kind,
    day: meeting.day,
    precision: meeting.precision,
    span: null,
    documentCount: isPackage ? intBetween(rng, 2, 30) : null,
    documentCountApproximate: isPackage && chance(rng, 0.15),
    topics: topics.map((t) => t.topic),
    valueUsd: valued ? dollarAmount(rng) : null,
    meetingId: meeting.id,
    parties: partiesOf(meeting),
    signatories: chance(rng, 0.6) ? [host, visitor] : [pick(rng, [host, visitor])],
    contractFor: kind === 'CONTRACT' ? (topics[0]?.contractFor ?? null) : null,
  };
}

/** A multi-year total ("about 120 agreements since 2009") or a contract signed by others, with no meeting. */
function reportedAlongside(rng: Rng, meeting: MeetingPlan, articleDay: number, id: number): AgreementPlan {
  const parties = partiesOf(meeting);
  const toYear = partsOf(articleDay).year;
  if (chance(rng, 0.5)) {
    return {
      id, key: `syn:a:${id}`, kind: 'AGREEMENT', day: null, precision: null,
      span: { fromYear: toYear - intBetween(rng, 5, 20), toYear },
      documentCount: intBetween(rng, 10, 300), documentCountApproximate: chance(rng, 0.6),
      topics: [], valueUsd: null, meetingId: null, parties, signatories: [], contractFor: null,
    };
  }
  const topic = pick(rng, TOPICS);
  return {
    id, key: `syn:a:${id}`, kind: 'CONTRACT', day: articleDay - intBetween(rng, 1, 5), precision: 'DAY', span: null,
    documentCount: null, documentCountApproximate: false, topics: [topic.topic], valueUsd: dollarAmount(rng),
    meetingId: null, parties, signatories: [], contractFor: topic.contractFor,
  };
}

/** Two significant digits, from $1 million to $9.9 billion, as news rounds them. */
function dollarAmount(rng: Rng): number {
  return intBetween(rng, 10, 99) * 10 ** intBetween(rng, 5, 8);
}
