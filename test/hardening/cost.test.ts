/**
 * The cost estimate: page sizes multiply down the tree (from literals,
 * variables or variable defaults), unpaged lists count UNPAGED_LIST_SIZE,
 * scalars are free, and nested fragment spreads are estimated in linear time.
 */
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.ts';
import { estimateCost } from '../../src/server/cost.ts';

const schema = createSchema();

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return estimateCost({ schema, operation, fragments, variables });
}

describe('estimateCost', () => {
  it('counts objects, multiplied by page sizes down the tree (the docs example)', () => {
    // people 1 + nodes 100 × (1 + meetings 1 + nodes 100 × (1 + participants 2))
    expect(cost('{ people(first: 100) { nodes { meetings(first: 100) { nodes { participants { name } } } } } }')).toBe(1 + 100 * (1 + 1 + 100 * (1 + 2)));
  });

  it('scalars are free; no first means the default page of 20', () => {
    expect(cost('{ articles { totalCount } }')).toBe(1);
    expect(cost('{ articles { nodes { title } } }')).toBe(1 + 20);
  });

  it('reads page sizes from variables and their defaults, clamped to 0–100', () => {
    const q = 'query ($n: Int = 50) { articles(first: $n) { nodes { title } } }';
    expect(cost(q)).toBe(51);
    expect(cost(q, { n: 5 })).toBe(6);
    expect(cost(q, { n: 100_000 })).toBe(101);
    expect(cost(q, { n: -1 })).toBe(1);
  });

  it('expands fragments and inline fragments; nested spreads cost linear time', () => {
    expect(cost('{ articles(first: 10) { nodes { ...A } } } fragment A on Article { people { name } }')).toBe(1 + 10 * (1 + 2));
    const fragments = ['fragment F0 on Query { articles(first: 1) { totalCount } }'];
    for (let i = 1; i <= 60; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const started = Date.now();
    expect(cost(`{ ...F60 } ${fragments.join(' ')}`)).toBe(2 ** 60);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
