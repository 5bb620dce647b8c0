/**
 * A cohort's variables as the multiplexed statement reads them (a json array): each bound
 * value in the text form node-postgres would send for it, or null. Equal arrays mean equal
 * cohorts, and a value read back from the array and cast means what it means when bound to
 * the one-subscriber statement.
 */
export function cohortValues(values: readonly unknown[]): (string | null)[] {
  return values.map(pgText);
}

/**
 * The text node-postgres sends for a bound value (its `prepareValue`), for the values the
 * compiler binds: strings, numbers, booleans, bigints, JSON objects, arrays (as array literals),
 * Dates (local time with offset, pg's default) and bytes (as `\x` hex, bytea's text form).
 */
export function pgText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return String(value);
  if (ArrayBuffer.isView(value)) return '\\x' + bytes(value).toString('hex');
  if (value instanceof Date) return dateText(value);
  if (Array.isArray(value)) return arrayLiteral(value);
  return JSON.stringify(value);
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** `{...}` with every element quoted, nested arrays as sub-arrays, null as NULL. */
function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    // Unquoted, so the backslash itself is escaped: the element reads as `\x...`.
    if (ArrayBuffer.isView(item)) return '\\\\x' + bytes(item).toString('hex');
    return '"' + pgText(item)!.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  });
  return '{' + elements.join(',') + '}';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateText(date: Date): string {
  let year = date.getFullYear();
  const bc = year < 1;
  if (bc) year = Math.abs(year) + 1;
  let offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  offset = Math.abs(offset);
  return (
    `${pad(year, 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}${bc ? ' BC' : ''}`
  );
}
