import { jwtVerify } from 'jose';
import type { JwtKey } from './config.js';

/**
 * Only an analyst may start or stop the load generator. The token is the one the engine
 * accepts (same key, same claims), verified here rather than trusted.
 */
export const CONTROL_ROLE = 'analyst';

export type TokenCheck = { ok: true; userId: string } | { ok: false; status: 401 | 403 | 503; error: string };

export async function checkAnalystToken(authorization: string | undefined, jwt: JwtKey | undefined): Promise<TokenCheck> {
  if (!jwt) return { ok: false, status: 503, error: 'HASURA_GRAPHQL_JWT_SECRET is not set: the load generator cannot check tokens' };
  const match = /^Bearer\s+(\S+)$/.exec(authorization ?? '');
  if (!match) return { ok: false, status: 401, error: 'send the analyst token as Authorization: Bearer <token>' };
  try {
    const { payload } = await jwtVerify(match[1]!, new TextEncoder().encode(jwt.key), { algorithms: [jwt.type] });
    const claims = (payload[jwt.claimsNamespace] ?? {}) as Record<string, unknown>;
    const allowed = claims['x-hasura-allowed-roles'];
    if (!Array.isArray(allowed) || !allowed.includes(CONTROL_ROLE)) {
      return { ok: false, status: 403, error: `the load generator is for the ${CONTROL_ROLE} role` };
    }
    return { ok: true, userId: String(claims['x-hasura-user-id'] ?? payload.sub ?? '') };
  } catch {
    return { ok: false, status: 401, error: 'invalid or expired token' };
  }
}
