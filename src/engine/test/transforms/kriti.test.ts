import { describe, expect, it } from 'vitest';
import { KritiError, parseKriti, runKriti, sessionFunctions, type Json } from '../../src/transforms/kriti/index.js';

const source = {
  event: {
    name: 'Freddie Jones',
    age: 27,
    author: {
      articles: [
        { id: 0, title: 'The Elements', length: 150, published: true },
        { id: 1, title: 'ARRL Handbook', length: 1000, published: true },
        { id: 2, title: 'The Mars Trilogy', length: 500, published: false },
      ],
    },
  },
};

const run = (template: string, vars: Record<string, Json> = { $: source as Json }) => runKriti(template, vars);

function errorOf(thunk: () => unknown): Record<string, unknown> {
  try {
    thunk();
  } catch (error) {
    if (error instanceof KritiError) return error.toJSON();
    throw error;
  }
  throw new Error('expected a Kriti error');
}

describe('Kriti templates', () => {
  it('fills JSON with path lookups, loops and conditionals (the kriti-lang README example)', () => {
    const template = `{
      "author": {
        "name": {{$.event.name}},
        "age": {{$.event.age}},
        "articles": {{ range _, x := $.event.author.articles }}
          {{ if x.published }} {"id": {{x.id}}, "title": {{x.title}}} {{ else }} null {{ end }}
        {{ end }}
      }
    }`;
    expect(run(template)).toEqual({
      author: {
        name: 'Freddie Jones',
        age: 27,
        articles: [{ id: 0, title: 'The Elements' }, { id: 1, title: 'ARRL Handbook' }, null],
      },
    });
  });

  it('interpolates strings, with index binders and bracket lookups', () => {
    expect(run(`"http://www.{{$.event.name}}.com/{{$.event.age}}"`)).toBe('http://www.Freddie Jones.com/27');
    expect(run(`{{ range i, x := $.event.author.articles }} "{{i}}:{{x['title']}}" {{ end }}`)).toEqual(['0:The Elements', '1:ARRL Handbook', '2:The Mars Trilogy']);
    expect(run(`{{ $.event.author.articles[1].id }}`)).toBe(1);
    expect(run(`"a{b}"`)).toBe('a{b}');
    // One expression alone in a string is its value (Hasura relies on it for header and query templates).
    expect(run(`"{{ $.event.age }}"`)).toBe(27);
    expect(run(`"{{ $.event.age }} years"`)).toBe('27 years');
  });

  it('short-circuits optional lookups to null and defaults with ??', () => {
    expect(run(`{{ $?.missing.deeper.still }}`)).toBeNull();
    expect(run(`{{ $.event?.missing ?? "fallback" }}`)).toBe('fallback');
    expect(run(`{{ $.event.author.articles?[7] }}`)).toBeNull();
    expect(run(`{{ $.event.name ?? "fallback" }}`)).toBe('Freddie Jones');
  });

  it('evaluates operators and elif chains', () => {
    expect(run(`{{ if $.event.age > 30 }} "old" {{ elif $.event.age > 20 }} "middle" {{ else }} "young" {{ end }}`)).toBe('middle');
    expect(run(`{{ $.event.age == 27 && ("name" in $.event) }}`)).toBe(true);
    expect(run(`{{ 3 in [1, 2, 3] }}`)).toBe(true);
    expect(run(`{{ $.event.name != "x" || false }}`)).toBe(true);
    expect(run(`{{ not(true) }}`)).toBe(false);
    expect(run(`{{ "b" <= "a" }}`)).toBe(false);
  });

  it('has the built-in functions Hasura documents', () => {
    const cases: [string, Json][] = [
      [`{{ empty([]) }}`, true],
      [`{{ empty(" ") }}`, true],
      [`{{ size([1,2,3]) }}`, 3],
      [`{{ length("abcd") }}`, 4],
      [`{{ inverse([1,2]) }}`, [2, 1]],
      [`{{ head("abc") }}`, 'a'],
      [`{{ tail([1,2,3]) }}`, [2, 3]],
      [`{{ toUpper("abc") }}`, 'ABC'],
      [`{{ toLower("ABC") }}`, 'abc'],
      [`{{ toCaseFold("ABC") }}`, 'abc'],
      [`{{ toTitle("hello wORLD") }}`, 'Hello World'],
      [`{{ escapeUri("a b&c/ü") }}`, 'a%20b%26c%2F%C3%BC'],
      [`{{ toPairs({"a": 1}) }}`, [['a', 1]]],
      [`{{ fromPairs([["a", 1], ["b", 2]]) }}`, { a: 1, b: 2 }],
      [`{{ removeNulls([1, null, 2]) }}`, [1, 2]],
      [`{{ concat([[1], [2, 3]]) }}`, [1, 2, 3]],
      [`{{ concat(["ab", "cd"]) }}`, 'abcd'],
      [`{{ concat([{"a": 1, "b": 2}, {"b": 3}]) }}`, { a: 1, b: 3 }],
    ];
    for (const [template, expected] of cases) expect(run(template), template).toEqual(expected);
  });

  it('reads session variables case-insensitively through getSessionVariable', () => {
    const fns = sessionFunctions({ 'x-hasura-user-id': '42' });
    expect(runKriti(`{{ getSessionVariable("X-Hasura-User-Id") }}`, {}, fns)).toBe('42');
  });
});

describe("Kriti errors, in Hasura's shape", () => {
  it('names a missing attribute at the path (tests-py test_webhook_transform_bad_eval)', () => {
    expect(errorOf(() => runKriti('{{ $body.world }}', { $body: { hello: 'world' } }))).toEqual({
      error_code: 'Attribute Error',
      message: "'Object' has no attribute 'world'.",
      source_position: { start_line: 0, start_column: 4, end_line: 0, end_column: 15 },
    });
  });

  it('reports an unexpected token (tests-py test_webhook_transform_bad_parse)', () => {
    expect(errorOf(() => parseKriti('$body.hello }}'))).toEqual({
      error_code: 'Parse Error',
      message: "Unexpected token '}'.",
      source_position: { start_line: 0, start_column: 14, end_line: 0, end_column: 15 },
    });
  });

  it('reports a failing function at its argument, and an unknown one as a name error', () => {
    const fns = sessionFunctions({ 'x-hasura-my-variable': 'some value' });
    expect(errorOf(() => runKriti('{{ getSessionVariable("this_variable_doesnt_exist") }}', {}, fns))).toEqual({
      error_code: 'Function Error',
      message: 'Session variable "this_variable_doesnt_exist" not found',
      source_position: { start_line: 0, start_column: 23, end_line: 0, end_column: 51 },
    });
    expect(errorOf(() => runKriti('{{ fooFunction("x") }}', {}, fns))).toMatchObject({ error_code: 'Name Error', message: "Variable 'fooFunction' not in scope" });
  });

  it('refuses ranging over a scalar, non-boolean conditions and interpolating objects', () => {
    expect(errorOf(() => run('{{ range _, x := $.event.age }} {{x}} {{ end }}'))).toMatchObject({ error_code: 'Range Error' });
    expect(errorOf(() => run('{{ if $.event.age }} 1 {{ else }} 2 {{ end }}'))).toMatchObject({ error_code: 'Type Error' });
    expect(errorOf(() => run('"at {{ $.event }}"'))).toMatchObject({ error_code: 'Type Error', message: "Cannot interpolate type: 'Object'." });
    expect(errorOf(() => run('{{ $.missing }}'))).toMatchObject({ error_code: 'Attribute Error' });
    expect(errorOf(() => run('{{ $nothing }}'))).toMatchObject({ error_code: 'Name Error', message: "Variable '$nothing' not in scope" });
    expect(errorOf(() => run('{{ $.event.author.articles[9] }}'))).toMatchObject({ error_code: 'Index Error' });
    expect(errorOf(() => run('{{ head([]) }}'))).toMatchObject({ error_code: 'Function Error', message: 'Empty array' });
  });
});
