import { jwtVerify, type JWTPayload } from 'jose';
import { readJsonPath } from '@3factor/hasura-jwt';
import type { JwtKey } from './config.js';

/**
 * Only an analyst may start or stop the load generator. The token is the one the engine
 * accepts (same key, same claims), verified here rather than trusted.
 */
export const CONTROL_ROLE = 'analyst';

/** The Hasura claims, where and in the format the secret says (as the engine reads them). */
function hasuraClaims(payload: JWTPayload, jwt: JwtKey): Record<string, unknown> {
  const location = jwt.claimsLocation;
  const raw = 'namespace' in location ? payload[location.namespace] : readJsonPath(payload, location.path);
  const claims: unknown = jwt.claimsFormat === 'stringified_json' && typeof raw === 'string' ? JSON.parse(raw) : raw;
  return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : {};
}

export type TokenCheck = { ok: true; userId: string } | { ok: false; status: 401 | 403 | 503; error: string };

export async function checkAnalystToken(authorization: string | undefined, jwt: JwtKey | undefined): Promise<TokenCheck> {
  if (!jwt) return { ok: false, status: 503, error: 'HASURA_GRAPHQL_JWT_SECRET is not set: the load generator cannot check tokens' };
  const match = /^Bearer\s+(\S+)$/.exec(authorization ?? '');
  if (!match) return { ok: false, status: 401, error: 'send the analyst token as Authorization: Bearer <token>' };
  try {
    const { payload } = await jwtVerify(match[1]!, new TextEncoder().encode(jwt.key), {
      algorithms: jwt.algorithms,
      audience: jwt.audience,
      issuer: jwt.issuer,
      clockTolerance: jwt.allowedSkewSeconds,
    });
    const claims = hasuraClaims(payload, jwt);
    const allowed = claims['x-hasura-allowed-roles'];
    if (!Array.isArray(allowed) || !allowed.includes(CONTROL_ROLE)) {
      return { ok: false, status: 403, error: `the load generator is for the ${CONTROL_ROLE} role` };
    }
    return { ok: true, userId: String(claims['x-hasura-user-id'] ?? payload.sub ?? '') };
  } catch {
    return { ok: false, status: 401, error: 'invalid or expired token' };
  }
}
