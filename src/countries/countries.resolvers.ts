/**
 * Country resolvers: thin — validate arguments, then call the service or a loader.
 */
import { agreementCriteria, agreementList } from '../agreements/agreements.service.ts';
import { articleList } from '../articles/articles.service.ts';
import { parsePage } from '../graphql/connection.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { countryCodeInput } from '../graphql/inputs.ts';
import { toGlobalId } from '../graphql/node.ts';
import { fieldOf } from '../graphql/resolve.ts';
import { meetingCriteria, meetingList } from '../meetings/meetings.service.ts';
import { personList } from '../people/people.service.ts';
import { countryList, listCountries } from './countries.service.ts';

/** Query.countries, Query.country and the Country types. */
export const countryResolvers: Resolvers = {
  Query: {
    countries: (_root, args, ctx, info) => listCountries(ctx.prisma, parsePage(countryList, args, fieldOf(info))),
    country: (_root, { code }, ctx, info) => ctx.loaders.countries.byCode.load(countryCodeInput(code, 'code', fieldOf(info))),
  },
  Country: {
    id: (c) => toGlobalId('Country', c.code),
    people: (c, args, ctx, info) => ctx.loaders.people.ofCountry(c.code, parsePage(personList, args, fieldOf(info)), {}),
    meetings: (c, args, ctx, info) => {
      const field = fieldOf(info);
      return ctx.loaders.meetings.ofCountry(c.code, parsePage(meetingList, args, field), meetingCriteria(args.filter, field));
    },
    agreements: (c, args, ctx, info) => {
      const field = fieldOf(info);
      return ctx.loaders.agreements.ofCountry(c.code, parsePage(agreementList, args, field), agreementCriteria(args.filter, field));
    },
    articles: (c, args, ctx, info) => ctx.loaders.articles.ofCountry(c.code, parsePage(articleList, args, fieldOf(info)), {}),
  },
  CountryConnection: {
    totalCount: (c) => c.totalCount(),
  },
};
