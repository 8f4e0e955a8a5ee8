/**
 * Agreement resolvers: thin — validate arguments, then call the service or a loader.
 */
import { parsePage } from '../graphql/connection.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { decodeGlobalId, toGlobalId } from '../graphql/node.ts';
import { allOf, fieldOf, required } from '../graphql/resolve.ts';
import { partialDateOf } from '../graphql/scalars.ts';
import { agreementCriteria, agreementList, agreementsByYear, listAgreements } from './agreements.service.ts';

/** Query.agreements, Query.agreement, Query.agreementsByYear and the Agreement types. */
export const agreementResolvers: Resolvers = {
  Query: {
    agreements: (_root, args, ctx, info) => {
      const field = fieldOf(info);
      return listAgreements(ctx.prisma, agreementCriteria(args.filter, field), parsePage(agreementList, args, field));
    },
    agreement: (_root, { id }, ctx, info) => ctx.loaders.agreements.byId.load(decodeGlobalId(id, 'Agreement', 'id', fieldOf(info))),
    agreementsByYear: (_root, args, ctx, info) => agreementsByYear(ctx.prisma, agreementCriteria(args.filter, fieldOf(info))),
  },
  Agreement: {
    id: (a) => toGlobalId('Agreement', a.id),
    date: (a) => partialDateOf(a.date, a.datePrecision),
    parties: async (a, _args, ctx) => {
      const rows = await ctx.loaders.agreements.parties.load(a.id);
      return allOf(rows.map((p) => required(ctx.loaders.countries.now(p.countryCode), 'Country', p.countryCode)));
    },
    signatories: async (a, _args, ctx) => (await ctx.loaders.agreements.signatories.load(a.id)).map((s) => s.person),
    meeting: (a, _args, ctx) => (a.meetingId === null ? null : ctx.loaders.meetings.byId.load(a.meetingId)),
    sources: (a, _args, ctx) => ctx.loaders.agreements.sources.load(a.id),
  },
  AgreementConnection: {
    totalCount: (c) => c.totalCount(),
  },
};
