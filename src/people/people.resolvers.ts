/**
 * People resolvers: thin — validate arguments, then call the service or a loader.
 */
import { agreementCriteria, agreementList } from '../agreements/agreements.service.ts';
import { articleList } from '../articles/articles.service.ts';
import { parsePage } from '../graphql/connection.ts';
import { badUserInput } from '../graphql/errors.ts';
import type { QueryPersonArgs, Resolvers } from '../graphql/generated/resolvers-types.ts';
import { nameKeyInput } from '../graphql/inputs.ts';
import { decodeGlobalId, toGlobalId } from '../graphql/node.ts';
import { fieldOf } from '../graphql/resolve.ts';
import { partialDateOf } from '../graphql/scalars.ts';
import { meetingCriteria, meetingList } from '../meetings/meetings.service.ts';
import type { Context } from '../server/context.ts';
import { findPersonByName, listPeople, personCriteria, personList } from './people.service.ts';

/** `person(id:, name:)`: exactly one of the two arguments. */
function findPerson(args: QueryPersonArgs, ctx: Context, field: string) {
  const { id, name } = args;
  if ((id == null) === (name == null)) {
    throw badUserInput('id', 'or "name" must be given, exactly one of the two', { id, name }, field);
  }
  if (id != null) return ctx.loaders.people.byId.load(decodeGlobalId(id, 'Person', 'id', field));
  return findPersonByName(ctx.prisma, nameKeyInput(name ?? '', 'name', field));
}

/** Query.people, Query.person and the Person types. */
export const peopleResolvers: Resolvers = {
  Query: {
    people: (_root, args, ctx, info) => {
      const field = fieldOf(info);
      return listPeople(ctx.prisma, personCriteria(args.filter, field), parsePage(personList, args, field));
    },
    person: (_root, args, ctx, info) => findPerson(args, ctx, fieldOf(info)),
  },
  Person: {
    id: (p) => toGlobalId('Person', p.id),
    country: (p, _args, ctx) => (p.countryCode ? ctx.loaders.countries.now(p.countryCode) : null),
    roles: (p, _args, ctx) => ctx.loaders.people.roles.load(p.id),
    meetings: (p, args, ctx, info) => {
      const field = fieldOf(info);
      return ctx.loaders.meetings.ofPerson(p.id, parsePage(meetingList, args, field), meetingCriteria(args.filter, field));
    },
    agreements: (p, args, ctx, info) => {
      const field = fieldOf(info);
      return ctx.loaders.agreements.ofPerson(p.id, parsePage(agreementList, args, field), agreementCriteria(args.filter, field));
    },
    articles: (p, args, ctx, info) => ctx.loaders.articles.ofPerson(p.id, parsePage(articleList, args, fieldOf(info)), {}),
  },
  Role: {
    country: (r, _args, ctx) => (r.countryCode ? ctx.loaders.countries.now(r.countryCode) : null),
    asOf: (r) => partialDateOf(r.asOf, r.asOfPrecision),
    source: (r) => r,
  },
  PersonConnection: {
    totalCount: (c) => c.totalCount(),
  },
};
