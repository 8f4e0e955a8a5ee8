/**
 * Mutation.ingestArticle: the GraphQL way into the ingestion pipeline.
 */
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { badUserInput } from '../graphql/errors.ts';
import { fieldOf, required } from '../graphql/resolve.ts';
import { requireApiToken } from '../server/auth.ts';
import { ingestDocument } from './pipeline.ts';
import type { ArticleMeta } from './types.ts';

const STATUS = { created: 'CREATED', unchanged: 'UNCHANGED', enriched: 'ENRICHED' } as const;

/** Mutation.ingestArticle. */
export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_root, { input }, ctx, info) => {
      requireApiToken(ctx.auth, 'Mutation.ingestArticle');
      const meta: ArticleMeta = {
        ...(input.title ? { title: input.title } : {}),
        ...(input.url ? { url: input.url } : {}),
        ...(input.publisher ? { publisher: input.publisher } : {}),
        ...(input.agency ? { agency: input.agency } : {}),
        ...(input.publishedAt ? { publishedAt: input.publishedAt.toISOString().slice(0, 10) } : {}),
      };
      const report = await ingestDocument(ctx.prisma, { origin: 'api', text: input.text, meta }, ctx.extractor ? { extractor: ctx.extractor } : {});
      if (!report.ok) {
        ctx.logger.info({ reason: report.error.message }, 'ingestArticle refused a document');
        throw badUserInput('input.text', `was refused: ${report.error.message.replace(/^api: /, '')}`, `${input.text.length} characters`, fieldOf(info));
      }
      const e = report.extraction;
      return {
        status: STATUS[report.status],
        article: await required(ctx.loaders.articles.byId.load(report.articleId), 'Article', report.articleId),
        extracted: { people: e.people.length, countries: e.countries.length, meetings: e.meetings.length, agreements: e.agreements.length },
        warnings: e.warnings,
      };
    },
  },
};
