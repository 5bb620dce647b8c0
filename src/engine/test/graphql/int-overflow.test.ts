import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scientificShow, validationErrors } from '../../src/execute/validation.js';

/** An Int literal beyond 32 bits is Hasura's parse-failed with its Scientific-printed value (insert_integer_overflow.yaml). */
describe('Int literals beyond 32 bits', () => {
  it("prints numbers as Haskell's Scientific shows them", () => {
    expect(scientificShow('2147483648')).toBe('2.147483648e9');
    expect(scientificShow('-2147483649')).toBe('-2.147483649e9');
    expect(scientificShow('10000000000')).toBe('1.0e10');
    expect(scientificShow('12')).toBe('12.0');
  });

  it('reports an overflowing literal as parse-failed', () => {
    const schema = buildSchema('type Query { f(n: Int): Int }');
    const document = parse('{ f(n: 2147483648) }');
    const errors = validationErrors(validate(schema, document), new Map());
    expect(errors).toEqual([
      {
        message: 'The value 2.147483648e9 lies outside the bounds or is not an integer. Maybe it is a float, or is there integer overflow?',
        extensions: { path: '$', code: 'parse-failed' },
      },
    ]);
  });
});
