/**
 * Decimal values as Hasura hands them to Postgres, which decides the scale a `numeric` result
 * keeps (`12345.67 + -1.1` is `12344.57` or `12344.5700` depending on it):
 * - a GraphQL literal becomes a Haskell `Scientific` written with `show`: `-1.1`, `5.0`, `0.5`,
 *   `-1.0e-30`, `5.0e-2` (exponent form below 0.1 and from 10^7);
 * - a v1 `insert` value is sent in Postgres' binary numeric format, whose digits come in groups
 *   of four: the scale is the literal's, rounded up to a multiple of 4 (`12345.67` → 4).
 */
interface Decimal {
  negative: boolean;
  /** Significant digits, no leading or trailing zeros ("" for zero). */
  digits: string;
  /** The value is 0.<digits> × 10^exponent. */
  exponent: number;
}

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const whole = m[2]!;
  const fraction = m[3] ?? '';
  const all = (whole + fraction).replace(/^0+/, '');
  const leadingZeros = (whole + fraction).length - all.length;
  const digits = all.replace(/0+$/, '');
  const exponent = whole.length - leadingZeros + Number(m[4] ?? 0);
  return { negative: m[1] === '-' && digits !== '', digits, exponent };
}

/** Haskell's `show` of a Scientific (`formatScientific Generic Nothing`). */
export function scientificText(literal: string): string | undefined {
  const d = parseDecimal(literal);
  if (!d) return undefined;
  const sign = d.negative ? '-' : '';
  if (d.digits === '') return '0.0';
  const { digits, exponent: e } = d;
  if (e < 0 || e > 7) return `${sign}${digits[0]}.${digits.slice(1) || '0'}e${e - 1}`;
  if (e === 0) return `${sign}0.${digits}`;
  const whole = digits.slice(0, e).padEnd(e, '0');
  return `${sign}${whole}.${digits.slice(e) || '0'}`;
}

/** The scale Postgres' binary numeric format gives a value: its own, rounded up to a multiple of 4. */
export function binaryNumericScale(value: number | string): number | undefined {
  const d = parseDecimal(String(value));
  if (!d) return undefined;
  const scale = Math.max(0, d.digits.length - d.exponent);
  return Math.ceil(scale / 4) * 4;
}
