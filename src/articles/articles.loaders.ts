/**
 * Per-request article loaders: rows by id, the people and countries each
 * article names, and the article connections under people and countries.
 * Build them with `createArticleLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { createBatchedConnection } from '../graphql/keyset.ts';
import { listLoader, rowLoader } from '../graphql/loaders.ts';
import {
  articleConditions,
  articleList,
  articlesByIds,
  articlesOfCountries,
  articlesOfPeople,
  countriesOfArticles,
  peopleOfArticles,
} from './articles.service.ts';

/** The article loaders of one request. */
export type ArticleLoaders = ReturnType<typeof createArticleLoaders>;

/** Creates the article loaders for one request (their caches must not outlive it). */
export function createArticleLoaders(prisma: PrismaClient) {
  return {
    byId: rowLoader((ids: readonly number[]) => articlesByIds(prisma, ids), (a) => a.id),
    people: listLoader((ids: readonly number[]) => peopleOfArticles(prisma, ids), (p) => p.articleId),
    countries: listLoader((ids: readonly number[]) => countriesOfArticles(prisma, ids), (c) => c.articleId),
    ofPerson: createBatchedConnection(prisma, articleList, articlesOfPeople, articleConditions),
    ofCountry: createBatchedConnection(prisma, articleList, articlesOfCountries, articleConditions),
  };
}
