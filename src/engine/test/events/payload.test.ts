import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { metadataContext, metadataWith, scalar, startEvents, testConfig, trigger, waitUntil, type RunningEvents } from './helpers/events-fixture.js';
import { startWebhookServer, type ReceivedRequest, type WebhookServer } from './helpers/webhook-server.js';
import { eventMetadataHandlers } from '../../src/events/api/index.js';

/**
 * The webhook body byte for byte, for each operation, through real triggers on a real
 * database to a real HTTP server.
 */
describe('event payloads', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let events: RunningEvents;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    await pool.query(`
      CREATE TABLE public.items (id int PRIMARY KEY, c1 int, c2 text, big bigint, price numeric);
      CREATE TABLE public.listened (id int PRIMARY KEY, c1 int, c2 text, doc json);
      CREATE TABLE public.selected (id int PRIMARY KEY, c1 int, c2 text);`);
    webhook = await startWebhookServer();
    const config = testConfig(db.url, {}, { WEBHOOK_BASE: webhook.url });
    events = await startEvents(
      pool,
      config,
      metadataWith([
        {
          table: { schema: 'public', name: 'items' },
          triggers: [
            trigger('items_all', '{{WEBHOOK_BASE}}/items', { definition: { enable_manual: true, insert: { columns: '*' }, update: { columns: '*' }, delete: { columns: '*' } } }),
          ],
        },
        {
          table: { schema: 'public', name: 'listened' },
          triggers: [trigger('listened_c1', `${webhook.url}/listened`, { definition: { enable_manual: false, update: { columns: ['c1', 'doc'] } } })],
        },
        {
          table: { schema: 'public', name: 'selected' },
          triggers: [
            trigger('selected_payload', `${webhook.url}/selected`, {
              definition: { enable_manual: false, insert: { columns: '*', payload: ['c2'] }, update: { columns: '*', payload: ['c1'] }, delete: { columns: '*', payload: ['c2'] } },
            }),
          ],
        },
      ]),
    );
  });

  afterAll(async () => {
    await events?.service.stop();
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  const bodiesFor = (path: string) => (requests: ReceivedRequest[]) => requests.filter((r) => r.path === path);

  async function eventRow(id: string) {
    const { rows } = await pool.query(`SELECT id, (extract(epoch FROM created_at) * 1000)::float8 AS created_ms FROM hdb_catalog.event_log WHERE id = $1`, [id]);
    return rows[0] as { id: string; created_ms: number };
  }

  async function expectCreatedAt(body: { created_at: string; id: string }) {
    expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6})?$/);
    const row = await eventRow(body.id);
    expect(Date.parse(body.created_at + 'Z')).toBe(Math.floor(row.created_ms));
  }

  it("sends INSERT, UPDATE and DELETE exactly in Hasura's body shape", async () => {
    await pool.query(`INSERT INTO public.items VALUES (1, 10, 'hello', 9007199254740993, 1.50)`);
    await pool.query(`UPDATE public.items SET c2 = 'world' WHERE id = 1`);
    await pool.query(`DELETE FROM public.items WHERE id = 1`);
    await webhook.waitFor((rs) => bodiesFor('/items')(rs).length >= 3);
    const [ins, upd, del] = bodiesFor('/items')(webhook.requests).sort((a, b) => order(a) - order(b));
    const row1 = `{"c1":10,"c2":"hello","id":1,"big":9007199254740993,"price":1.50}`;
    const row2 = `{"c1":10,"c2":"world","id":1,"big":9007199254740993,"price":1.50}`;
    const expected = (r: ReceivedRequest, op: string, old: string, neu: string) =>
      `{"event":{"session_variables":null,"op":"${op}","data":{"old":${old},"new":${neu}},"trace_context":null},` +
      `"created_at":"${r.body.created_at}","id":"${r.body.id}","delivery_info":{"max_retries":0,"current_retry":0},` +
      `"trigger":{"name":"items_all"},"table":{"schema":"public","name":"items"}}`;
    expect(ins!.raw).toBe(expected(ins!, 'INSERT', 'null', row1));
    expect(upd!.raw).toBe(expected(upd!, 'UPDATE', row1, row2));
    expect(del!.raw).toBe(expected(del!, 'DELETE', row2, 'null'));
    for (const r of [ins!, upd!, del!]) await expectCreatedAt(r.body);
    expect(ins!.headers['content-type']).toBe('application/json');
    expect(ins!.headers['user-agent']).toMatch(/^hasura-graphql-engine\//);
  });

  function order(r: ReceivedRequest): number {
    return ['INSERT', 'UPDATE', 'DELETE', 'MANUAL'].indexOf(r.body.event.op);
  }

  it('sends MANUAL events from pg_invoke_event_trigger with the admin session', async () => {
    const ctx = metadataContext(pool, testConfig(db.url), events);
    const result = (await eventMetadataHandlers.pg_invoke_event_trigger!({ name: 'items_all', payload: { some_key: 'some_value' } }, ctx)) as {
      event_id: string;
    };
    await webhook.waitFor((rs) => rs.some((r) => r.body?.id === result.event_id));
    const request = webhook.requests.find((r) => r.body?.id === result.event_id)!;
    expect(request.raw).toBe(
      `{"event":{"session_variables":{"x-hasura-role":"admin"},"op":"MANUAL","data":{"old":null,"new":{"some_key":"some_value"}},"trace_context":null},` +
        `"created_at":"${request.body.created_at}","id":"${result.event_id}","delivery_info":{"max_retries":0,"current_retry":0},` +
        `"trigger":{"name":"items_all"},"table":{"schema":"public","name":"items"}}`,
    );
  });

  it('carries the session variables set in the writing transaction', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': 'user', 'x-hasura-user-id': '42' })]);
      await client.query(`INSERT INTO public.items VALUES (2, 20, 'session', NULL, NULL)`);
      await client.query('COMMIT');
      // The same connection, a later transaction: the GUC now reads '' and must give null, not an error.
      await client.query(`INSERT INTO public.items VALUES (3, 30, 'later', NULL, NULL)`);
    } finally {
      client.release();
    }
    await webhook.waitFor((rs) => [2, 3].every((id) => rs.some((r) => r.body?.event?.data?.new?.id === id)));
    const second = webhook.requests.find((r) => r.body?.event?.data?.new?.id === 2)!;
    const third = webhook.requests.find((r) => r.body?.event?.data?.new?.id === 3)!;
    expect(second.body.event.session_variables).toEqual({ 'x-hasura-role': 'user', 'x-hasura-user-id': '42' });
    expect(third.body.event.session_variables).toBeNull();
  });

  it('creates no event for a rolled-back transaction', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO public.items VALUES (100, 1, 'rolled back', NULL, NULL)`);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    // A committed marker after the rollback: once it is delivered, the rollback had its chance.
    await pool.query(`INSERT INTO public.items VALUES (101, 1, 'marker', NULL, NULL)`);
    await webhook.waitFor((rs) => rs.some((r) => r.body?.event?.data?.new?.id === 101));
    expect(webhook.requests.some((r) => r.body?.event?.data?.new?.id === 100)).toBe(false);
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE payload->'data'->'new'->>'id' = '100'`)).toBe(0);
  });

  it('fires UPDATE only when a listened column changed, json columns included', async () => {
    await pool.query(`INSERT INTO public.listened VALUES (1, 1, 'a', '{"k":1}')`);
    await pool.query(`UPDATE public.listened SET c2 = 'b' WHERE id = 1`);
    await pool.query(`UPDATE public.listened SET doc = '{"k":2}' WHERE id = 1`);
    await pool.query(`UPDATE public.listened SET c1 = 2 WHERE id = 1`);
    await webhook.waitFor((rs) => bodiesFor('/listened')(rs).length >= 2);
    await waitUntil(
      async () => (await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'listened_c1' AND delivered`)) === 2,
      'listened events delivered',
    );
    const changes = bodiesFor('/listened')(webhook.requests).map((r) => [r.body.event.data.old, r.body.event.data.new]);
    expect(changes).toEqual(
      expect.arrayContaining([
        [
          { id: 1, c1: 1, c2: 'b', doc: { k: 1 } },
          { id: 1, c1: 1, c2: 'b', doc: { k: 2 } },
        ],
        [
          { id: 1, c1: 1, c2: 'b', doc: { k: 2 } },
          { id: 1, c1: 2, c2: 'b', doc: { k: 2 } },
        ],
      ]),
    );
    expect(changes).toHaveLength(2);
  });

  it('sends only the payload columns', async () => {
    await pool.query(`INSERT INTO public.selected VALUES (1, 1, 'x')`);
    await pool.query(`UPDATE public.selected SET c2 = 'y' WHERE id = 1`);
    await pool.query(`DELETE FROM public.selected WHERE id = 1`);
    await webhook.waitFor((rs) => bodiesFor('/selected')(rs).length >= 3);
    const data = Object.fromEntries(bodiesFor('/selected')(webhook.requests).map((r) => [r.body.event.op, r.body.event.data]));
    expect(data).toEqual({
      INSERT: { old: null, new: { c2: 'x' } },
      UPDATE: { old: { c1: 1 }, new: { c1: 1 } },
      DELETE: { old: { c2: 'y' }, new: null },
    });
  });

  it("records one invocation log per attempt in Hasura's shape and logs each delivery", async () => {
    await pool.query(`INSERT INTO public.items VALUES (50, 5, 'logged', NULL, NULL)`);
    await waitUntil(
      async () =>
        (await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'items_all' AND payload->'data'->'new'->>'id' = '50' AND delivered`)) ===
        1,
      'event 50 delivered',
    );
    const { rows } = await pool.query(
      `SELECT e.id, e.tries, i.status, i.trigger_name, i.request, i.response FROM hdb_catalog.event_log e
       JOIN hdb_catalog.event_invocation_logs i ON i.event_id = e.id
       WHERE e.payload->'data'->'new'->>'id' = '50'`,
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const received = webhook.requests.find((r) => r.body?.id === row.id)!;
    expect(row.tries).toBe(1);
    expect(row.status).toBe(200);
    expect(row.trigger_name).toBe('items_all');
    expect(row.request).toEqual({
      payload: received.body,
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'User-Agent', value: received.headers['user-agent'] },
      ],
      version: '2',
    });
    expect(row.response).toMatchObject({ type: 'webhook_response', data: { body: '{"ok":true}', status: 200 }, version: '2' });
    expect(row.response.data.headers).toEqual(expect.arrayContaining([{ name: 'content-type', value: 'application/json' }]));
    const line = events.logs.find((l) => l.event_id === row.id);
    expect(line).toMatchObject({ type: 'event-trigger', trigger_name: 'items_all', status: 200, attempt: 1, outcome: 'delivered' });
    expect(typeof line!.duration_ms).toBe('number');
  });

  it('exposes counters, gauges and the latency histogram as Prometheus text', async () => {
    const text = events.service.metricsText();
    expect(text).toMatch(/^# TYPE engine_events_delivered_total counter$/m);
    expect(text).toMatch(/^engine_events_delivered_total\{trigger_name="items_all"\} \d+$/m);
    expect(text).toMatch(/^# TYPE engine_events_delivery_latency_seconds histogram$/m);
    expect(text).toMatch(/^engine_events_delivery_latency_seconds_bucket\{trigger_name="items_all",le="\+Inf"\} \d+$/m);
    expect(text).toMatch(/^engine_events_queue_depth \d+$/m);
    const delivered = Number(/^engine_events_delivered_total\{trigger_name="items_all"\} (\d+)$/m.exec(text)![1]);
    const observed = Number(/^engine_events_delivery_latency_seconds_count\{trigger_name="items_all"\} (\d+)$/m.exec(text)![1]);
    expect(observed).toBe(delivered);
    expect(delivered).toBe(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'items_all' AND delivered`));
  });
});
