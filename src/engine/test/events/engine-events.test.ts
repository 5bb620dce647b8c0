import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/**
 * The whole path through the engine: a legacy /v1/query bulk creates the trigger, a GraphQL
 * mutation made with a JWT writes the row, and the webhook gets the JWT's session variables.
 */
const JWT_KEY = 'an-hs256-key-for-the-event-tests-0123456789';

describe('event triggers through the engine', () => {
  let db: TestDatabase;
  let webhook: WebhookServer;
  let engine: RunningEngine;

  const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };
  async function post(path: string, body: unknown, headers: Record<string, string> = admin) {
    const response = await fetch(engine.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  }

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    webhook = await startWebhookServer();
    engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
        HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
        HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
        NOTES_WEBHOOK: webhook.url,
      }),
      { logger: silentLogger() },
    );
  });

  afterAll(async () => {
    await engine?.stop();
    await webhook?.close();
    await db?.drop();
  });

  it('delivers the session variables of a JWT request that wrote the row', async () => {
    const setup = await post('/v1/query', {
      type: 'bulk',
      args: [
        { type: 'run_sql', args: { sql: 'CREATE TABLE public.notes (id int PRIMARY KEY, body text NOT NULL)' } },
        { type: 'track_table', args: { schema: 'public', name: 'notes' } },
        { type: 'create_insert_permission', args: { table: 'notes', role: 'user', permission: { check: {}, columns: '*' } } },
        { type: 'create_select_permission', args: { table: 'notes', role: 'user', permission: { filter: {}, columns: '*' } } },
        {
          type: 'create_event_trigger',
          args: { name: 'note_created', table: { schema: 'public', name: 'notes' }, webhook: '{{NOTES_WEBHOOK}}/notes', insert: { columns: '*' }, replace: true },
        },
      ],
    });
    expect(setup.status).toBe(200);

    const token = await new SignJWT({
      'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'user', 'x-hasura-allowed-roles': ['user'], 'x-hasura-user-id': '42' },
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JWT_KEY));
    const inserted = await post(
      '/v1/graphql',
      { query: 'mutation { insert_notes_one(object: {id: 1, body: "hello"}) { id } }' },
      { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    );
    expect(inserted.body).toEqual({ data: { insert_notes_one: { id: 1 } } });

    await webhook.waitFor((rs) => rs.some((r) => r.path === '/notes'));
    const event = webhook.requests.find((r) => r.path === '/notes')!.body;
    expect(event.event.op).toBe('INSERT');
    expect(event.event.data).toEqual({ old: null, new: { id: 1, body: 'hello' } });
    expect(event.event.session_variables).toMatchObject({ 'x-hasura-role': 'user', 'x-hasura-user-id': '42' });
    expect(event.trigger).toEqual({ name: 'note_created' });

    const metrics = await fetch(engine.url + '/metrics', { headers: admin }).then((r) => r.text());
    expect(metrics).toMatch(/^engine_events_delivered_total\{trigger_name="note_created"\} 1$/m);
  });
});
