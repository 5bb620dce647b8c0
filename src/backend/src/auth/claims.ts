/**
 * The Hasura claims a token carries, and where in the payload they go. Permissions in
 * hasura/metadata filter through relationships on X-Hasura-User-Id, so the standard
 * three claims are all a session needs.
 */
import type { ClaimsFormat, PathSegment } from '@3factor/hasura-jwt';

export interface TokenUser {
  id: string;
  username: string;
  role: string;
}

/** Where the claims go (the `claimsLocation` of @3factor/hasura-jwt's parsed secret). */
export type ClaimsLocation = { namespace: string } | { path: readonly PathSegment[] };

export function hasuraClaims(user: TokenUser): Record<string, unknown> {
  return {
    'x-hasura-user-id': user.id,
    'x-hasura-default-role': user.role,
    'x-hasura-allowed-roles': [user.role],
  };
}

/** The payload fields that carry the claims, in the configured place and format. */
export function placeClaims(claims: Record<string, unknown>, location: ClaimsLocation, format: ClaimsFormat): Record<string, unknown> {
  const value = format === 'stringified_json' ? JSON.stringify(claims) : claims;
  if ('namespace' in location) return { [location.namespace]: value };
  if (location.path.length === 0) return claims;
  // A numeric segment ($.a[0]) is an array index, as the engine reads it.
  type Container = Record<string | number, unknown>;
  const container = (segment: PathSegment): Container => (typeof segment === 'number' ? [] : {}) as Container;
  const root: Container = {};
  let cursor = root;
  location.path.forEach((segment, index) => {
    const next = location.path[index + 1];
    if (next === undefined) cursor[segment] = value;
    else cursor = cursor[segment] = container(next);
  });
  return root as Record<string, unknown>;
}
