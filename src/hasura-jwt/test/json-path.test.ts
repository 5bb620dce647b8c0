import { describe, expect, it } from 'vitest';
import { parseJsonPath, readJsonPath } from '@3factor/hasura-jwt';

describe("Hasura's JSON path", () => {
  it('parses dotted, quoted and indexed segments', () => {
    expect(parseJsonPath('$')).toEqual([]);
    expect(parseJsonPath('$.hasura.claims')).toEqual(['hasura', 'claims']);
    expect(parseJsonPath("$['https://x.io/claims'].a")).toEqual(['https://x.io/claims', 'a']);
    expect(parseJsonPath('$.list[1]["k"]')).toEqual(['list', 1, 'k']);
  });

  // The cases of Hasura's graphql_query/basic `path` argument and its parser's own forms.
  it.each([
    ['.obj.c1', ['obj', 'c1']],
    ['a', ['a']],
    ['hasura.claims', ['hasura', 'claims']],
    ['arr[0]', ['arr', 0]],
    ["['!@#$%^']", ['!@#$%^']],
    ["translations['hello world!']", ['translations', 'hello world!']],
    ['objs[0]["你好"]', ['objs', 0, '你好']],
    ['objs.[0].["你好"]', ['objs', 0, '你好']],
    ['$.a-b_c.你好', ['a-b_c', '你好']],
    ['$["say \\"hi\\""]', ['say "hi"']],
    ["$['it\\'s']", ["it's"]],
    ["$['a\"b']", ['a"b']],
    ['$["tab\\tstop"]', ['tab\tstop']],
  ])('parses %s', (path, segments) => {
    expect(parseJsonPath(path)).toEqual(segments);
  });

  it('rejects malformed paths with the message Hasura gives', () => {
    for (const path of ['', '$.', '$[x]', 'a[x]', "a['open", '$.1a', '$.a b', '$["x"', '$[1', '$..a']) {
      expect(() => parseJsonPath(path), path).toThrow(`${path}. Accept letters, digits, underscore (_) or hyphen (-) only`);
    }
  });

  it('reads values and gives undefined for absent ones', () => {
    const payload = { a: { b: [{ c: 1 }] } };
    expect(readJsonPath(payload, ['a', 'b', 0, 'c'])).toBe(1);
    expect(readJsonPath(payload, [])).toBe(payload);
    expect(readJsonPath(payload, ['a', 'x', 'y'])).toBeUndefined();
  });
});
