/**
 * Small helpers resolvers share.
 */
import type { GraphQLResolveInfo } from 'graphql';

/** "Type.field" of the field being resolved, for error messages. */
export function fieldOf(info: GraphQLResolveInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}

/**
 * The row a foreign key points at. Foreign keys guarantee it exists, so a
 * missing row is a bug or a race with a delete: an internal (masked) error.
 */
export function required<T>(row: T | null | Promise<T | null>, what: string, key: number | string): T | Promise<T> {
  const present = (value: T | null): T => {
    if (value === null) throw new Error(`${what} ${key} is referenced but does not exist`);
    return value;
  };
  return row instanceof Promise ? row.then(present) : present(row);
}

/** `Promise.all` that stays synchronous when no item is a promise (a list of kept rows needs no await). */
export function allOf<T>(items: readonly (T | Promise<T>)[]): T[] | Promise<T[]> {
  return items.some((item) => item instanceof Promise) ? Promise.all(items) : (items as T[]);
}
