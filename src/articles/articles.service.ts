/**
 * Articles in the database: full-text search, the keyset-ordered list, and
 * the batch reads behind the article loaders.
 */
import { Prisma, type Article } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { readRows } from '../graphql/sql.ts';
import type { ConnectionModel, PageRequest } from '../graphql/connection.ts';
import type { ArticleFilter } from '../graphql/generated/resolvers-types.ts';
import { dayRangeInput, textInput, type DayRange } from '../graphql/inputs.ts';
import { dayOf, fetchConnection, type ListSpec, type ParentRelation } from '../graphql/keyset.ts';
import type { ArticleSummary } from '../graphql/models.ts';

/**
 * The columns of a list row: those the Article type shows, without the
 * (possibly large) body, which is read by id when asked for. The hash and the
 * bookkeeping timestamps are for ingestion; no field reads them.
 */
const SUMMARY_COLUMNS = ['id', 'title', 'publisher', 'agency', 'url', 'publishedAt', 'sourceFiles'] as const satisfies readonly (keyof ArticleSummary)[];

/** Every column of the Article model, over alias `ar`. */
const ARTICLE_COLUMNS = Prisma.raw([...SUMMARY_COLUMNS, 'contentHash', 'createdAt', 'updatedAt', 'body'].map((c) => `ar."${c}"`).join(', '));

/** Articles newest first, undated last, then by id (newest first); lists leave out the body. */
export const articleList: ListSpec<ArticleSummary> = {
  name: 'Article',
  table: '"Article"',
  alias: 'ar',
  columns: SUMMARY_COLUMNS.map((c) => `ar."${c}"`).join(', '),
  keys: [
    { column: 'publishedAt', kind: 'date', nullable: true, descending: true, read: (a) => dayOf(a.publishedAt) },
    { column: 'id', kind: 'int', nullable: false, descending: true, read: (a) => a.id },
  ],
};

/** A validated, normalized ArticleFilter. */
export interface ArticleCriteria extends DayRange {
  search?: string;
  publisher?: string;
}

/**
 * Validates an ArticleFilter argument of `field`.
 * @throws BAD_USER_INPUT naming the filter field at fault.
 */
export function articleCriteria(filter: ArticleFilter | null | undefined, field: string): ArticleCriteria {
  if (!filter) return {};
  const c: ArticleCriteria = { ...dayRangeInput(filter.from, filter.to, 'filter', field) };
  if (filter.search != null) c.search = textInput(filter.search, 'filter.search', field);
  if (filter.publisher != null) c.publisher = textInput(filter.publisher, 'filter.publisher', field);
  return c;
}

/**
 * The document searched: the stored, generated column "searchVector"
 * (migration article_search_vector, GIN index "Article_searchVector_idx").
 */
const SEARCH_DOCUMENT = Prisma.raw(`ar."searchVector"`);

/** SQL conditions over alias `ar` for the criteria. */
export function articleConditions(c: ArticleCriteria): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (c.search !== undefined) out.push(Prisma.sql`${SEARCH_DOCUMENT} @@ websearch_to_tsquery('english', ${c.search})`);
  if (c.publisher !== undefined) out.push(Prisma.sql`lower(ar."publisher") = lower(${c.publisher})`);
  if (c.from !== undefined) out.push(Prisma.sql`ar."publishedAt" >= ${c.from}::date`);
  if (c.to !== undefined) out.push(Prisma.sql`ar."publishedAt" <= ${c.to}::date`);
  return out;
}

/** One page of articles matching `criteria`. */
export function listArticles(prisma: PrismaClient, criteria: ArticleCriteria, page: PageRequest): Promise<ConnectionModel<ArticleSummary>> {
  return fetchConnection(prisma, articleList, articleConditions(criteria), page);
}

/** Articles by id (any order). */
export function articlesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<Article[]> {
  // Raw SQL straight to the pool (src/graphql/sql.ts): a fraction of Prisma's CPU per statement.
  // The columns of the model, not *: "searchVector" is as large as the body and no resolver reads it.
  return readRows<Article>(prisma, Prisma.sql`SELECT ${ARTICLE_COLUMNS} FROM "Article" ar WHERE ar.id = ANY(${[...ids]}::int[])`);
}

/** Person rows (with the person) named by the articles, in order of first mention. */
export function peopleOfArticles(prisma: PrismaClient, articleIds: readonly number[]) {
  return prisma.articlePerson.findMany({
    where: { articleId: { in: [...articleIds] } },
    include: { person: true },
    orderBy: [{ position: 'asc' }, { personId: 'asc' }],
  });
}

/** Country rows (with the country) named by the articles, in order of first mention. */
export function countriesOfArticles(prisma: PrismaClient, articleIds: readonly number[]) {
  return prisma.articleCountry.findMany({
    where: { articleId: { in: [...articleIds] } },
    include: { country: true },
    orderBy: [{ position: 'asc' }, { countryCode: 'asc' }],
  });
}

const joinArticle = Prisma.sql`JOIN "Article" ar ON ar.id = j."articleId"`;

/** The articles that name a person. */
export const articlesOfPeople: ParentRelation<number> = {
  parentType: 'int',
  branches: (person) => [{ from: Prisma.sql`"ArticlePerson" j`, join: joinArticle, where: Prisma.sql`j."personId" = ${person}` }],
};

/** The articles that name a country. */
export const articlesOfCountries: ParentRelation<string> = {
  parentType: 'char(2)',
  branches: (code) => [{ from: Prisma.sql`"ArticleCountry" j`, join: joinArticle, where: Prisma.sql`j."countryCode" = ${code}` }],
};
