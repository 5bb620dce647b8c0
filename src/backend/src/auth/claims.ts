/**
 * The Hasura claims a token carries, and where in the payload they go. Permissions in
 * hasura/metadata filter through relationships on X-Hasura-User-Id, so the standard
 * three claims are all a session needs.
 */
export const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';

export interface TokenUser {
  id: string;
  username: string;
  role: string;
}

export type ClaimsLocation = { namespace: string } | { path: string[] };

export function hasuraClaims(user: TokenUser): Record<string, unknown> {
  return {
    'x-hasura-user-id': user.id,
    'x-hasura-default-role': user.role,
    'x-hasura-allowed-roles': [user.role],
  };
}

/** `$.a.b` or `$.a['b.c']` → ['a', 'b'] / ['a', 'b.c'] (the subset of JSON path Hasura's claims_namespace_path uses). */
export function parseClaimsPath(path: string): string[] {
  if (!path.startsWith('$')) throw new Error(`claims_namespace_path must start with $: ${path}`);
  const segments: string[] = [];
  const pattern = /\.([A-Za-z0-9_-]+)|\[['"]([^'"]+)['"]\]/gy;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) throw new Error(`cannot read claims_namespace_path ${path}`);
    segments.push(match[1] ?? match[2]!);
  }
  return segments;
}

/** The payload fields that carry the claims, in the configured place and format. */
export function placeClaims(
  claims: Record<string, unknown>,
  location: ClaimsLocation,
  format: 'json' | 'stringified_json',
): Record<string, unknown> {
  const value = format === 'stringified_json' ? JSON.stringify(claims) : claims;
  if ('namespace' in location) return { [location.namespace]: value };
  if (location.path.length === 0) return claims;
  const root: Record<string, unknown> = {};
  let cursor = root;
  location.path.forEach((segment, index) => {
    if (index === location.path.length - 1) cursor[segment] = value;
    else cursor = (cursor[segment] = {}) as Record<string, unknown>;
  });
  return root;
}
