import { parse, type SelectionNode } from 'graphql';

/**
 * Response comparison as Hasura's test harness does it (`server/tests-py/validate.py`,
 * `collapse_order_not_selset` + `equal_CommentedMap` + `assert_graphql_resp_expected`):
 * - object key order matters only for objects reached along the selection set of the
 *   query's first definition (looked up by field *name*); leaf values, `errors` and the
 *   top level compare without order;
 * - when the walk fails (fragments, aliases, nulls where objects were expected, batches,
 *   non-GraphQL bodies) every level compares without order, as the harness bails out;
 * - when expected and actual are both error bodies and still differ, the harness only
 *   warns: that is a soft pass here, reported separately.
 */
type Canon = null | boolean | number | string | Canon[] | { pairs: [string, Canon][] };

function collapse(value: unknown): Canon {
  if (Array.isArray(value)) return value.map(collapse);
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, collapse(v)] as [string, Canon]);
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { pairs };
  }
  return value as Canon;
}

class BailOut extends Error {}

function ordered(node: unknown, selections: readonly SelectionNode[]): Canon {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new BailOut();
  const record = node as Record<string, unknown>;
  const handled = new Map<string, Canon>();
  for (const selection of selections) {
    if (selection.kind !== 'Field') throw new BailOut();
    const name = selection.name.value;
    if (!(name in record)) throw new BailOut();
    const value = record[name];
    if (!selection.selectionSet || value === null || typeof value !== 'object') handled.set(name, collapse(value));
    else if (Array.isArray(value))
      handled.set(
        name,
        value.map((item) => ordered(item, selection.selectionSet!.selections)),
      );
    else handled.set(name, ordered(value, selection.selectionSet.selections));
  }
  return { pairs: Object.entries(record).map(([k, v]) => [k, handled.get(k) ?? (v as Canon)]) };
}

function canonical(result: unknown, request: unknown): Canon {
  const query = request !== null && typeof request === 'object' && !Array.isArray(request) ? (request as { query?: unknown }).query : undefined;
  if (typeof query !== 'string' || result === null || typeof result !== 'object' || Array.isArray(result)) return collapse(result);
  try {
    const first = parse(query).definitions[0];
    if (!first || !('selectionSet' in first) || !first.selectionSet) throw new BailOut();
    const top = result as Record<string, unknown>;
    const pairs: [string, Canon][] = Object.entries(top).map(([key, value]) => {
      if (key === 'data') return [key, ordered(value, first.selectionSet.selections)];
      if (key === 'errors') return [key, collapse(value)];
      return [key, collapse(value)];
    });
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { pairs };
  } catch {
    return collapse(result);
  }
}

const same = (a: Canon, b: Canon) => JSON.stringify(a) === JSON.stringify(b);

function isErrorBody(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Boolean(v.error) || (Array.isArray(v.errors) ? v.errors.length > 0 : Boolean(v.errors));
}

export type Verdict = { match: 'exact' } | { match: 'soft'; note: string } | { match: 'none'; note: string };

/** Compares an actual body with the expected one for a request body (`query`). */
export function compareResponse(expected: unknown, actual: unknown, request: unknown): Verdict {
  if (same(canonical(expected, request), canonical(actual, request))) return { match: 'exact' };
  const expectedList = Array.isArray(expected) ? expected : [expected];
  const actualList = Array.isArray(actual) ? actual : [actual];
  if (expectedList.length !== actualList.length) return { match: 'none', note: 'batch sizes differ' };
  const requests = Array.isArray(request) ? request : [request];
  let soft = false;
  for (const [i, exp] of expectedList.entries()) {
    const act = actualList[i];
    if (same(canonical(exp, requests[i]), canonical(act, requests[i]))) continue;
    if (isErrorBody(exp) && isErrorBody(act)) {
      soft = true;
      continue;
    }
    return { match: 'none', note: Array.isArray(expected) ? `batch element ${i} differs` : 'body differs' };
  }
  return soft ? { match: 'soft', note: 'error body differs from the expected one (the harness only warns)' } : { match: 'exact' };
}

/** `resp_headers`: every expected header must be present with the same value. */
export function headersMatch(expected: Record<string, unknown> | undefined, actual: Headers): boolean {
  if (!expected) return true;
  return Object.entries(expected).every(([name, value]) => actual.get(name) === String(value));
}

function errorCodes(body: unknown): string[] {
  const codes: string[] = [];
  for (const item of Array.isArray(body) ? body : [body]) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as { code?: unknown; errors?: unknown };
    if (typeof record.code === 'string') codes.push(record.code);
    if (Array.isArray(record.errors)) {
      for (const error of record.errors as { extensions?: { code?: unknown } }[]) {
        const code = error?.extensions?.code;
        if (typeof code === 'string') codes.push(code);
      }
    }
  }
  return codes.sort();
}

/** Whether two error bodies carry the same error codes (`code`, `extensions.code`): a client branches on them. */
export function sameErrorCodes(expected: unknown, actual: unknown): boolean {
  return JSON.stringify(errorCodes(expected)) === JSON.stringify(errorCodes(actual));
}
