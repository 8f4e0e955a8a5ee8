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
export async function required<T>(row: Promise<T | null>, what: string, key: number | string): Promise<T> {
  const value = await row;
  if (value === null) throw new Error(`${what} ${key} is referenced but does not exist`);
  return value;
}
