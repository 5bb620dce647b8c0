import { describe, expect, it } from 'vitest';
import { compareResponse } from '../../conformance/compare.js';

const q = (query: string) => ({ query });

describe("the harness's comparison rules", () => {
  it('enforces key order along the selection set', () => {
    const request = q('query { author { id name } }');
    const expected = { data: { author: [{ id: 1, name: 'A' }] } };
    expect(compareResponse(expected, { data: { author: [{ id: 1, name: 'A' }] } }, request)).toEqual({ match: 'exact' });
    expect(compareResponse(expected, { data: { author: [{ name: 'A', id: 1 }] } }, request).match).toBe('none');
  });

  it('ignores order inside leaf (jsonb) values and at the top level', () => {
    const request = q('query { t { payload } }');
    expect(compareResponse({ data: { t: [{ payload: { a: 1, b: 2 } }] } }, { data: { t: [{ payload: { b: 2, a: 1 } }] } }, request).match).toBe('exact');
    expect(compareResponse({ errors: [], data: { t: [] } }, { data: { t: [] }, errors: [] }, request).match).toBe('exact');
  });

  it('falls back to unordered comparison where the harness bails out (fragments, batches, non-GraphQL)', () => {
    const fragment = q('query { author { ...F } } fragment F on author { id name }');
    expect(compareResponse({ data: { author: [{ id: 1, name: 'A' }] } }, { data: { author: [{ name: 'A', id: 1 }] } }, fragment).match).toBe('exact');
    const batch = [q('{ a { x y } }'), q('{ b }')];
    expect(compareResponse([{ data: { a: { x: 1, y: 2 } } }, { data: { b: 1 } }], [{ data: { a: { y: 2, x: 1 } } }, { data: { b: 1 } }], batch).match).toBe('exact');
    expect(compareResponse({ a: 1, b: 2 }, { b: 2, a: 1 }, { type: 'run_sql', args: {} }).match).toBe('exact');
  });

  it('compares values strictly', () => {
    const request = q('query { a { id } }');
    expect(compareResponse({ data: { a: [{ id: 1 }] } }, { data: { a: [{ id: '1' }] } }, request).match).toBe('none');
    expect(compareResponse({ data: { a: [{ id: 1 }] } }, { data: { a: [{ id: 1 }, { id: 2 }] } }, request).match).toBe('none');
  });

  it('treats two differing error bodies as a soft pass, an error against data as a failure', () => {
    const request = q('query { a }');
    const expected = { errors: [{ message: 'x', extensions: { code: 'validation-failed', path: '$' } }] };
    const otherError = { errors: [{ message: 'y', extensions: { code: 'validation-failed', path: '$' } }] };
    expect(compareResponse(expected, otherError, request).match).toBe('soft');
    expect(compareResponse(expected, { data: { a: 1 } }, request).match).toBe('none');
    const reordered = { errors: [{ extensions: { path: '$', code: 'validation-failed' }, message: 'x' }] };
    expect(compareResponse(expected, reordered, request).match).toBe('exact');
  });
});
