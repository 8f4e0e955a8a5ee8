/**
 * Resolvers of the shared types: scalars, `Node`, `Query.node`, `PageInfo`.
 */
import type { NodeModel } from './models.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { decodeAnyGlobalId, type DecodedId } from './node.ts';
import { fieldOf } from './resolve.ts';
import { DateScalar, PartialDateScalar } from './scalars.ts';
import type { Context } from '../server/context.ts';

/** The record a global id names, tagged with its type; null when it does not exist. */
async function loadNode(decoded: DecodedId, ctx: Context): Promise<NodeModel | null> {
  const { loaders } = ctx;
  switch (decoded.type) {
    case 'Article': {
      const row = await loaders.articles.byId.load(decoded.id);
      return row && { ...row, __typename: 'Article' };
    }
    case 'Person': {
      const row = await loaders.people.byId.load(decoded.id);
      return row && { ...row, __typename: 'Person' };
    }
    case 'Country': {
      const row = await loaders.countries.byCode.load(decoded.id);
      return row && { ...row, __typename: 'Country' };
    }
    case 'Meeting': {
      const row = await loaders.meetings.byId.load(decoded.id);
      return row && { ...row, __typename: 'Meeting' };
    }
    case 'Agreement': {
      const row = await loaders.agreements.byId.load(decoded.id);
      return row && { ...row, __typename: 'Agreement' };
    }
  }
}

/** Scalars, Node and PageInfo. */
export const baseResolvers: Resolvers = {
  PartialDate: PartialDateScalar,
  Date: DateScalar,
  Query: {
    node: (_root, { id }, ctx, info) => loadNode(decodeAnyGlobalId(id, 'id', fieldOf(info)), ctx),
  },
  Node: {
    __resolveType: (node) => node.__typename,
  },
  PageInfo: {
    hasNextPage: (p) => p.hasNextPage(),
    hasPreviousPage: (p) => p.hasPreviousPage(),
  },
};
