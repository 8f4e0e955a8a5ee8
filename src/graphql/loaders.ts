/**
 * DataLoader builders shared by the domains' loader factories. Batch functions
 * return one value per key, in key order, as DataLoader requires.
 */
import DataLoader from 'dataloader';
import type { Person } from '../generated/prisma/client.ts';

/**
 * Puts rows that one loader read along the way (a participant's person) into
 * the loaders that own them, so that resolving them later costs no statement.
 */
export interface Primers {
  person(row: Person): void;
}

/** Primers that prime nothing (a domain's loaders used on their own). */
export const NO_PRIMERS: Primers = { person: () => {} };

/** A list fetch that hands each row to `prime` as it returns. */
export function priming<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, prime: (row: V) => void): (keys: readonly K[]) => Promise<V[]> {
  return async (keys) => {
    const rows = await fetch(keys);
    for (const row of rows) prime(row);
    return rows;
  };
}

/**
 * A loader of one row per key. A key with no row loads `null`: an absent
 * record is an answer (the API returns null), not a failure of the batch.
 */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = new Map<K, V>();
    for (const row of await fetch(keys)) rows.set(keyOf(row), row);
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/**
 * A loader of the rows belonging to each key (an empty list when none), in the
 * order `fetch` returns them — so `fetch` decides the order of each list.
 */
export function listLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const lists = new Map<K, V[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const list = lists.get(key);
      if (list) list.push(row);
      else lists.set(key, [row]);
    }
    return keys.map((key) => lists.get(key) ?? []);
  });
}
