/**
 * Article resolvers: thin — validate arguments, then call the service or a loader.
 */
import { agreementList } from '../agreements/agreements.service.ts';
import { parsePage } from '../graphql/connection.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { decodeGlobalId, toGlobalId } from '../graphql/node.ts';
import { fieldOf, required } from '../graphql/resolve.ts';
import { meetingList } from '../meetings/meetings.service.ts';
import { articleCriteria, articleList, listArticles } from './articles.service.ts';

/** Query.articles, Query.article, the Article types and Source.article. */
export const articleResolvers: Resolvers = {
  Query: {
    articles: (_root, args, ctx, info) => {
      const field = fieldOf(info);
      return listArticles(ctx.prisma, articleCriteria(args.filter, field), parsePage(articleList, args, field));
    },
    article: (_root, { id }, ctx, info) => ctx.loaders.articles.byId.load(decodeGlobalId(id, 'Article', 'id', fieldOf(info))),
  },
  Article: {
    id: (a) => toGlobalId('Article', a.id),
    body: async (a, _args, ctx) => a.body ?? (await required(ctx.loaders.articles.byId.load(a.id), 'Article', a.id)).body,
    people: async (a, _args, ctx) => (await ctx.loaders.articles.people.load(a.id)).map((p) => p.person),
    countries: async (a, _args, ctx) => (await ctx.loaders.articles.countries.load(a.id)).map((c) => c.country),
    meetings: (a, args, ctx, info) => ctx.loaders.meetings.ofArticle(a.id, parsePage(meetingList, args, fieldOf(info)), {}),
    agreements: (a, args, ctx, info) => ctx.loaders.agreements.ofArticle(a.id, parsePage(agreementList, args, fieldOf(info)), {}),
  },
  ArticleConnection: {
    totalCount: (c) => c.totalCount(),
  },
  Source: {
    article: (s, _args, ctx) => required(ctx.loaders.articles.byId.load(s.articleId), 'Article', s.articleId),
  },
};
