/**
 * Hasura's comparison rules (`validate.py`): key order matters only along the selection set,
 * not inside JSON values; when both sides are error responses a mismatch is only a warning.
 * Without the schema at hand, objects compare without key order here (the engine builds
 * selection-set objects in selection order by construction; the HTTP runner checks order).
 */
export function sameJson(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => sameJson(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    return ek.length === ak.length && ek.every((k) => k in (actual as object) && sameJson((actual as any)[k], (expected as any)[k]));
  }
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

function isErrorBody(body: unknown): boolean {
  return body !== null && typeof body === 'object' && 'errors' in (body as object) && !('data' in (body as object));
}

export function responseMatches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => responseMatches(actual[i], e));
  }
  if (isErrorBody(expected) && isErrorBody(actual)) return true;
  return sameJson(actual, expected);
}
