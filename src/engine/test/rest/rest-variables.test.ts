import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { restVariables } from '../../src/rest/rest-variables.js';
import { matchEndpoint } from '../../src/rest/match-endpoint.js';
import { ambiguousEndpoints, type RestEndpoint } from '../../src/metadata/rest-endpoints.js';

const definitions = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];
const text = (value: string) => ({ text: value });

describe("a RESTified request's variables", () => {
  const declared = definitions('query ($n: Int, $f: float8, $b: Boolean, $s: String, $req: String!, $big: bigint) { x }');

  it('reads numbers only for numeric types and true/false only for Booleans; the rest stays text', () => {
    expect(
      restVariables(declared, [
        ['n', text('7')],
        ['f', text('1.5')],
        ['b', text('false')],
        ['s', text('7')],
        ['big', text('9007199254740993')],
      ]),
    ).toEqual({
      ok: true,
      variables: { n: 7, f: 1.5, b: false, s: '7', big: '9007199254740993' },
    });
  });

  it('leaves a nullable variable given an empty value unset, but reads an empty required one as the empty text', () => {
    expect(
      restVariables(declared, [
        ['n', text('')],
        ['req', text('')],
      ]),
    ).toEqual({ ok: true, variables: { req: '' } });
  });

  it('lets a later value win (query string, then body, then path) and leaves out names GraphQL cannot have', () => {
    expect(
      restVariables(declared, [
        ['s', text('query')],
        ['s', { json: 'body' }],
        ['s', text('path')],
        ['not-a-name', text('x')],
      ]),
    ).toEqual({ ok: true, variables: { s: 'path' } });
  });

  it('passes body values through as they are, objects included', () => {
    const list = definitions('query ($ids: [uuid!]!) { x }');
    expect(restVariables(list, [['ids', { json: ['a', 'b'] }]])).toEqual({ ok: true, variables: { ids: ['a', 'b'] } });
    expect(restVariables(list, [['ids', text('a')]])).toEqual({
      ok: false,
      message: 'List variables are not currently supported in URL or Query parameters. (Variable ids, with value "a")',
    });
  });
});

const endpoint = (name: string, url: string, methods: string[]): RestEndpoint => ({ name, url, methods, definition: { query: { collection_name: 'c', query_name: name } } });

describe("an endpoint's URL template", () => {
  const endpoints = [endpoint('list', 'orders', ['GET']), endpoint('one', 'orders/:id', ['GET']), endpoint('cancel', 'orders/:id/cancel', ['POST'])];

  it('matches a path of as many segments, its variables taking their segments', () => {
    expect(matchEndpoint(endpoints, 'GET', ['orders', '42'])).toEqual({ kind: 'found', endpoint: endpoints[1], params: [['id', '42']] });
    expect(matchEndpoint(endpoints, 'GET', ['orders', '42', 'items'])).toEqual({ kind: 'not-found' });
    expect(matchEndpoint(endpoints, 'GET', ['orders', '42', 'cancel'])).toEqual({ kind: 'method-not-allowed', allowed: ['POST'] });
  });

  it('groups templates a request could not tell apart, by method', () => {
    expect(ambiguousEndpoints(endpoints)).toEqual([]);
    const clash = [...endpoints, endpoint('any', ':what', ['GET']), endpoint('other', ':what/:id', ['PUT'])];
    expect(ambiguousEndpoints(clash).map((group) => group.map((e) => e.name))).toEqual([['any', 'list']]);
  });
});
