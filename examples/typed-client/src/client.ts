/**
 * The example frontend's data layer: a tiny typed `request()` over plain
 * `fetch`, and `runExample()`, which runs the three operations of
 * operations.ts. Every result is typed from the schema by the generated code,
 * so `result.agreementsByYear[0]?.year` is a `number` with no casts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import type { AgreementsByYearQuery, CountryAgreementsQuery, MeetingsOfParticipantQuery } from './gql/graphql.ts';
import { agreementsByYearQuery, countryAgreementsQuery, meetingsOfParticipantQuery } from './operations.ts';

/** A GraphQL response that carried errors (or no data), with the errors as the server sent them. */
export class GraphQLRequestError extends Error {
  /** @param errors The `errors` of the response; empty when the HTTP request itself failed. */
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** The JSON body of a GraphQL-over-HTTP response. */
interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLFormattedError[];
}

/**
 * POSTs one typed operation to `endpoint` and returns its `data`, typed by the document.
 * @throws GraphQLRequestError when the response has errors or no data.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as GraphQLResponseBody<TResult>;
  if (body.errors?.length || body.data == null) {
    const message = body.errors?.map((error) => error.message).join('; ') || `HTTP ${response.status} without data`;
    throw new GraphQLRequestError(message, response.status, body.errors ?? []);
  }
  return body.data;
}

/** One agreement row of `CountryAgreements`, as typed by the generated code. */
export type CountryAgreement = NonNullable<CountryAgreementsQuery['country']>['agreements']['nodes'][number];

/** A country's agreements, read page by page. */
export interface CountryAgreementsPages {
  code: string;
  name: string;
  /** All agreements of the country, across pages. */
  totalCount: number;
  /** The agreements of the pages read, newest first. */
  agreements: CountryAgreement[];
  /** How many pages were requested. */
  pages: number;
}

/**
 * Pages through a country's agreements with the `after` cursor, `pageSize` at a
 * time, for at most `maxPages` pages. Null when there is no such country.
 */
export async function fetchCountryAgreements(endpoint: string, code: string, pageSize: number, maxPages: number): Promise<CountryAgreementsPages | null> {
  let after: string | null = null;
  let result: CountryAgreementsPages | null = null;
  for (let page = 1; page <= maxPages; page++) {
    const { country }: CountryAgreementsQuery = await request(endpoint, countryAgreementsQuery, { code, first: pageSize, after });
    if (!country) return null;
    result ??= { code: country.code, name: country.name, totalCount: country.agreements.totalCount, agreements: [], pages: 0 };
    result.agreements.push(...country.agreements.nodes);
    result.pages = page;
    if (!country.agreements.pageInfo.hasNextPage) break;
    after = country.agreements.pageInfo.endCursor;
  }
  return result;
}

/** What the example asks for; every field has a default that matches the seed corpus. */
export interface ExampleOptions {
  /** Whose meetings to list (a name, alias or surname). Default "Maduro". */
  participant?: string;
  /** ISO code of the country whose agreements to page through. Default "VE". */
  countryCode?: string;
  /** Page size of the paged queries. Default 5. */
  pageSize?: number;
}

/** The typed results of `runExample`. */
export interface ExampleResult {
  agreementsByYear: AgreementsByYearQuery['agreementsByYear'];
  meetings: MeetingsOfParticipantQuery['meetings'];
  countryAgreements: CountryAgreementsPages | null;
}

/** Runs the example's three operations against `endpoint` (e.g. `http://localhost:4000/graphql`). */
export async function runExample(endpoint: string, options: ExampleOptions = {}): Promise<ExampleResult> {
  const { participant = 'Maduro', countryCode = 'VE', pageSize = 5 } = options;
  const [byYear, meetings, countryAgreements] = await Promise.all([
    request(endpoint, agreementsByYearQuery, {}),
    request(endpoint, meetingsOfParticipantQuery, { participant, first: pageSize }),
    fetchCountryAgreements(endpoint, countryCode, pageSize, 2),
  ]);
  return { agreementsByYear: byYear.agreementsByYear, meetings: meetings.meetings, countryAgreements };
}
