/**
 * Global object ids: base64url("Type:dbId"), e.g. "TWVldGluZzoxMg" for Meeting 12.
 * Opaque to clients; decoding checks the type and the id's form, so a bad id
 * is a BAD_USER_INPUT error naming the argument.
 */
import { badUserInput } from './errors.ts';

/** The types that implement `Node`, and the form of their database id. */
const ID_FORMS = {
  Article: 'int',
  Person: 'int',
  Meeting: 'int',
  Agreement: 'int',
  Country: 'code',
} as const;

/** A type that implements `Node`. */
export type NodeType = keyof typeof ID_FORMS;
type DbId<T extends NodeType> = (typeof ID_FORMS)[T] extends 'int' ? number : string;

/** A decoded global id. */
export type DecodedId = { [T in NodeType]: { type: T; id: DbId<T> } }[NodeType];

/** The global id of row `id` of `type`. */
export function toGlobalId(type: NodeType, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

function isNodeType(type: string): type is NodeType {
  return Object.hasOwn(ID_FORMS, type);
}

/** Decodes a global id of any Node type; undefined when malformed. */
export function parseGlobalId(globalId: string): DecodedId | undefined {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(globalId)) return undefined;
  const match = /^([A-Za-z]+):(.+)$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match || !isNodeType(match[1]!)) return undefined;
  const type = match[1];
  const raw = match[2]!;
  if (ID_FORMS[type] === 'code') return /^[A-Z]{2}$/.test(raw) ? ({ type, id: raw } as DecodedId) : undefined;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? ({ type, id } as DecodedId) : undefined;
}

/**
 * Decodes a global id that must be of `type`, returning the database id.
 * @throws BAD_USER_INPUT naming `argument` when the id is malformed or of another type.
 */
export function decodeGlobalId<T extends NodeType>(globalId: string, type: T, argument: string, field: string): DbId<T> {
  const decoded = parseGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw badUserInput(argument, `must be the global id of a ${type}`, globalId, field);
  return decoded.id as DbId<T>;
}

/**
 * Decodes a global id of any Node type.
 * @throws BAD_USER_INPUT naming `argument` when the id is malformed.
 */
export function decodeAnyGlobalId(globalId: string, argument: string, field: string): DecodedId {
  const decoded = parseGlobalId(globalId);
  if (!decoded) throw badUserInput(argument, 'must be a global id returned by this API (the `id` field of an object)', globalId, field);
  return decoded;
}
