/**
 * Cost of an operation: how many objects it may return, multiplied down the
 * tree by page sizes. A connection field asked for `first: 50` multiplies
 * everything below its `nodes`/`edges` by 50; a plain list of objects
 * (`Meeting.participants`) by an assumed `UNPAGED_LIST_SIZE`; a single object
 * counts once. Scalars are free (their columns come with the row).
 *
 * Why not graphql-armor's cost-limit: it reads `first`/`last` only when they
 * are literals (`first: $n` counts as 1, so a variable walks past the limit),
 * knows nothing of our default page size (no `first` means 20 rows, not 1),
 * and weighs depth by a constant factor rather than by rows. This is computed
 * after validation with the request's variables, so it sees the real page sizes.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection.ts';

/**
 * Items assumed in a list of objects that has no page arguments: a meeting's
 * participants, an agreement's parties, a fact's sources are typically two.
 */
export const UNPAGED_LIST_SIZE = 2;

/** What the estimate needs besides the operation. */
export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/**
 * Walk state. Costs are computed per single resolution of the parent object
 * and multiplied on the way up, which makes a fragment's cost independent of
 * where it is spread, so it is computed once (memoized) however often it is
 * spread: a "billion laughs" of nested fragment spreads costs linear time to
 * estimate, and its estimate (exponential) is refused.
 */
interface Scope {
  parent: GraphQLCompositeType;
  /** Set inside a connection object: the page size its `nodes`/`edges` lists have. */
  pageSize?: number;
  /** Fragments being expanded on this path; a repeat (only possible in invalid documents) counts nothing. */
  expanding: ReadonlySet<string>;
}

/** The walk's input plus its memo of fragment costs, keyed by fragment, parent type and page size. */
interface Walk extends CostInput {
  memo: Map<string, number>;
}

/**
 * The estimated cost of `operation` (see the module comment). Introspection
 * fields count nothing: their size is fixed by the schema.
 */
export function estimateCost(input: CostInput): number {
  const root = rootTypeOf(input.schema, input.operation);
  if (!root) return 0;
  const walk: Walk = { ...input, variables: { ...defaultsOf(input.operation), ...input.variables }, memo: new Map() };
  return costOfSelections(walk, input.operation.selectionSet, { parent: root, expanding: new Set() });
}

/** Integer defaults of the operation's variables (`query ($n: Int = 100)`), which apply when the request omits them. */
function defaultsOf(operation: OperationDefinitionNode): Record<string, number> {
  const defaults: Record<string, number> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) defaults[definition.variable.name.value] = Number.parseInt(definition.defaultValue.value, 10);
  }
  return defaults;
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | undefined {
  switch (operation.operation) {
    case 'query':
      return schema.getQueryType() ?? undefined;
    case 'mutation':
      return schema.getMutationType() ?? undefined;
    case 'subscription':
      return schema.getSubscriptionType() ?? undefined;
  }
}

/** Cost of a selection set for ONE resolution of its parent object. */
function costOfSelections(walk: Walk, selectionSet: SelectionSetNode, scope: Scope): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        total += costOfField(walk, selection, scope);
        break;
      case Kind.INLINE_FRAGMENT:
        total += costOfSelections(walk, selection.selectionSet, { ...scope, parent: typeCondition(walk, selection.typeCondition?.name.value) ?? scope.parent });
        break;
      case Kind.FRAGMENT_SPREAD:
        total += costOfSpread(walk, selection.name.value, scope);
        break;
    }
  }
  return total;
}

function costOfSpread(walk: Walk, name: string, scope: Scope): number {
  const fragment = walk.fragments[name];
  if (!fragment || scope.expanding.has(name)) return 0;
  const parent = typeCondition(walk, fragment.typeCondition.name.value) ?? scope.parent;
  const key = `${name}|${scope.parent.name}|${scope.pageSize ?? ''}`;
  const known = walk.memo.get(key);
  if (known !== undefined) return known;
  const cost = costOfSelections(walk, fragment.selectionSet, { ...scope, parent, expanding: new Set([...scope.expanding, name]) });
  walk.memo.set(key, cost);
  return cost;
}

function typeCondition(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

/** A field's objects (1, a page, or an assumed list size) plus, for each of them, its children's cost. */
function costOfField(walk: Walk, node: FieldNode, scope: Scope): number {
  if (!node.selectionSet || node.name.value.startsWith('__')) return 0;
  const field = fieldOf(scope.parent, node.name.value);
  if (!field) return 0;
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return 0;
  const size = isListType(getNullableType(field.type)) ? (scope.pageSize ?? UNPAGED_LIST_SIZE) : 1;
  const pageSize = isConnectionField(field) ? pageSizeOf(node, walk.variables) : undefined;
  const inner: Scope = { parent: type, expanding: scope.expanding, ...(pageSize !== undefined ? { pageSize } : {}) };
  return size * (1 + costOfSelections(walk, node.selectionSet, inner));
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

/**
 * Rows a connection field asks for: `first` or `last` (literal or variable),
 * else the default page. Out-of-range values are clamped: the resolver refuses
 * them with a precise BAD_USER_INPUT, which is more helpful than a cost error.
 */
function pageSizeOf(node: FieldNode, variables: Readonly<Record<string, unknown>>): number {
  const sizes = (node.arguments ?? [])
    .filter((arg) => arg.name.value === 'first' || arg.name.value === 'last')
    .map((arg) => intValueOf(arg.value, variables))
    .filter((n): n is number => n !== undefined);
  const asked = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(asked, 0), MAX_PAGE_SIZE);
}

function intValueOf(value: ValueNode, variables: Readonly<Record<string, unknown>>): number | undefined {
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
  }
  return undefined;
}
