import { parseJsonPath as parseHasuraJsonPath } from '@3factor/hasura-jwt';

/**
 * Hasura's JSON path argument on json/jsonb columns (`path: "$.a.b[0]"`, `"arr[2]"`,
 * `"['key with spaces']"`) as the key list of Postgres's `#>` operator: indexes become text,
 * as Hasura's `elToColExp` does. Null when the path is malformed.
 */
export function parseJsonPath(path: string): string[] | null {
  try {
    return parseHasuraJsonPath(path).map(String);
  } catch {
    return null;
  }
}
