/**
 * Hasura's JSON path syntax (`Data.Parser.JSONPath`), the one parser for both places Hasura
 * takes a path: `claims_namespace_path` of HASURA_GRAPHQL_JWT_SECRET and the `path` argument
 * of json/jsonb columns. `$` alone is the root; otherwise an optional `$` and one or more of
 * `name`/`.name` (a letter or `_`, then letters, digits, `_`, `-`), `[42]`, `["key"]`,
 * `['key']` (JSON escapes inside the quotes), each bracket optionally after a `.`:
 * `$.a.b[0]`, `a.b`, `$["x y"]`, `objs.[0].['你好']`.
 */
export type PathSegment = string | number;

const NAME = /^[\p{L}_][\p{L}0-9_-]*/u;
const INDEX = /^\d+/;

export function parseJsonPath(path: string): PathSegment[] {
  if (path === '$') return [];
  const invalid = () => new Error(`${path}. Accept letters, digits, underscore (_) or hyphen (-) only. Use quotes enclosed in bracket (["..."]) if there is any special character`);
  const segments: PathSegment[] = [];
  let i = path.startsWith('$') ? 1 : 0;
  do {
    const dotted = path[i] === '.' ? i + 1 : i;
    const name = NAME.exec(path.slice(dotted));
    if (name) {
      segments.push(name[0]);
      i = dotted + name[0].length;
      continue;
    }
    if (path[dotted] !== '[') throw invalid();
    const bracket = readBracket(path, dotted + 1);
    if (!bracket) throw invalid();
    segments.push(bracket.segment);
    i = bracket.end;
  } while (i < path.length);
  return segments;
}

/** `42]`, `"key"]` or `'key']` from `start` (just after the `[`); the segment and the index after `]`. */
function readBracket(path: string, start: number): { segment: PathSegment; end: number } | undefined {
  const index = INDEX.exec(path.slice(start));
  if (index) {
    const end = start + index[0].length;
    return path[end] === ']' ? { segment: Number(index[0]), end: end + 1 } : undefined;
  }
  const quote = path[start];
  if (quote !== '"' && quote !== "'") return undefined;
  let json = '';
  let i = start + 1;
  for (; i < path.length && path[i] !== quote; i++) {
    const c = path[i]!;
    if (c === '\\') {
      const next = path[++i];
      if (next === undefined) return undefined;
      // In single quotes `\'` is a quote; every other escape is JSON's.
      json += quote === "'" && next === "'" ? "'" : `\\${next}`;
    } else {
      json += c === '"' ? '\\"' : c;
    }
  }
  if (path[i] !== quote || path[i + 1] !== ']') return undefined;
  try {
    return { segment: JSON.parse(`"${json}"`) as string, end: i + 2 };
  } catch {
    return undefined;
  }
}

export function readJsonPath(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
