import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import { JWT_SECRET, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * Sign-up and log-in as Hasura Actions (hasura/metadata/actions.graphql): anonymous GraphQL
 * mutations on the engine with the repository's metadata, answered by the auth function on its
 * REST routes, with the same token the REST clients get.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
const hsKey = new TextEncoder().encode(JSON.parse(JWT_SECRET).key as string);

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: t.db.url,
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_ADMIN_SECRET: 'engine-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      ACTION_BASE_URL: t.server.url,
      EVENT_WEBHOOK_SECRET: 'unused',
    }),
    { logger: silentLogger() },
  );
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

async function graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const LOGIN = 'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token expiresAt user { id username role } } }';
const SIGNUP = 'mutation Signup($username: String!, $password: String!) { signup(username: $username, password: $password) { token expiresAt user { id username role } } }';

describe('sign-in through the Actions', () => {
  it('logs in anonymously through the login Action with the token the REST route gives', async () => {
    const result = await graphql(LOGIN, { username: 'alice', password: 'password123' });
    expect(result.errors).toBeUndefined();
    expect(result.data.login.user).toEqual({ id: '00000000-0000-4000-8000-00000000a11c', username: 'alice', role: 'customer' });
    const { payload } = await jwtVerify(result.data.login.token, hsKey);
    expect(payload['https://hasura.io/jwt/claims']).toMatchObject({ 'x-hasura-user-id': '00000000-0000-4000-8000-00000000a11c', 'x-hasura-default-role': 'customer' });
    expect(result.data.login.expiresAt).toBe(new Date(payload.exp! * 1000).toISOString());
    // The token works on the engine.
    const me = await graphql('{ users { username } }', {}, { authorization: `Bearer ${result.data.login.token}` });
    expect(me.errors).toBeUndefined();
  });

  it("signs up through the signup Action, and reports the auth function's refusals as GraphQL errors", async () => {
    const created = await graphql(SIGNUP, { username: 'Action.User', password: 'correct horse battery' });
    expect(created.errors).toBeUndefined();
    expect(created.data.signup.user).toMatchObject({ username: 'action.user', role: 'customer' });
    const again = await graphql(SIGNUP, { username: 'action.user', password: 'correct horse battery' });
    expect(again).toEqual({ errors: [{ message: 'The username action.user is already taken.', extensions: { code: 'username-taken' } }] });
    const wrong = await graphql(LOGIN, { username: 'alice', password: 'nope-nope-nope' });
    expect(wrong).toEqual({ errors: [{ message: 'Invalid username or password.', extensions: { code: 'invalid-credentials' } }] });
    const short = await graphql(SIGNUP, { username: 'shorty', password: 'short' });
    expect(short.errors?.[0]?.extensions).toEqual({ code: 'invalid-credentials-format' });
  });

  it('keeps the REST routes for their clients', async () => {
    const response = await fetch(`${t.server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'alice', password: 'password123' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: { id: string } };
    expect(body.user.id).toBe('00000000-0000-4000-8000-00000000a11c');
  });
});
