/**
 * The example's operations. Each is written with the generated `graphql()`
 * function, which returns a `TypedDocumentNode` whose result and variable
 * types come from the schema: run `npm run example:codegen` after editing.
 */
import { graphql } from './gql/index.ts';

/** Agreements and documents signed per year, ascending; `filter` narrows (e.g. by party). */
export const agreementsByYearQuery = graphql(`
  query AgreementsByYear($filter: AgreementFilter) {
    agreementsByYear(filter: $filter) {
      year
      agreements
      documents
    }
  }
`);

/** Meetings a person took part in (by name or alias), with who took part and the sentences that report each. */
export const meetingsOfParticipantQuery = graphql(`
  query MeetingsOfParticipant($participant: String!, $first: Int) {
    meetings(filter: { participant: $participant }, first: $first) {
      totalCount
      nodes {
        id
        date
        datePrecision
        year
        status
        kind
        city
        country {
          code
          name
        }
        participants {
          id
          name
        }
        sources {
          quote
          position
          article {
            id
            title
            url
          }
        }
      }
    }
  }
`);

/** One page of the agreements a country is a party to; pass `after: pageInfo.endCursor` for the next page. */
export const countryAgreementsQuery = graphql(`
  query CountryAgreements($code: String!, $first: Int!, $after: String) {
    country(code: $code) {
      code
      name
      agreements(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          title
          kind
          date
          year
          documentCount
          parties {
            code
          }
        }
      }
    }
  }
`);
