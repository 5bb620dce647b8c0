import { describe, expect, it } from 'vitest';
import { parse, print, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { routeBySource, type RoutingSource } from '../../src/graphql/source-routing.js';
import { customizedTypeName, customizeTypenames, originalTypeName } from '../../src/graphql/source-names.js';

/** The pure part of serving added sources: splitting a request by source, and the names of a customized source. */
const plain: RoutingSource = {
  name: 's1',
  customization: {},
  hasRootField: (_operation, field) => field === 'author_s1',
  hasType: (name) => name === 'author_s1',
};
const namespaced: RoutingSource = {
  name: 's2',
  customization: { root_fields: { namespace: 'ns', prefix: 'p_' }, type_names: { prefix: 't_' } },
  hasRootField: (_operation, field) => field === 'menu',
  hasType: (name) => name === 'menu' || name === 'menu_bool_exp',
};
const defaultHas = (_operation: string, field: string) => field === 'dish';

describe('routeBySource', () => {
  it('leaves a request default answers alone, and one with root fragments to default', () => {
    expect(routeBySource(parse('{ dish { id } }'), undefined, defaultHas, [plain])).toBeUndefined();
    expect(routeBySource(parse('{ ...F } fragment F on query_root { author_s1 { id } }'), undefined, defaultHas, [plain])).toBeUndefined();
  });

  it('gives each source its root fields with the fragments and variables they use', () => {
    const document = parse('query Q($a: Int, $b: Int) { dish(limit: $a) { ...D } author_s1(limit: $b) { ...A } } fragment D on dish { id } fragment A on author_s1 { name }');
    const routing = routeBySource(document, 'Q', defaultHas, [plain])!;
    expect(routing.keys).toEqual([
      { key: 'dish', owner: 'default' },
      { key: 'author_s1', owner: 's1' },
    ]);
    expect(routing.parts.map((p) => [p.owner, print(p.document).replace(/\s+/g, ' ')])).toEqual([
      ['default', 'query Q($a: Int) { dish(limit: $a) { ...D } } fragment D on dish { id }'],
      ['s1', 'query Q($b: Int) { author_s1(limit: $b) { ...A } } fragment A on author_s1 { name }'],
    ]);
  });

  it("lifts a namespace's fields to the root in the source's own names, and keeps its __typename for the answer", () => {
    const routing = routeBySource(parse('query ($w: t_menu_bool_exp) { x: ns { __typename m: p_menu(where: $w) { id } } }'), undefined, defaultHas, [plain, namespaced])!;
    expect(routing.keys).toEqual([{ key: 'x', owner: 's2', namespace: { keys: ['__typename', 'm'], typenameKeys: ['__typename'] } }]);
    expect(print(routing.parts[0]!.document).replace(/\s+/g, ' ')).toBe('query ($w: menu_bool_exp) { m: menu(where: $w) { id } }');
  });
});

describe('customized names', () => {
  const c = { type_names: { prefix: 'tp_', suffix: '_ts', mapping: { odd: 'Renamed' } } };
  it('renames types both ways, never the built-in scalars', () => {
    expect(customizedTypeName('author', c)).toBe('tp_author_ts');
    expect(customizedTypeName('odd', c)).toBe('Renamed');
    expect(customizedTypeName('Int', c)).toBe('Int');
    expect(originalTypeName('tp_author_ts', c, (n) => n === 'author')).toBe('author');
    expect(originalTypeName('Renamed', c, (n) => n === 'odd')).toBe('odd');
    expect(originalTypeName('tp_unknown_ts', c, (n) => n === 'author')).toBeUndefined();
  });

  it('rewrites each __typename of an answer once, through aliases and fragments', () => {
    const document = parse('{ a: author { t: __typename __typename ...F articles { __typename } } } fragment F on author { __typename }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = new Map([['F', document.definitions[1] as FragmentDefinitionNode]]);
    const data = { a: [{ t: 'author', __typename: 'author', articles: [{ __typename: 'article' }] }] };
    customizeTypenames(data, operation.selectionSet, fragments, (n) => customizedTypeName(n, c));
    expect(data).toEqual({ a: [{ t: 'tp_author_ts', __typename: 'tp_author_ts', articles: [{ __typename: 'tp_article_ts' }] }] });
  });
});
