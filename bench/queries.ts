/**
 * The benchmark's queries, three ways each: our GraphQL API, PostGraphile 5's
 * own schema (amber preset + simplify-inflection: `meetings(condition:, orderBy:)`,
 * `meetingParticipants`, `countryByCountryCode`, `rowId` …, introspected once),
 * and a named hand-written SQL statement of the floor (see floor-sql.ts).
 *
 * Differences forced by the schemas, kept as small as they allow:
 * - Our `Meeting.participants` is a plain list, so it cannot be sliced to 10
 *   (no meeting in the corpus has more than 6 participants, so all three return the same rows).
 * - PostGraphile cannot order a person's `agreementSignatories` by the
 *   agreement's date; it returns the first 5 by primary key (same counts, other rows).
 * - The peer's participant / country / search filters are condition plugins
 *   written for this benchmark in serve-postgraphile.ts.
 */
import { DEEP_PAGE, PAGE_SIZE, type Fixture } from './fixture.ts';
import type { FloorQueryName } from './floor-sql.ts';

/** A GraphQL POST body. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A floor request: the statement's name and its parameters. */
export interface FloorRequest {
  name: FloorQueryName;
  params: (string | number)[];
}

/** One benchmarked query. */
export interface BenchCase {
  id: string;
  label: string;
  ours: GraphQLRequest;
  peer: GraphQLRequest;
  floor: FloorRequest;
}

const BY_YEAR_OURS = `{ agreementsByYear { year agreements documents } }`;
const BY_YEAR_PEER = BY_YEAR_OURS;

const PARTICIPANT_OURS = `query Q($name: String!, $first: Int!) {
  meetings(filter: { participant: $name }, first: $first) {
    totalCount
    nodes {
      id date status kind city
      participantRoles { role person { id name country { code name } roles { title } } }
      agreements { id title kind }
      sources { quote position article { id title } }
    }
  }
}`;

const PARTICIPANT_PEER = `query Q($key: String!, $first: Int!) {
  meetings(condition: { participant: $key }, orderBy: [DATE_DESC, ROW_ID_DESC], first: $first) {
    totalCount
    nodes {
      id: rowId date status kind city
      participantRoles: meetingParticipants { nodes { role person { id: rowId name country: countryByCountryCode { code name } roles: personRoles { nodes { title } } } } }
      agreements { nodes { id: rowId title kind } }
      sources: meetingSources { nodes { quote position article { id: rowId title } } }
    }
  }
}`;

const COUNTRY_OURS = `query Q($code: String!, $first: Int!) {
  country(code: $code) {
    code name
    meetings(first: $first) {
      nodes {
        id date
        participants { id name agreements(first: 5) { nodes { id title parties { code name } } } }
      }
    }
  }
}`;

const COUNTRY_PEER = `query Q($code: String!, $first: Int!) {
  country(code: $code) { code name }
  meetings(condition: { inCountry: $code }, orderBy: [DATE_DESC, ROW_ID_DESC], first: $first) {
    nodes {
      id: rowId date
      participants: meetingParticipants(first: 10) { nodes { person { id: rowId name
        agreements: agreementSignatories(first: 5) { nodes { agreement { id: rowId title
          parties: agreementParties { nodes { country: countryByCountryCode { code name } } } } } } } } }
    }
  }
}`;

const SEARCH_OURS = `query Q($q: String!) {
  articles(filter: { search: $q }, first: 20) { nodes { id title publisher publishedAt } }
}`;

const SEARCH_PEER = `query Q($q: String!) {
  articles(condition: { search: $q }, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC], first: 20) { nodes { id: rowId title publisher publishedAt } }
}`;

const PAGE_OURS = `query Q($after: String, $first: Int!) {
  meetings(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id date status kind city country { code name } }
  }
}`;

const PAGE_PEER = `query Q($after: Cursor, $first: Int!) {
  meetings(first: $first, after: $after, orderBy: [DATE_DESC, ROW_ID_DESC]) {
    pageInfo { hasNextPage endCursor }
    nodes { id: rowId date status kind city country: countryByCountryCode { code name } }
  }
}`;

/** Our cursor for a meeting sort key (see src/graphql/connection.ts: base64url JSON `[list, ...keys]`). */
export function oursMeetingCursor(date: string, id: number): string {
  return Buffer.from(JSON.stringify(['Meeting', date, id]), 'utf8').toString('base64url');
}

/**
 * PostGraphile's cursor for the same position: its cursors are base64 JSON
 * `[orderDigest, ...keys]`, so the digest is taken from any cursor of the same
 * ordering (`sampleCursor`, e.g. page 1's endCursor) and the keys replaced.
 */
export function peerMeetingCursor(sampleCursor: string, date: string, id: number): string {
  const parsed: unknown = JSON.parse(Buffer.from(sampleCursor, 'base64').toString('utf8'));
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') throw new Error(`unexpected PostGraphile cursor ${sampleCursor}`);
  return Buffer.from(JSON.stringify([parsed[0], date, id]), 'utf8').toString('base64');
}

/** Search term of the article case. */
export const SEARCH_TERM = 'oil';

/**
 * Builds the cases. `rows` is the page size of the participant, country and
 * paging cases (20 normally; 60 to see whether statements grow with rows).
 * `peerCursorSample` is any PostGraphile cursor of `meetings` ordered
 * [DATE_DESC, ROW_ID_DESC] (needed for the deep page).
 */
export function buildCases(f: Fixture, peerCursorSample: string, rows = PAGE_SIZE): BenchCase[] {
  const { date, id } = f.page500After;
  return [
    {
      id: 'byYear',
      label: 'agreementsByYear',
      ours: { query: BY_YEAR_OURS },
      peer: { query: BY_YEAR_PEER },
      floor: { name: 'byYear', params: [] },
    },
    {
      id: 'participant',
      label: `meetings(participant: ${f.person.name}) ×${rows}`,
      ours: { query: PARTICIPANT_OURS, variables: { name: f.person.name, first: rows } },
      peer: { query: PARTICIPANT_PEER, variables: { key: f.person.key, first: rows } },
      floor: { name: 'participant', params: [f.person.key, rows] },
    },
    {
      id: 'country',
      label: `country(${f.countryCode}).meetings ×${rows} › participants › agreements(5)`,
      ours: { query: COUNTRY_OURS, variables: { code: f.countryCode, first: rows } },
      peer: { query: COUNTRY_PEER, variables: { code: f.countryCode, first: rows } },
      floor: { name: 'country', params: [f.countryCode, rows] },
    },
    {
      id: 'search',
      label: `articles(search: "${SEARCH_TERM}") ×20`,
      ours: { query: SEARCH_OURS, variables: { q: SEARCH_TERM } },
      peer: { query: SEARCH_PEER, variables: { q: SEARCH_TERM } },
      floor: { name: 'search', params: [SEARCH_TERM] },
    },
    {
      id: 'page1',
      label: `meetings page 1 ×${rows}`,
      ours: { query: PAGE_OURS, variables: { first: rows } },
      peer: { query: PAGE_PEER, variables: { first: rows } },
      floor: { name: 'page1', params: [rows] },
    },
    {
      id: 'page500',
      label: `meetings page ${DEEP_PAGE} ×${rows} (after:)`,
      ours: { query: PAGE_OURS, variables: { first: rows, after: oursMeetingCursor(date, id) } },
      peer: { query: PAGE_PEER, variables: { first: rows, after: peerMeetingCursor(peerCursorSample, date, id) } },
      floor: { name: 'pageAfter', params: [date, id, rows] },
    },
  ];
}

/** The PostGraphile query that yields a cursor sample for `buildCases`. */
export const PEER_CURSOR_SAMPLE_QUERY: GraphQLRequest = { query: PAGE_PEER, variables: { first: 1 } };
