/**
 * Example operations preloaded as tabs in the GraphQL IDE, kept as plain data
 * so the README and tests can reuse exactly what users see.
 *
 * Every operation is named because GraphiQL titles a tab with the operation
 * name; anonymous operations would all show up as "<untitled>".
 */

/** One example operation: a human label, the GraphQL document and its variables. */
export interface ExampleOperation {
  /** Human-readable label, shown as a comment at the top of the tab. */
  readonly name: string;
  /** The GraphQL document; its operation name becomes the tab title. */
  readonly query: string;
  /** JSON variables for the operation, if it declares any. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** The example operations, in the order the IDE shows them as tabs. */
export const exampleOperations: readonly ExampleOperation[] = [
  {
    name: 'Agreements by year',
    query: 'query AgreementsByYear { agreementsByYear { year agreements documents } }',
  },
  {
    name: 'Meetings attended by Vladimir Putin',
    query:
      'query PutinMeetings { meetings(filter: { participant: "Vladimir Putin" }, first: 10) { totalCount nodes { date datePrecision status kind city venue country { code name } participants { name } agreements { title } sources { quote article { title url } } } } }',
  },
  {
    name: "A country's relations",
    query:
      'query CountryRelations { country(code: "VE") { name meetings(first: 10) { nodes { date city participants { name } } } agreements(first: 10) { nodes { title date documentCount parties { code } } } } }',
  },
  {
    name: 'Full-text search',
    query:
      'query SearchArticles { articles(filter: { search: "treaty" }, first: 5) { totalCount nodes { title publishedAt url } } }',
  },
  {
    name: 'Paging (set "after" to the previous endCursor)',
    query:
      'query Page($after: String) { meetings(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { date city } } } }',
    variables: { after: null },
  },
];
