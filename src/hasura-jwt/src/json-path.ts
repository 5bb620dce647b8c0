/**
 * The small JSON path subset Hasura accepts for `claims_namespace_path`:
 * `$`, `$.a.b`, `$['a.b']`, `$["a"]`, `$.a[0]`.
 */
export type PathSegment = string | number;

export function parseJsonPath(path: string): PathSegment[] {
  if (!path.startsWith('$')) throw new Error(`invalid JSON path ${JSON.stringify(path)}: must start with $`);
  const segments: PathSegment[] = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const match = /^[^.[\]]+/.exec(path.slice(i + 1));
      if (!match) throw new Error(`invalid JSON path ${JSON.stringify(path)} at ${i}`);
      segments.push(match[0]);
      i += 1 + match[0].length;
    } else if (c === '[') {
      const quoted = /^\[(['"])(.*?)\1\]/.exec(path.slice(i));
      const index = /^\[(\d+)\]/.exec(path.slice(i));
      if (quoted) {
        segments.push(quoted[2]!);
        i += quoted[0].length;
      } else if (index) {
        segments.push(Number(index[1]));
        i += index[0].length;
      } else throw new Error(`invalid JSON path ${JSON.stringify(path)} at ${i}`);
    } else throw new Error(`invalid JSON path ${JSON.stringify(path)} at ${i}`);
  }
  return segments;
}

export function readJsonPath(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
