import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { waitUntil } from '../events/helpers/events-fixture.js';
import { startWebhookServer, type ReceivedRequest, type Reply, type WebhookServer } from '../events/helpers/webhook-server.js';

/**
 * Request and response transforms through the engine against a real webhook server: a sync
 * action (URL, method, query, headers and body rewritten; the answer reshaped), an event
 * trigger, a cron trigger, and the metadata API that checks them and dry-runs them.
 */
describe('webhook transforms', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let hook: WebhookServer;
  let engine: RunningEngine;
  const replies = new Map<string, (request: ReceivedRequest) => Reply>();

  const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };
  async function post(path: string, body: unknown, headers: Record<string, string> = admin) {
    const response = await fetch(engine.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  }
  const metadata = (type: string, args: unknown) => post('/v1/metadata', { type, args });
  const pathOnly = (path: string) => path.split('?')[0]!;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    hook = await startWebhookServer((request) => replies.get(pathOnly(request.path))?.(request) ?? {});
    engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
        HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
        HOOK: hook.url,
      }),
      { logger: silentLogger() },
    );
    const types = await metadata('set_custom_types', {
      objects: [
        {
          name: 'Quote',
          fields: [
            { name: 'price', type: 'Int!' },
            { name: 'currency', type: 'String!' },
          ],
        },
      ],
    });
    expect(types.status).toBe(200);
  });

  afterAll(async () => {
    await engine?.stop();
    await hook?.close();
    await pool?.end();
    await db?.drop();
  });

  it('rewrites a sync action request and reshapes its answer', async () => {
    replies.set('/quotes/v2', () => ({ status: 200, body: JSON.stringify({ result: { amount_cents: 1250, ccy: 'eur' } }) }));
    const created = await metadata('create_action', {
      name: 'quote',
      definition: {
        kind: 'synchronous',
        type: 'query',
        handler: '{{HOOK}}/quotes',
        arguments: [{ name: 'item', type: 'String!' }],
        output_type: 'Quote',
        request_transform: {
          version: 2,
          template_engine: 'Kriti',
          method: 'PUT',
          url: '{{$base_url}}/v2',
          query_params: { item: '{{$body.input.item}}', dropped: 'null' },
          request_headers: { add_headers: { 'x-caller': '{{getSessionVariable("x-hasura-user-id")}}' }, remove_headers: ['x-unwanted'] },
          body: { action: 'transform', template: '{"sku": {{$body.input.item}}, "caller": {{$session_variables?["x-hasura-user-id"] ?? "nobody"}}}' },
        },
        response_transform: {
          version: 2,
          body: { action: 'transform', template: '{"price": {{$body.result.amount_cents}}, "currency": {{toUpper($body.result.ccy)}}}' },
        },
      },
    });
    expect(created.body).toEqual({ message: 'success' });
    expect((await metadata('create_action_permission', { action: 'quote', role: 'user' })).status).toBe(200);

    const answer = await post('/v1/graphql', { query: '{ quote(item: "pizza") { price currency } }' }, { ...admin, 'x-hasura-role': 'user', 'x-hasura-user-id': '7' });
    expect(answer.body).toEqual({ data: { quote: { price: 1250, currency: 'EUR' } } });
    const received = [...hook.requests].reverse().find((r) => pathOnly(r.path) === '/quotes/v2')!;
    expect(received.path).toBe('/quotes/v2?item=pizza');
    expect(received.headers['x-caller']).toBe('7');
    expect(received.body).toEqual({ sku: 'pizza', caller: '7' });
  });

  it('reports a transform that fails at run time as Hasura does', async () => {
    const created = await metadata('create_action', {
      name: 'broken',
      definition: {
        kind: 'synchronous',
        type: 'query',
        handler: '{{HOOK}}/broken',
        output_type: 'Quote',
        request_transform: { version: 2, body: { action: 'transform', template: '{{ $body.input.missing }}' } },
      },
    });
    expect(created.status).toBe(200);
    const before = hook.requests.length;
    const answer = await post('/v1/graphql', { query: '{ broken { price } }' });
    expect(answer.body.errors[0].message).toBe('Request Transformation Failed');
    expect(answer.body.errors[0].extensions.code).toBe('unexpected');
    expect(hook.requests.length).toBe(before);
  });

  it('refuses a transform whose template does not parse', async () => {
    const refused = await metadata('create_action', {
      name: 'unparsable',
      definition: { handler: '{{HOOK}}/x', output_type: 'Quote', request_transform: { version: 2, body: { action: 'transform', template: '{{ $body' } } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation-failed');
    const badVersion = await metadata('create_action', { name: 'v3', definition: { handler: '{{HOOK}}/x', output_type: 'Quote', request_transform: { version: 3 } } });
    expect(badVersion.body).toMatchObject({ code: 'parse-failed', error: 'expected 1 or 2, encountered 3' });
  });

  it('delivers events through the trigger request transform, form-encoded', async () => {
    await pool.query('CREATE TABLE public.orders (id int PRIMARY KEY, note text)');
    expect((await metadata('pg_track_table', { source: 'default', table: 'orders' })).status).toBe(200);
    const created = await metadata('pg_create_event_trigger', {
      source: 'default',
      name: 'order_placed',
      table: 'orders',
      webhook: '{{HOOK}}/events',
      insert: { columns: '*' },
      request_transform: {
        version: 2,
        url: '{{$base_url}}/form',
        request_headers: { add_headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        body: { action: 'x_www_form_urlencoded', form_template: { id: '{{$body.event.data.new.id}}', note: '{{$body.event.data.new.note}}', trigger: '{{$body.trigger.name}}' } },
      },
    });
    expect(created.body).toEqual({ message: 'success' });
    await pool.query("INSERT INTO public.orders VALUES (1, 'two & more')");
    await hook.waitFor((requests) => requests.some((r) => r.path === '/events/form'), 20_000);
    const received = hook.requests.find((r) => r.path === '/events/form')!;
    expect(received.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(received.raw).toBe('id=1&note=two%20%26%20more&trigger=order_placed');
  });

  it('sets an event to error at once when its transform fails, as Hasura does', async () => {
    await pool.query('CREATE TABLE public.refunds (id int PRIMARY KEY)');
    expect((await metadata('pg_track_table', { source: 'default', table: 'refunds' })).status).toBe(200);
    const created = await metadata('pg_create_event_trigger', {
      source: 'default',
      name: 'refund_made',
      table: 'refunds',
      webhook: '{{HOOK}}/refunds',
      insert: { columns: '*' },
      retry_conf: { num_retries: 3, interval_sec: 1 },
      request_transform: { version: 2, body: { action: 'transform', template: '{{ $body.event.data.new.amount }}' } },
    });
    expect(created.body).toEqual({ message: 'success' });
    await pool.query('INSERT INTO public.refunds VALUES (1)');
    const row = async () => (await pool.query("SELECT error, tries FROM hdb_catalog.event_log WHERE trigger_name = 'refund_made'")).rows[0];
    await waitUntil(async () => (await row())?.error === true, 'the event to be set to error');
    expect((await pool.query("SELECT count(*)::int AS n FROM hdb_catalog.event_invocation_logs WHERE trigger_name = 'refund_made'")).rows[0].n).toBe(0);
    expect(hook.requests.some((r) => r.path.startsWith('/refunds'))).toBe(false);
  });

  it('sends a cron trigger event through its request transform', async () => {
    const created = await metadata('create_cron_trigger', {
      name: 'nightly',
      webhook: '{{HOOK}}/cron',
      schedule: '0 3 * * *',
      include_in_metadata: true,
      payload: { report: 'sales' },
      request_transform: { version: 2, method: 'PATCH', query_params: { report: '{{$body.payload.report}}' }, body: { action: 'remove' } },
    });
    expect(created.body).toEqual({ message: 'success' });
    // An event due now, as the generator would have made one at its time.
    await pool.query("INSERT INTO hdb_catalog.hdb_cron_events (trigger_name, scheduled_time) VALUES ('nightly', now())");
    await hook.waitFor((requests) => requests.some((r) => pathOnly(r.path) === '/cron'), 20_000);
    const received = hook.requests.find((r) => pathOnly(r.path) === '/cron')!;
    expect(received.path).toBe('/cron?report=sales');
    expect(received.raw).toBe('');
    expect((await metadata('export_metadata', {})).body.cron_triggers[0].request_transform.method).toBe('PATCH');

    // A transform that fails when sending: the event is set to error, nothing is sent.
    const failing = await metadata('create_cron_trigger', {
      name: 'weekly',
      webhook: '{{HOOK}}/weekly',
      schedule: '0 4 * * 1',
      include_in_metadata: true,
      request_transform: { version: 2, url: '{{$body.payload.url}}' },
    });
    expect(failing.body).toEqual({ message: 'success' });
    await pool.query("INSERT INTO hdb_catalog.hdb_cron_events (trigger_name, scheduled_time) VALUES ('weekly', now())");
    const errored = async () => (await pool.query("SELECT 1 FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'weekly' AND status = 'error'")).rowCount === 1;
    await waitUntil(errored, 'the cron event to be set to error', 30_000);
    expect(hook.requests.some((r) => r.path.startsWith('/weekly'))).toBe(false);
  });

  it('dry-runs a transform with test_webhook_transform', async () => {
    const result = await metadata('test_webhook_transform', {
      webhook_url: 'http://example.com/hook?a=1',
      body: { items: [{ n: 1 }, { n: null }, { n: 3 }] },
      session_variables: { 'X-Hasura-Role': 'user' },
      request_transform: {
        version: 2,
        method: 'POST',
        body: {
          action: 'transform',
          template: '{"ns": {{ range _, i := $body.items }} {{ i.n ?? 0 }} {{ end }}, "q": {{$query_params}}, "role": {{$session_variables["x-hasura-role"]}}}',
        },
      },
    });
    expect(result.body).toEqual({ webhook_url: 'http://example.com/hook?a=1', method: 'POST', headers: [], body: { ns: [1, 0, 3], q: [['a', '1']], role: 'user' } });
    expect((await metadata('test_webhook_transform', { webhook_url: 'http://example.com', body: {} })).body).toEqual({
      path: '$.args',
      error: 'key "request_transform" not found',
      code: 'parse-failed',
    });
    const missingEnv = await metadata('test_webhook_transform', { webhook_url: { from_env: 'NOT_SET_ANYWHERE' }, body: {}, request_transform: {} });
    expect(missingEnv.status).toBe(400);
  });
});
