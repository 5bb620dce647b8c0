/**
 * Hasura's JSON path argument on json/jsonb columns (`path: "$.a.b[0]"`, `"arr[2]"`,
 * `"['key with spaces']"`), parsed into the key list of Postgres's `#>` operator.
 */
export function parseJsonPath(path: string): string[] | null {
  let i = 0;
  const keys: string[] = [];
  if (path.startsWith('$')) i = 1;
  const readIdentifier = (): string | null => {
    const start = i;
    while (i < path.length && path[i] !== '.' && path[i] !== '[') i++;
    return i > start ? path.slice(start, i) : null;
  };
  const readBracket = (): string | null => {
    i++; // [
    const quote = path[i];
    if (quote === '"' || quote === "'") {
      const end = path.indexOf(quote, i + 1);
      if (end < 0 || path[end + 1] !== ']') return null;
      const key = path.slice(i + 1, end);
      i = end + 2;
      return key;
    }
    const end = path.indexOf(']', i);
    if (end < 0) return null;
    const index = path.slice(i, end);
    if (!/^\d+$/.test(index)) return null;
    i = end + 1;
    return index;
  };
  if (i < path.length && path[i] !== '.' && path[i] !== '[') {
    const first = readIdentifier();
    if (first === null) return null;
    keys.push(first);
  }
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      i++;
      if (path[i] === '[') {
        const k = readBracket();
        if (k === null) return null;
        keys.push(k);
      } else {
        const k = readIdentifier();
        if (k === null) return null;
        keys.push(k);
      }
    } else if (c === '[') {
      const k = readBracket();
      if (k === null) return null;
      keys.push(k);
    } else {
      return null;
    }
  }
  return keys;
}
