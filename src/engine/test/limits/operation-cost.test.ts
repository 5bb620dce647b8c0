import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/limits/operation-cost.js';
import { checkOperationLimits, INTROSPECTION_DEPTH_CEILING } from '../../src/limits/operation-limits.js';

function cost(query: string, operationName?: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName))!;
  return operationCost(document, operation);
}

function check(query: string, limits: { depth: number | null; nodes: number | null }) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return checkOperationLimits(document, operation, limits);
}

/** `restaurants { menu_items { restaurant { ... } } }` with `levels` fields that have a selection set. */
function chain(levels: number): string {
  let inner = 'id';
  for (let i = levels; i >= 1; i--) inner = `${i === 1 ? 'restaurants' : i % 2 === 0 ? 'menu_items' : 'restaurant'} { ${inner} }`;
  return `query { ${inner} }`;
}

describe('depth and nodes as Hasura counts them', () => {
  it("follows the examples of Hasura's API limits page", () => {
    expect(cost('query deep1_1 { viewer { name } }').depth).toBe(1);
    expect(cost('query deep1_2 { viewer { ... on User { name } } }').depth).toBe(1);
    expect(cost('query deep2 { viewer { albums { title } } }').depth).toBe(2);
    const deep3 = `query deep3 { viewer { albums { ...musicInfo songs { ...musicInfo } } } }
      fragment musicInfo on Music { id title artists }`;
    expect(cost(deep3).depth).toBe(3);
    // "the number of nodes is 3: author, articles and homepage_entries"
    expect(cost('{ author { name articles { id title } } homepage_entries { article_id } }').nodes).toBe(3);
  });

  it('leaves and __typename add neither depth nor nodes', () => {
    expect(cost('{ __typename }')).toEqual({ depth: 0, nodes: 0, introspectionDepth: 0 });
    expect(cost('{ restaurants { id name __typename } }')).toEqual({ depth: 1, nodes: 1, introspectionDepth: 0 });
  });

  it('counts a nested chain level by level', () => {
    expect(cost(chain(14))).toMatchObject({ depth: 14, nodes: 14 });
  });

  it('counts every alias', () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: restaurants { id }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toMatchObject({ depth: 1, nodes: 1000 });
  });

  it('expands fragments where they are used: every spread counts again', () => {
    const spreads = Array.from({ length: 1000 }, (_, i) => `a${i}: restaurants { ...R }`).join(' ');
    expect(cost(`{ ${spreads} } fragment R on restaurants { menu_items { id } }`)).toMatchObject({ depth: 2, nodes: 2000 });
  });

  it('adds the depth of a fragment to the depth where it is spread', () => {
    const query = `{ restaurants { ...A } }
      fragment A on restaurants { menu_items { ...B } }
      fragment B on menu_items { restaurant { menu_items { id } } }`;
    expect(cost(query)).toMatchObject({ depth: 4, nodes: 4 });
  });

  it('counts fragments that double at every level without expanding them (a fragment bomb)', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on restaurants { menu_items { id } }`
        : `fragment F${i} on restaurants { a: menu_items { restaurant { ...F${i + 1} } } b: menu_items { restaurant { ...F${i + 1} } } }`,
    ).join('\n');
    const result = cost(`{ restaurants { ...F0 } } ${fragments}`);
    expect(result.nodes).toBeGreaterThan(2 ** 60);
    expect(result.depth).toBe(1 + 2 * (levels - 1) + 1);
  });

  it('does not loop on a fragment cycle (validation refuses the cycle)', () => {
    const query = `{ restaurants { ...A } } fragment A on restaurants { menu_items { restaurant { ...A } } }`;
    expect(cost(query)).toMatchObject({ depth: 3, nodes: 3 });
  });

  it('counts only the chosen operation', () => {
    const query = `query small { restaurants { id } } query big { ${Array.from({ length: 50 }, (_, i) => `a${i}: restaurants { id }`).join(' ')} }`;
    expect(cost(query, 'small').nodes).toBe(1);
    expect(cost(query, 'big').nodes).toBe(50);
  });

  it('keeps introspection out of the depth, not out of the nodes', () => {
    expect(cost('{ __schema { types { fields { name } } } restaurants { id } }')).toEqual({ depth: 1, nodes: 4, introspectionDepth: 3 });
    expect(cost('{ __type(name: "restaurants") { fields { type { name } } } }')).toEqual({ depth: 0, nodes: 3, introspectionDepth: 3 });
  });

  it("measures graphql-js's standard introspection query (what GraphiQL and the Hasura console send)", () => {
    expect(cost(getIntrospectionQuery())).toEqual({ depth: 0, nodes: 71, introspectionDepth: 14 });
    const everything = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(cost(everything)).toEqual({ depth: 0, nodes: 71, introspectionDepth: 14 });
  });
});

describe('checkOperationLimits', () => {
  it('refuses an operation deeper than the limit, in words a client can branch on', () => {
    expect(check(chain(14), { depth: 10, nodes: null })).toEqual({
      message: "depth limit exceeded: the operation's depth is 14, the limit is 10",
      extensions: { path: '$', code: 'validation-failed' },
    });
    expect(check(chain(10), { depth: 10, nodes: null })).toBeNull();
  });

  it('refuses more nodes than the limit', () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: restaurants { id }`).join(' ');
    expect(check(`{ ${aliases} }`, { depth: 10, nodes: 150 })).toEqual({
      message: 'node limit exceeded: the operation has 1000 nodes, the limit is 150',
      extensions: { path: '$', code: 'validation-failed' },
    });
  });

  it('says so when a count is too large to print', () => {
    const levels = 1100;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on restaurants { id }`
        : `fragment F${i} on restaurants { a: menu_items { restaurant { ...F${i + 1} } } b: menu_items { restaurant { ...F${i + 1} } } }`,
    ).join('\n');
    expect(check(`{ restaurants { ...F0 } } ${fragments}`, { depth: null, nodes: 150 })?.message).toBe(
      'node limit exceeded: the operation has more than 1e15 nodes, the limit is 150',
    );
  });

  it('lets the standard introspection query through the default limits, and caps nested introspection', () => {
    expect(check(getIntrospectionQuery(), { depth: 10, nodes: 150 })).toBeNull();
    let nested = 'name';
    for (let i = 0; i < 12; i++) nested = `fields { type { ${nested} } }`;
    expect(check(`{ __schema { types { ${nested} } } }`, { depth: 10, nodes: 150 })).toEqual({
      message: `depth limit exceeded: the introspection query's depth is 26, the limit is ${INTROSPECTION_DEPTH_CEILING}`,
      extensions: { path: '$', code: 'validation-failed' },
    });
  });

  it('checks nothing without limits', () => {
    expect(check(chain(40), { depth: null, nodes: null })).toBeNull();
  });
});
