import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@3factor/dev/testing/database.js';
import { ENGINE_VERSION, type RunningEngine } from '../../src/engine.js';
import { startEngineOnEmptyDatabase, stopEngineAndDatabase } from './helpers/engine-on-empty-database.js';

/** Hasura's Config API, GET /v1alpha1/config: how the engine is set up, for admins only, never a secret. */
const ADMIN_SECRET = 'config-test-admin-secret';
const JWT_KEY = 'config-test-jwt-key-with-at-least-32-characters';
let db: TestDatabase;
let engine: RunningEngine;

async function config(headers: Record<string, string>): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(`${engine.url}/v1alpha1/config`, { headers });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

beforeAll(async () => {
  ({ db, engine } = await startEngineOnEmptyDatabase(ADMIN_SECRET, {
    HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY, claims_format: 'stringified_json' }),
    HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true',
    HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '500',
  }));
});

afterAll(() => stopEngineAndDatabase(engine, db));

describe('GET /v1alpha1/config', () => {
  it('reports how requests are authenticated and the subscription settings, and no secret', async () => {
    const { status, body, text } = await config({ 'x-hasura-admin-secret': ADMIN_SECRET });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      version: ENGINE_VERSION,
      is_function_permissions_inferred: true,
      is_remote_schema_permissions_enabled: false,
      is_admin_secret_set: true,
      is_auth_hook_set: false,
      is_jwt_set: true,
      jwt: [{ claims_namespace: 'https://hasura.io/jwt/claims', claims_format: 'stringified_json', claims_map: null }],
      is_allow_list_enabled: true,
      live_queries: { batch_size: 100, refetch_delay: 0.5 },
    });
    expect(text).not.toContain(ADMIN_SECRET);
    expect(text).not.toContain(JWT_KEY);
  });

  it('refuses every role but admin, and a request without credentials', async () => {
    expect(await config({ 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user' })).toMatchObject({
      status: 400,
      body: { path: '$', error: 'You have to be an admin to access this endpoint', code: 'access-denied' },
    });
    const token = await new SignJWT({ 'https://hasura.io/jwt/claims': JSON.stringify({ 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' }) })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JWT_KEY));
    expect((await config({ authorization: `Bearer ${token}` })).status).toBe(400);
    const anonymous = await config({});
    expect([400, 401]).toContain(anonymous.status);
    expect(anonymous.body.code).toBeDefined();
  });
});
