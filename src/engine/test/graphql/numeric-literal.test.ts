import { describe, expect, it } from 'vitest';
import { binaryNumericScale, scientificText } from '../../src/compile/numeric-literal.js';

describe('numeric literals as Hasura sends them', () => {
  it("writes a GraphQL literal as Haskell's Scientific shows it", () => {
    expect(scientificText('-1.1')).toBe('-1.1');
    expect(scientificText('5')).toBe('5.0');
    expect(scientificText('12345.67')).toBe('12345.67');
    expect(scientificText('0.5')).toBe('0.5');
    expect(scientificText('0.05')).toBe('5.0e-2');
    expect(scientificText('-1E-30')).toBe('-1.0e-30');
    expect(scientificText('-3E-4')).toBe('-3.0e-4');
    expect(scientificText('123E5')).toBe('1.23e7');
    expect(scientificText('1200')).toBe('1200.0');
    expect(scientificText('0')).toBe('0.0');
    expect(scientificText('abc')).toBeUndefined();
  });

  it('gives a v1 insert value the scale of the binary numeric format (a multiple of 4)', () => {
    expect(binaryNumericScale(12345.67)).toBe(4);
    expect(binaryNumericScale(12345)).toBe(0);
    expect(binaryNumericScale('1.12345')).toBe(8);
    expect(binaryNumericScale(1e-30)).toBe(32);
  });
});
