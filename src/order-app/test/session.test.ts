import { describe, expect, it } from 'vitest';
import { homePathFor, isExpired, loadSession, saveSession, sessionFromToken } from '../src/auth/session.js';

function fakeJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

const claims = (role: string, userId = 'u-1') => ({
  'https://hasura.io/jwt/claims': { 'x-hasura-user-id': userId, 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role] },
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('session', () => {
  it('reads the user id and role from Hasura claims (including non-ASCII payloads)', () => {
    const token = fakeJwt({ ...claims('restaurant', 'u-42'), name: 'Bella Cucinà', exp: 2_000_000_000 });
    const session = sessionFromToken(token, 'bella');
    expect(session).toEqual({ token, userId: 'u-42', username: 'bella', role: 'restaurant', expiresAt: 2_000_000_000 });
  });

  it('refuses tokens without Hasura claims', () => {
    expect(() => sessionFromToken(fakeJwt({ sub: 'x' }))).toThrow(/Hasura claims/);
    expect(() => sessionFromToken('garbage')).toThrow();
  });

  it('survives a reload through storage, and an expired one does not', () => {
    const storage = new MemoryStorage();
    const session = sessionFromToken(fakeJwt({ ...claims('customer'), exp: 1_000 }), 'alice');
    saveSession(storage, session);
    expect(loadSession(storage, 999_000)).toEqual(session);
    expect(isExpired(session, 1_000_000)).toBe(true);
    expect(loadSession(storage, 1_000_000)).toBeNull();
    saveSession(storage, null);
    expect(loadSession(storage, 0)).toBeNull();
  });

  it('sends each role to its own start page', () => {
    expect(homePathFor('customer')).toBe('/');
    expect(homePathFor('restaurant')).toBe('/kitchen');
    expect(homePathFor('agent')).toBe('/deliveries');
  });
});
