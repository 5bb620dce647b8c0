import type { Json } from './ast.js';

/**
 * Kriti's built-in functions (kriti-lang `CustomFunctions.hs`, `basicFuncMap`) and Hasura's
 * `getSessionVariable`. Each takes one JSON value; a thrown FunctionFailure becomes a
 * `Function Error` at the argument.
 */
export class FunctionFailure extends Error {}

export type KritiFunction = (arg: Json) => Json;

/** Aeson's name for a value's type, as its parse errors say it. */
export function typeName(value: Json): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}

const isObject = (value: Json): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Aeson's `withText`/`withArray`/… failure message. */
function expected(what: string, type: string, value: Json): never {
  throw new FunctionFailure(`parsing ${what} failed, expected ${type}, but encountered ${typeName(value)}`);
}
function text(value: Json): string {
  return typeof value === 'string' ? value : expected('String', 'String', value);
}

/** Haskell's `URI.escapeURIString isUnreserved`: everything but `A-Za-z0-9-_.~` as UTF-8 `%XX`. */
export function escapeUri(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function size(value: Json): Json {
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  if (typeof value === 'string') return [...value].length;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return 0;
}

export const BUILTIN_FUNCTIONS: Record<string, KritiFunction> = {
  empty(value) {
    if (Array.isArray(value)) return value.length === 0;
    if (isObject(value)) return Object.keys(value).length === 0;
    if (typeof value === 'string') return value.trim() === '';
    if (typeof value === 'number') return value === 0;
    if (typeof value === 'boolean') throw new FunctionFailure('Cannot define emptiness for a boolean');
    return true;
  },
  size,
  length: size,
  inverse(value) {
    if (Array.isArray(value)) return [...value].reverse();
    if (typeof value === 'string') return [...value].reverse().join('');
    if (typeof value === 'number') return 1 / value;
    if (typeof value === 'boolean') return !value;
    return value;
  },
  head(value) {
    if (Array.isArray(value)) {
      if (value.length === 0) throw new FunctionFailure('Empty array');
      return value[0]!;
    }
    if (typeof value === 'string') {
      if (value === '') throw new FunctionFailure('Empty string');
      return [...value][0]!;
    }
    throw new FunctionFailure('Expected an array or string');
  },
  tail(value) {
    if (Array.isArray(value)) return value.slice(1);
    if (typeof value === 'string') return [...value].slice(1).join('');
    throw new FunctionFailure('Expected an array or string');
  },
  toCaseFold: (value) => text(value).toLowerCase(),
  toLower: (value) => text(value).toLowerCase(),
  toUpper: (value) => text(value).toUpperCase(),
  toTitle: (value) => text(value).replace(/\p{L}+/gu, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()),
  escapeUri: (value) => escapeUri(text(value)),
  toPairs(value) {
    if (!isObject(value)) return expected('Object', 'Object', value);
    return Object.entries(value).map(([k, v]) => [k, v]);
  },
  fromPairs(value) {
    if (!Array.isArray(value)) return expected('Nested Arrays', 'Array', value);
    const out: { [key: string]: Json } = {};
    for (const pair of value) {
      if (!Array.isArray(pair)) return expected('Array of Pair', 'Array', pair);
      if (pair.length !== 2 || typeof pair[0] !== 'string') throw new FunctionFailure('Expected an array of shape [ [k1,v1], [k2,v2] ... ] - With String keys.');
      out[pair[0]] = pair[1]!;
    }
    return out;
  },
  removeNulls(value) {
    if (!Array.isArray(value)) return expected('Array', 'Array', value);
    return value.filter((item) => item !== null);
  },
  concat(value) {
    if (!Array.isArray(value)) return expected('Array', 'Array', value);
    if (value.every(Array.isArray)) return (value as Json[][]).flat();
    if (value.every((v) => typeof v === 'string')) return value.join('');
    if (value.every(isObject)) return Object.assign({}, ...(value as object[])) as Json;
    const odd = value.find((v) => !isObject(v))!;
    return expected('Nested Object', 'Object', odd);
  },
  not(value) {
    if (typeof value !== 'boolean') return expected('Bool', 'Boolean', value);
    return !value;
  },
};

/** Hasura's session functions (`Data.Aeson.Kriti.Functions.sessionFunctions`). */
export function sessionFunctions(sessionVariables: Record<string, string> | null | undefined): Record<string, KritiFunction> {
  return {
    getSessionVariable(value) {
      if (typeof value !== 'string') throw new FunctionFailure('Session variable name should be a string');
      const wanted = value.toLowerCase();
      for (const [name, v] of Object.entries(sessionVariables ?? {})) if (name.toLowerCase() === wanted) return v;
      throw new FunctionFailure(`Session variable "${value}" not found`);
    },
  };
}
