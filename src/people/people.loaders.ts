/**
 * Per-request people loaders: rows by id, roles, and the people of each
 * country as a connection. Build them with `createPeopleLoaders` once per request.
 */
import type { PrismaClient } from '../db/prisma.ts';
import { createBatchedConnection } from '../graphql/keyset.ts';
import { listLoader, rowLoader } from '../graphql/loaders.ts';
import { peopleByIds, peopleOfCountries, personConditions, personList, rolesOfPeople } from './people.service.ts';

/** The people loaders of one request. */
export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;

/** Creates the people loaders for one request (their caches must not outlive it). */
export function createPeopleLoaders(prisma: PrismaClient) {
  return {
    byId: rowLoader((ids: readonly number[]) => peopleByIds(prisma, ids), (p) => p.id),
    roles: listLoader((ids: readonly number[]) => rolesOfPeople(prisma, ids), (r) => r.personId),
    ofCountry: createBatchedConnection(prisma, personList, peopleOfCountries, personConditions),
  };
}
