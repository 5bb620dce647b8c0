import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError, authenticate, parseJwtConfig } from '../../src/auth/index.js';
import { VerifiedTokenCache } from '../../src/auth/token-cache.js';

const KEY = 'a-very-long-shared-secret-of-at-least-32-chars';
const claims = { 'https://hasura.io/jwt/claims': { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' } };

afterEach(() => {
  vi.useRealTimers();
});

describe('VerifiedTokenCache', () => {
  it('returns a payload until exp (with skew) and refuses it before nbf', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', { exp: 100, nbf: 50 });
    expect(cache.get('t', 60, 0)).toEqual({ exp: 100, nbf: 50 });
    expect(cache.get('t', 40, 0)).toBeUndefined();
    cache.set('t', { exp: 100 });
    expect(cache.get('t', 101, 5)).toEqual({ exp: 100 });
    expect(cache.get('t', 100, 0)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest entry when full', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', {});
    cache.set('b', {});
    cache.set('c', {});
    expect([cache.get('a', 0, 0), cache.get('b', 0, 0), cache.get('c', 0, 0)]).toEqual([undefined, {}, {}]);
  });
});

describe('a cached token', () => {
  it('still expires at its exp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2030-01-01T00:00:00Z');
    vi.setSystemTime(start);
    const jwt = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: KEY }));
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(start.getTime() / 1000 + 60)
      .sign(new TextEncoder().encode(KEY));
    const headers = { authorization: `Bearer ${token}` };
    expect((await authenticate(headers, { jwt })).role).toBe('user');
    expect((await authenticate(headers, { jwt })).role).toBe('user');
    vi.setSystemTime(new Date(start.getTime() + 61_000));
    const error = await authenticate(headers, { jwt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toBe('Could not verify JWT: JWTExpired');
  });

  it('is never shared between configurations with different keys', async () => {
    const a = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: KEY }));
    const b = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: 'another-key-that-is-also-32-characters-long' }));
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(KEY));
    const headers = { authorization: `Bearer ${token}` };
    expect((await authenticate(headers, { jwt: a })).role).toBe('user');
    await expect(authenticate(headers, { jwt: b })).rejects.toMatchObject({ code: 'invalid-jwt' });
  });
});
