import { createHash, timingSafeEqual } from 'node:crypto';
import { AuthError } from './auth-error.js';
import { header, parseCookies, sessionVariablesFromHeaders, type RequestHeaders } from './headers.js';
import type { JwtConfig } from './jwt-config.js';
import { hasuraClaims, verifyJwt } from './jwt-verify.js';
import { ADMIN_ROLE, type Session } from './session.js';
import { checkBackendOnlyHeader } from './backend-only.js';

/**
 * How requests are authenticated; the modes of Hasura's `getUserInfoWithExpTime_`
 * (server/src-lib/Hasura/Server/Auth.hs): no secret (everyone is admin), admin secret,
 * admin secret + JWT, each optionally with an unauthorized role.
 */
export interface AuthSettings {
  adminSecret?: string;
  jwt?: JwtConfig;
  unauthorizedRole?: string;
  /** HASURA_GRAPHQL_METRICS_SECRET: may read /metrics (as `Authorization: Bearer <secret>`), nothing else. */
  metricsSecret?: string;
}

const ADMIN_SECRET_HEADERS = ['x-hasura-admin-secret', 'x-hasura-access-key'];

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

// The configured secrets are the same on every request: hash them once, not per request
// (profiled at ~2% of the engine's CPU under load when both sides were hashed each time).
const expectedDigests = new Map<string, Buffer>();

function secretMatches(sent: string, expected: string): boolean {
  let expectedDigest = expectedDigests.get(expected);
  if (!expectedDigest) {
    if (expectedDigests.size >= 8) expectedDigests.clear();
    expectedDigests.set(expected, (expectedDigest = digest(expected)));
  }
  return timingSafeEqual(digest(sent), expectedDigest);
}

function withRole(role: string, variables: Record<string, string>, isAdmin: boolean): Session {
  return { role, variables: { ...variables, 'x-hasura-role': role }, isAdmin };
}

/** Admin (or no auth configured): the role is `x-hasura-role` if sent, else admin. */
function adminSession(headers: RequestHeaders): Session {
  checkBackendOnlyHeader(headers);
  const variables = sessionVariablesFromHeaders(headers);
  return withRole(variables['x-hasura-role'] || ADMIN_ROLE, variables, true);
}

function claimString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function jwtSession(headers: RequestHeaders, jwt: JwtConfig, unauthorizedRole: string | undefined): Promise<Session> {
  const carrier = jwt.header.type === 'Cookie' ? header(headers, 'cookie') : header(headers, 'authorization');
  if (carrier === undefined) {
    if (unauthorizedRole === undefined) {
      throw new AuthError('invalid-headers', "Missing 'Authorization' or 'Cookie' header in JWT authentication mode");
    }
    return withRole(unauthorizedRole, sessionVariablesFromHeaders(headers), false);
  }
  let token: string;
  if (jwt.header.type === 'Cookie') {
    const value = parseCookies(carrier)[jwt.header.name];
    if (value === undefined) throw new AuthError('invalid-headers', `Could not find ${jwt.header.name} in Cookie header`);
    token = value;
  } else {
    const parts = carrier.split(/\s+/).filter(Boolean);
    if (parts.length !== 2 || parts[0] !== 'Bearer') throw new AuthError('invalid-headers', 'Malformed Authorization header');
    token = parts[1]!;
  }
  const claims = hasuraClaims(await verifyJwt(token, jwt), jwt);

  const allowed = claims['x-hasura-allowed-roles'];
  if (allowed === undefined) throw new AuthError('jwt-missing-role-claims', 'JWT claim does not contain x-hasura-allowed-roles');
  if (!Array.isArray(allowed) || !allowed.every((r) => typeof r === 'string')) {
    throw new AuthError('jwt-invalid-claims', 'invalid x-hasura-allowed-roles; should be a list of roles');
  }
  const defaultRole = claims['x-hasura-default-role'];
  if (defaultRole === undefined) throw new AuthError('jwt-missing-role-claims', 'JWT claim does not contain x-hasura-default-role');
  if (typeof defaultRole !== 'string') {
    throw new AuthError('jwt-invalid-claims', 'invalid x-hasura-default-role; should be a single role name');
  }
  const role = header(headers, 'x-hasura-role') || defaultRole;
  if (!allowed.includes(role)) throw new AuthError('access-denied', 'Your requested role is not in allowed roles');

  // Only the token is trusted: session variables come from the claims, never from other headers.
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (name === 'x-hasura-allowed-roles' || name === 'x-hasura-default-role') continue;
    variables[name] = claimString(value);
  }
  return withRole(role, variables, false);
}

export async function authenticate(headers: RequestHeaders, settings: AuthSettings): Promise<Session> {
  if (settings.adminSecret === undefined && settings.jwt === undefined) return adminSession(headers);

  const sentSecret = ADMIN_SECRET_HEADERS.map((name) => header(headers, name)).find((v) => v !== undefined);
  if (sentSecret !== undefined) {
    if (settings.adminSecret === undefined || !secretMatches(sentSecret, settings.adminSecret)) {
      throw new AuthError('access-denied', 'invalid x-hasura-admin-secret/x-hasura-access-key', 401);
    }
    return adminSession(headers);
  }
  if (settings.jwt !== undefined) return jwtSession(headers, settings.jwt, settings.unauthorizedRole);
  if (settings.unauthorizedRole !== undefined) {
    return withRole(settings.unauthorizedRole, sessionVariablesFromHeaders(headers), false);
  }
  throw new AuthError('access-denied', 'x-hasura-admin-secret/x-hasura-access-key required, but not found', 401);
}

/**
 * Who may read /metrics: admin, by the admin secret as for every admin API, or, when
 * HASURA_GRAPHQL_METRICS_SECRET is set, a scraper sending `Authorization: Bearer <secret>`
 * (Hasura EE's metrics endpoint). A JWT or the unauthorized role never can. Only without any
 * auth configured (no secrets, no JWT: everyone is admin, as in `authenticate`) is it open.
 * Otherwise it throws Hasura's `access-denied` (401).
 */
export function authorizeMetrics(headers: RequestHeaders, settings: AuthSettings): void {
  if (settings.adminSecret === undefined && settings.jwt === undefined && settings.metricsSecret === undefined) return;
  const sentSecret = ADMIN_SECRET_HEADERS.map((name) => header(headers, name)).find((v) => v !== undefined);
  if (sentSecret !== undefined) {
    if (settings.adminSecret !== undefined && secretMatches(sentSecret, settings.adminSecret)) return;
    throw new AuthError('access-denied', 'invalid x-hasura-admin-secret/x-hasura-access-key', 401);
  }
  const authorization = settings.metricsSecret === undefined ? undefined : header(headers, 'authorization');
  if (authorization !== undefined) {
    const parts = authorization.trim().split(/\s+/);
    if (parts.length === 2 && /^bearer$/i.test(parts[0]!) && secretMatches(parts[1]!, settings.metricsSecret!)) return;
    throw new AuthError('access-denied', 'invalid metrics secret', 401);
  }
  throw new AuthError('access-denied', 'x-hasura-admin-secret/x-hasura-access-key required, but not found', 401);
}
