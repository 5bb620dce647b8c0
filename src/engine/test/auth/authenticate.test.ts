import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuthError, authenticate, parseJwtConfig, usesBackendOnlyPermissions, type AuthSettings } from '../../src/auth/index.js';

const HS_KEY = 'a-very-long-shared-secret-of-at-least-32-chars';
const NS = 'https://hasura.io/jwt/claims';

async function hsToken(payload: Record<string, unknown>, expiresIn: string | number = '1h'): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(HS_KEY));
}

const customerClaims = {
  [NS]: { 'x-hasura-allowed-roles': ['customer', 'driver'], 'x-hasura-default-role': 'customer', 'X-Hasura-User-Id': '42' },
};

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('expected an AuthError');
}

describe('no auth configured', () => {
  it('treats every request as admin, posing as x-hasura-role with header session variables', async () => {
    expect(await authenticate({}, {})).toEqual({ role: 'admin', variables: { 'x-hasura-role': 'admin' }, isAdmin: true });
    expect(await authenticate({ 'x-hasura-role': 'user', 'x-hasura-user-id': '1', other: 'x' }, {})).toEqual({
      role: 'user',
      variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': '1' },
      isAdmin: true,
    });
  });
});

describe('admin secret', () => {
  const settings: AuthSettings = { adminSecret: 's3cret' };

  it('accepts the secret (and the deprecated access key) and lets admin pose as a role', async () => {
    expect((await authenticate({ 'x-hasura-admin-secret': 's3cret' }, settings)).role).toBe('admin');
    expect((await authenticate({ 'x-hasura-access-key': 's3cret' }, settings)).role).toBe('admin');
    const posing = await authenticate({ 'x-hasura-admin-secret': 's3cret', 'x-hasura-role': 'customer', 'x-hasura-user-id': '7' }, settings);
    expect(posing).toEqual({ role: 'customer', variables: { 'x-hasura-role': 'customer', 'x-hasura-user-id': '7' }, isAdmin: true });
  });

  it('rejects a wrong secret and a missing one with Hasura errors (401)', async () => {
    const wrong = await failure(authenticate({ 'x-hasura-admin-secret': 'nope' }, settings));
    expect([wrong.code, wrong.message, wrong.status]).toEqual(['access-denied', 'invalid x-hasura-admin-secret/x-hasura-access-key', 401]);
    const missing = await failure(authenticate({ 'x-hasura-role': 'user' }, settings));
    expect([missing.code, missing.message, missing.status]).toEqual(['access-denied', 'x-hasura-admin-secret/x-hasura-access-key required, but not found', 401]);
  });

  it('uses the unauthorized role without a secret, ignoring the role header but keeping session headers', async () => {
    const session = await authenticate({ 'x-hasura-role': 'admin', 'x-hasura-user-id': '3' }, { ...settings, unauthorizedRole: 'anonymous' });
    expect(session).toEqual({ role: 'anonymous', variables: { 'x-hasura-role': 'anonymous', 'x-hasura-user-id': '3' }, isAdmin: false });
  });

  it('validates x-hasura-use-backend-only-permissions for admin requests', async () => {
    const on = await authenticate({ 'x-hasura-admin-secret': 's3cret', 'x-hasura-use-backend-only-permissions': 'TRUE' }, settings);
    expect(usesBackendOnlyPermissions(on)).toBe(true);
    const off = await authenticate({ 'x-hasura-admin-secret': 's3cret', 'x-hasura-use-backend-only-permissions': 'no' }, settings);
    expect(usesBackendOnlyPermissions(off)).toBe(false);
    const bad = await failure(authenticate({ 'x-hasura-admin-secret': 's3cret', 'x-hasura-use-backend-only-permissions': 'random' }, settings));
    expect(bad.code).toBe('bad-request');
    expect(bad.message).toMatch(/^x-hasura-use-backend-only-permissions: {2}Not a valid boolean text/);
  });
});

describe('JWT HS256', () => {
  let settings: AuthSettings;
  beforeAll(async () => {
    settings = { adminSecret: 's3cret', jwt: await parseJwtConfig(JSON.stringify({ type: 'HS256', key: HS_KEY })) };
  });

  it('takes the default role and session variables from the claims only', async () => {
    const token = await hsToken(customerClaims);
    const session = await authenticate({ authorization: `Bearer ${token}`, 'x-hasura-user-id': '999' }, settings);
    expect(session).toEqual({ role: 'customer', variables: { 'x-hasura-user-id': '42', 'x-hasura-role': 'customer' }, isAdmin: false });
  });

  it('lets x-hasura-role pick an allowed role and refuses one that is not allowed', async () => {
    const token = await hsToken(customerClaims);
    expect((await authenticate({ authorization: `Bearer ${token}`, 'x-hasura-role': 'driver' }, settings)).role).toBe('driver');
    const denied = await failure(authenticate({ authorization: `Bearer ${token}`, 'x-hasura-role': 'admin' }, settings));
    expect([denied.code, denied.message]).toEqual(['access-denied', 'Your requested role is not in allowed roles']);
  });

  it('enforces exp with the exact Hasura message', async () => {
    const token = await hsToken(customerClaims, Math.floor(Date.now() / 1000) - 60);
    const expired = await failure(authenticate({ authorization: `Bearer ${token}` }, settings));
    expect([expired.code, expired.message, expired.status]).toEqual(['invalid-jwt', 'Could not verify JWT: JWTExpired', 400]);
  });

  it('rejects a bad signature, a malformed header and a missing header', async () => {
    const forged = await new SignJWT(customerClaims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(40)));
    expect((await failure(authenticate({ authorization: `Bearer ${forged}` }, settings))).message).toBe('Could not verify JWT: JWSError JWSInvalidSignature');
    const malformed = await failure(authenticate({ authorization: 'Token abc' }, settings));
    expect([malformed.code, malformed.message]).toEqual(['invalid-headers', 'Malformed Authorization header']);
    const missing = await failure(authenticate({ cookie: 'refresh_token=john_doe' }, settings));
    expect([missing.code, missing.message]).toEqual(['invalid-headers', "Missing 'Authorization' or 'Cookie' header in JWT authentication mode"]);
    expect((await failure(authenticate({ authorization: 'Bearer not.a.jwt' }, settings))).code).toBe('invalid-jwt');
  });

  it('reports missing claims', async () => {
    const noNamespace = await failure(authenticate({ authorization: `Bearer ${await hsToken({ sub: '1' })}` }, settings));
    expect([noNamespace.code, noNamespace.message]).toEqual(['jwt-invalid-claims', `claims key: '${NS}' not found`]);
    const noDefault = await failure(authenticate({ authorization: `Bearer ${await hsToken({ [NS]: { 'x-hasura-allowed-roles': ['a'] } })}` }, settings));
    expect([noDefault.code, noDefault.message]).toEqual(['jwt-missing-role-claims', 'JWT claim does not contain x-hasura-default-role']);
    const badRoles = await failure(authenticate({ authorization: `Bearer ${await hsToken({ [NS]: { 'x-hasura-allowed-roles': 'a', 'x-hasura-default-role': 'a' } })}` }, settings));
    expect(badRoles.code).toBe('jwt-invalid-claims');
  });

  it('still accepts the admin secret, and uses the unauthorized role without a token', async () => {
    expect((await authenticate({ 'x-hasura-admin-secret': 's3cret' }, settings)).isAdmin).toBe(true);
    const anonymous = await authenticate({ 'x-hasura-role': 'admin' }, { ...settings, unauthorizedRole: 'anonymous' });
    expect(anonymous.role).toBe('anonymous');
    expect(anonymous.isAdmin).toBe(false);
  });

  it('rejects short HS keys like Hasura', async () => {
    await expect(parseJwtConfig(JSON.stringify({ type: 'HS256', key: 'short' }))).rejects.toThrow(/32 characters/);
  });
});

describe('JWT options', () => {
  it('reads claims at claims_namespace_path in stringified_json format', async () => {
    const jwt = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: HS_KEY, claims_namespace_path: '$.hasura.claims', claims_format: 'stringified_json' }));
    const token = await hsToken({
      hasura: { claims: JSON.stringify({ 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': 5 }) },
    });
    expect(await authenticate({ authorization: `Bearer ${token}` }, { jwt })).toEqual({
      role: 'user',
      variables: { 'x-hasura-user-id': '5', 'x-hasura-role': 'user' },
      isAdmin: false,
    });
    const wrongFormat = await failure(authenticate({ authorization: `Bearer ${await hsToken({ hasura: { claims: {} } })}` }, { jwt }));
    expect(wrongFormat.message).toBe('expecting a string when claims_format is stringified_json');
  });

  it('uses a custom claims_namespace and checks audience and issuer', async () => {
    const jwt = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: HS_KEY, claims_namespace: 'app', audience: 'food', issuer: 'auth.example' }));
    const claims = { app: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' } };
    const good = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('food').setIssuer('auth.example').sign(new TextEncoder().encode(HS_KEY));
    expect((await authenticate({ authorization: `Bearer ${good}` }, { jwt })).role).toBe('user');
    const wrongAud = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('x').setIssuer('auth.example').sign(new TextEncoder().encode(HS_KEY));
    expect((await failure(authenticate({ authorization: `Bearer ${wrongAud}` }, { jwt }))).message).toBe('Could not verify JWT: JWTNotInAudience');
    const wrongIss = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('food').setIssuer('evil').sign(new TextEncoder().encode(HS_KEY));
    expect((await failure(authenticate({ authorization: `Bearer ${wrongIss}` }, { jwt }))).message).toBe('Could not verify JWT: JWTNotInIssuer');
  });

  it('verifies RS256 tokens against a PEM public key, and reads a cookie when configured', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const jwt = await parseJwtConfig(JSON.stringify({ type: 'RS256', key: pem, header: { type: 'Cookie', name: 'token' } }));
    const token = await new SignJWT(customerClaims).setProtectedHeader({ alg: 'RS256' }).setExpirationTime('5m').sign(privateKey);
    const session = await authenticate({ cookie: `a=b; token=${token}` }, { jwt });
    expect(session.variables['x-hasura-user-id']).toBe('42');
    const hsSigned = await hsToken(customerClaims);
    expect((await failure(authenticate({ cookie: `token=${hsSigned}` }, { jwt }))).code).toBe('invalid-jwt');
    expect((await failure(authenticate({ cookie: 'a=b' }, { jwt }))).message).toBe('Could not find token in Cookie header');
  });

  it('rejects contradictory or incomplete configurations', async () => {
    await expect(parseJwtConfig('{')).rejects.toThrow(/JSON/);
    await expect(parseJwtConfig(JSON.stringify({ type: 'HS256' }))).rejects.toThrow(/cannot be empty/);
    await expect(parseJwtConfig(JSON.stringify({ type: 'HS256', key: HS_KEY, claims_namespace: 'a', claims_namespace_path: '$' }))).rejects.toThrow(/both cannot be set/);
    await expect(parseJwtConfig(JSON.stringify({ type: 'XX1', key: HS_KEY }))).rejects.toThrow(/not supported/);
  });
});

describe('JWT with jwk_url', () => {
  it('verifies RS256 tokens against keys fetched from a JWKS endpoint', async () => {
    const { createServer } = await import('node:http');
    const { exportJWK } = await import('jose');
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const jwt = await parseJwtConfig(JSON.stringify({ jwk_url: `http://127.0.0.1:${port}/jwks` }));
      const token = await new SignJWT(customerClaims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setExpirationTime('5m').sign(privateKey);
      expect((await authenticate({ authorization: `Bearer ${token}` }, { jwt })).role).toBe('customer');
      const other = await generateKeyPair('RS256');
      const forged = await new SignJWT(customerClaims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setExpirationTime('5m').sign(other.privateKey);
      expect((await failure(authenticate({ authorization: `Bearer ${forged}` }, { jwt }))).code).toBe('invalid-jwt');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
