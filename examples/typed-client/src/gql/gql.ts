/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgreementsByYear($filter: AgreementFilter) {\n    agreementsByYear(filter: $filter) {\n      year\n      agreements\n      documents\n    }\n  }\n": typeof types.AgreementsByYearDocument,
    "\n  query MeetingsOfParticipant($participant: String!, $first: Int) {\n    meetings(filter: { participant: $participant }, first: $first) {\n      totalCount\n      nodes {\n        id\n        date\n        datePrecision\n        year\n        status\n        kind\n        city\n        country {\n          code\n          name\n        }\n        participants {\n          id\n          name\n        }\n        sources {\n          quote\n          position\n          article {\n            id\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingsOfParticipantDocument,
    "\n  query CountryAgreements($code: String!, $first: Int!, $after: String) {\n    country(code: $code) {\n      code\n      name\n      agreements(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          kind\n          date\n          year\n          documentCount\n          parties {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountryAgreementsDocument,
};
const documents: Documents = {
    "\n  query AgreementsByYear($filter: AgreementFilter) {\n    agreementsByYear(filter: $filter) {\n      year\n      agreements\n      documents\n    }\n  }\n": types.AgreementsByYearDocument,
    "\n  query MeetingsOfParticipant($participant: String!, $first: Int) {\n    meetings(filter: { participant: $participant }, first: $first) {\n      totalCount\n      nodes {\n        id\n        date\n        datePrecision\n        year\n        status\n        kind\n        city\n        country {\n          code\n          name\n        }\n        participants {\n          id\n          name\n        }\n        sources {\n          quote\n          position\n          article {\n            id\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n": types.MeetingsOfParticipantDocument,
    "\n  query CountryAgreements($code: String!, $first: Int!, $after: String) {\n    country(code: $code) {\n      code\n      name\n      agreements(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          kind\n          date\n          year\n          documentCount\n          parties {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.CountryAgreementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementsByYear($filter: AgreementFilter) {\n    agreementsByYear(filter: $filter) {\n      year\n      agreements\n      documents\n    }\n  }\n"): (typeof documents)["\n  query AgreementsByYear($filter: AgreementFilter) {\n    agreementsByYear(filter: $filter) {\n      year\n      agreements\n      documents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsOfParticipant($participant: String!, $first: Int) {\n    meetings(filter: { participant: $participant }, first: $first) {\n      totalCount\n      nodes {\n        id\n        date\n        datePrecision\n        year\n        status\n        kind\n        city\n        country {\n          code\n          name\n        }\n        participants {\n          id\n          name\n        }\n        sources {\n          quote\n          position\n          article {\n            id\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsOfParticipant($participant: String!, $first: Int) {\n    meetings(filter: { participant: $participant }, first: $first) {\n      totalCount\n      nodes {\n        id\n        date\n        datePrecision\n        year\n        status\n        kind\n        city\n        country {\n          code\n          name\n        }\n        participants {\n          id\n          name\n        }\n        sources {\n          quote\n          position\n          article {\n            id\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryAgreements($code: String!, $first: Int!, $after: String) {\n    country(code: $code) {\n      code\n      name\n      agreements(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          kind\n          date\n          year\n          documentCount\n          parties {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountryAgreements($code: String!, $first: Int!, $after: String) {\n    country(code: $code) {\n      code\n      name\n      agreements(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          kind\n          date\n          year\n          documentCount\n          parties {\n            code\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;