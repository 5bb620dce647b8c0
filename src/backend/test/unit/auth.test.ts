import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseJsonPath } from '@3factor/hasura-jwt';
import { placeClaims } from '../../src/auth/claims.js';
import { readCredentials } from '../../src/auth/credentials.js';
import { issueToken, parseSigningConfig } from '../../src/auth/jwt.js';
import { hashPassword, parsePasswordHash, verifyPassword } from '../../src/auth/password.js';
import { FixedWindowRateLimiter } from '../../src/auth/rate-limit.js';

const SEED_HASH =
  'scrypt:16384:8:1:1ce3424674e88a452940026c65385fca:3e54812b57c308a28114e81a5811fe6060737ae9c29507436dcab43859973bf50487efd0b41062b036725df4985e9816e1858c6f84ad93bb66760e4bc640b370';

describe('passwords', () => {
  it('verifies the seed hash of password123', async () => {
    expect(await verifyPassword('password123', SEED_HASH)).toBe(true);
    expect(await verifyPassword('password124', SEED_HASH)).toBe(false);
  });
  it('hashes with a fresh salt each time, in the seed format', async () => {
    const a = await hashPassword('s3cret-pass', { N: 1024, r: 8, p: 1 });
    const b = await hashPassword('s3cret-pass', { N: 1024, r: 8, p: 1 });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt:1024:8:1:[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword('s3cret-pass', a)).toBe(true);
  });
  it('refuses malformed hashes and abusive parameters', async () => {
    expect(parsePasswordHash('bcrypt$2a$...')).toBeUndefined();
    expect(parsePasswordHash('scrypt:1000:8:1:00:00')).toBeUndefined();
    expect(parsePasswordHash(`scrypt:${2 ** 24}:8:1:00:00`)).toBeUndefined();
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('FixedWindowRateLimiter', () => {
  it('allows max attempts per window, then tells how long to wait', () => {
    const limiter = new FixedWindowRateLimiter(3, 60_000);
    expect([0, 1, 2].map((i) => limiter.hit('k', 1000 + i).allowed)).toEqual([true, true, true]);
    expect(limiter.hit('k', 11_000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 50 });
    expect(limiter.hit('other', 11_000).allowed).toBe(true);
    expect(limiter.hit('k', 61_000).allowed).toBe(true);
  });
  it('stays bounded in memory', () => {
    const limiter = new FixedWindowRateLimiter(1, 1000, 100);
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, i);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });
});

describe('credentials', () => {
  it('normalises the username and applies the signup password rule', () => {
    expect(readCredentials({ username: '  Alice ', password: 'x' }, 'login')).toEqual({ ok: true, credentials: { username: 'alice', password: 'x' } });
    expect(readCredentials({ username: 'alice', password: 'x' }, 'signup')).toEqual({ ok: false, message: 'password must be at least 8 characters' });
    expect(readCredentials('nope', 'login').ok).toBe(false);
    expect(readCredentials({ username: 'a', password: 'password123' }, 'login').ok).toBe(false);
  });
});

describe('claims and tokens', () => {
  const user = { id: 'u-1', username: 'alice', role: 'customer' };
  it('places claims under a namespace, a JSON path, or as a string', () => {
    const claims = { 'x-hasura-user-id': 'u-1' };
    expect(placeClaims(claims, { namespace: 'ns' }, 'json')).toEqual({ ns: claims });
    expect(placeClaims(claims, { path: parseJsonPath('$.hasura.claims') }, 'json')).toEqual({ hasura: { claims } });
    expect(placeClaims(claims, { path: parseJsonPath('$.tokens[0]') }, 'json')).toEqual({ tokens: [claims] });
    expect(placeClaims(claims, { namespace: 'ns' }, 'stringified_json')).toEqual({ ns: JSON.stringify(claims) });
    expect(placeClaims(claims, { path: parseJsonPath("$.a['b.c']") }, 'json')).toEqual({ a: { 'b.c': claims } });
  });
  it('issues a token with expiry, issuer and audience from the secret', async () => {
    const config = await parseSigningConfig(JSON.stringify({ type: 'HS512', key: 'k'.repeat(64), issuer: 'me', audience: 'apps', claims_namespace: 'claims' }));
    const { token, expiresAt } = await issueToken(config, user, 60, new Date('2030-01-01T00:00:00Z'));
    const payload = decodeJwt(token);
    expect(payload).toMatchObject({ sub: 'u-1', iss: 'me', aud: 'apps', iat: 1893456000, exp: 1893456060, name: 'alice' });
    expect(payload.claims).toEqual({ 'x-hasura-user-id': 'u-1', 'x-hasura-default-role': 'customer', 'x-hasura-allowed-roles': ['customer'] });
    expect(expiresAt.toISOString()).toBe('2030-01-01T00:01:00.000Z');
  });
  it('explains a secret it cannot sign with', async () => {
    await expect(parseSigningConfig(undefined)).rejects.toThrow('HASURA_GRAPHQL_JWT_SECRET is not set');
    await expect(parseSigningConfig('{"type":"HS256","key":"short"}')).rejects.toThrow('should be atleast 32 characters');
    await expect(parseSigningConfig('{"type":"RS256","key":"-----BEGIN PUBLIC KEY-----"}')).rejects.toThrow('AUTH_JWT_PRIVATE_KEY');
    await expect(parseSigningConfig('{"jwk_url":"https://example.test/jwks"}')).rejects.toThrow('jwk_url is verify-only');
    // The engine's own rules, from the shared parser: the function refuses what the engine would.
    await expect(parseSigningConfig('{"type":"HS256","key":"k-that-is-long-enough-for-hs256-0123","claims_format":"yaml"}')).rejects.toThrow('unknown claims_format');
  });
});
