import { generateKeyPairSync } from 'node:crypto';
import { importSPKI, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { startFunctionsServer } from '../src/localDevelopment.js';
import { backendConfigFromEnv } from '../src/shared/config.js';

let t: FunctionsUnderTest;
beforeAll(async () => {
  t = await startFunctionsUnderTest({ AUTH_RATE_LIMIT_MAX_ATTEMPTS: '5', AUTH_CORS_ORIGINS: 'http://127.0.0.1:3000' });
});
afterAll(async () => {
  await t?.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}, url = t.server.url) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

const hsKey = new TextEncoder().encode(JSON.parse(JWT_SECRET).key as string);
const CLAIMS = 'https://hasura.io/jwt/claims';

describe('auth: login and signup', () => {
  it('logs a seeded user in with a JWT carrying Hasura claims, valid for 12 hours', async () => {
    const response = await post('/auth/login', { username: 'alice', password: 'password123' });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({ id: '00000000-0000-4000-8000-00000000a11c', username: 'alice', role: 'customer' });
    const { payload, protectedHeader } = await jwtVerify(response.body.token, hsKey);
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload[CLAIMS]).toEqual({
      'x-hasura-user-id': '00000000-0000-4000-8000-00000000a11c',
      'x-hasura-default-role': 'customer',
      'x-hasura-allowed-roles': ['customer'],
    });
    expect(payload.sub).toBe('00000000-0000-4000-8000-00000000a11c');
    expect(payload.exp! - payload.iat!).toBe(12 * 3600);
    expect(response.body.expiresAt).toBe(new Date(payload.exp! * 1000).toISOString());
  });

  it.each([
    ['bella', 'restaurant'],
    ['dave', 'agent'],
    ['admin', 'analyst'],
  ])('gives %s the %s role', async (username, role) => {
    const response = await post('/auth/login', { username, password: 'password123' });
    const { payload } = await jwtVerify(response.body.token, hsKey);
    expect((payload[CLAIMS] as Record<string, unknown>)['x-hasura-default-role']).toBe(role);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await post('/auth/login', { username: 'bella', password: 'password124' });
    const unknown = await post('/auth/login', { username: 'nobody', password: 'password123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: 'invalid-credentials', message: 'Invalid username or password.' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('signs a new customer up, stores a scrypt hash, and lets them log in', async () => {
    const signup = await post('/auth/signup', { username: ' Carol.K ', password: 'correct horse battery' });
    expect(signup.status).toBe(201);
    expect(signup.body.user).toMatchObject({ username: 'carol.k', role: 'customer' });
    const { rows } = await t.sql.query('SELECT role, password_hash FROM users WHERE username = $1', ['carol.k']);
    expect(rows[0].role).toBe('customer');
    expect(rows[0].password_hash).toMatch(/^scrypt:16384:8:1:[0-9a-f]{32}:[0-9a-f]{128}$/);
    const login = await post('/auth/login', { username: 'carol.k', password: 'correct horse battery' });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(signup.body.user.id);
  });

  it('signup never creates anything but a customer, and refuses a taken name', async () => {
    const sneaky = await post('/auth/signup', { username: 'mallory', password: 'password123', role: 'analyst' });
    expect(sneaky.body.user.role).toBe('customer');
    const taken = await post('/auth/signup', { username: 'alice', password: 'password123' });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({ error: 'username-taken', message: 'The username alice is already taken.' });
  });

  it('explains what is wrong with bad input', async () => {
    const short = await post('/auth/signup', { username: 'shorty', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.message).toBe('password must be at least 8 characters');
    const spaces = await post('/auth/signup', { username: 'spacey', password: '        ' });
    expect(spaces.status).toBe(short.status);
    expect(spaces.body.message).toBe('password must be at least 8 characters');
    const badName = await post('/auth/signup', { username: 'no spaces allowed', password: 'password123' });
    expect(badName.body.message).toBe('username must be 3 to 40 characters: letters, digits, dot, dash or underscore');
    const missing = await post('/auth/login', { username: 'alice' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/^expected \{"username": string, "password": string\}/);
  });

  it('rate-limits repeated attempts per address and username with a clear 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('/auth/login', { username: 'eve', password: `guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const limited = await post('/auth/login', { username: 'eve', password: 'password123' });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('rate-limited');
    expect(limited.body.message).toMatch(/^Too many login attempts for this username from your address\. Try again in \d+ seconds\.$/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another username from the same address is counted separately.
    expect((await post('/auth/login', { username: 'bella', password: 'password123' })).status).toBe(200);
  });

  it('answers CORS preflights for the apps and not for other origins', async () => {
    const allowed = await fetch(`${t.server.url}/auth/login`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
    const login = await post('/auth/login', { username: 'admin', password: 'password123' }, { origin: 'http://127.0.0.1:3000' });
    expect(login.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    const other = await fetch(`${t.server.url}/auth/login`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs with RS256 when the JWT secret holds an RSA public key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const server = await startFunctionsServer(
      backendConfigFromEnv({
        DATABASE_URL: t.db.pgbouncerUrl,
        FUNCTIONS_PORT: '0',
        LOG_LEVEL: 'silent',
        HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'RS256', key: publicPem, claims_format: 'stringified_json', issuer: 'https://auth.3factor.test' }),
        AUTH_JWT_PRIVATE_KEY: privatePem,
      }),
    );
    try {
      const response = await post('/auth/login', { username: 'alice', password: 'password123' }, {}, server.url);
      expect(response.status).toBe(200);
      const { payload, protectedHeader } = await jwtVerify(response.body.token, await importSPKI(publicPem, 'RS256'), { issuer: 'https://auth.3factor.test' });
      expect(protectedHeader.alg).toBe('RS256');
      expect(JSON.parse(payload[CLAIMS] as string)).toMatchObject({ 'x-hasura-default-role': 'customer' });
    } finally {
      await server.close();
    }
  });
});
