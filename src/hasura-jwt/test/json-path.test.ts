import { describe, expect, it } from 'vitest';
import { parseJsonPath, readJsonPath } from '@3factor/hasura-jwt';

describe('claims_namespace_path', () => {
  it('parses dotted, quoted and indexed segments', () => {
    expect(parseJsonPath('$')).toEqual([]);
    expect(parseJsonPath('$.hasura.claims')).toEqual(['hasura', 'claims']);
    expect(parseJsonPath("$['https://x.io/claims'].a")).toEqual(['https://x.io/claims', 'a']);
    expect(parseJsonPath('$.list[1]["k"]')).toEqual(['list', 1, 'k']);
  });

  it('rejects malformed paths', () => {
    expect(() => parseJsonPath('hasura')).toThrow();
    expect(() => parseJsonPath('$.')).toThrow();
    expect(() => parseJsonPath('$[x]')).toThrow();
  });

  it('reads values and gives undefined for absent ones', () => {
    const payload = { a: { b: [{ c: 1 }] } };
    expect(readJsonPath(payload, ['a', 'b', 0, 'c'])).toBe(1);
    expect(readJsonPath(payload, [])).toBe(payload);
    expect(readJsonPath(payload, ['a', 'x', 'y'])).toBeUndefined();
  });
});
