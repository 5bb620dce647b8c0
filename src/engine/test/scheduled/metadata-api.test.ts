import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { startWebhookServer, type WebhookServer } from '../events/helpers/webhook-server.js';
import { scalar, waitUntil } from '../events/helpers/events-fixture.js';

/**
 * Scheduled triggers through the engine's metadata API, against a real webhook: each
 * operation, the bodies Hasura documents, headers, retries, dead past the tolerance,
 * invocation logs, and Hasura's errors for bad input.
 */
describe('scheduled triggers through the metadata API', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let engine: RunningEngine;
  const failing = new Set<string>();

  const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };
  async function metadata(type: string, args: unknown) {
    const response = await fetch(engine.url + '/v1/metadata', { method: 'POST', headers: admin, body: JSON.stringify({ type, args }) });
    return { status: response.status, body: (await response.json()) as any };
  }
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    webhook = await startWebhookServer((request) => (failing.has(request.path) ? { status: 500, body: '{"error":"down"}' } : { status: 200, body: '{"ok":true}' }));
    engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
        // The backstop poll is slow: punctual delivery below comes from the timer and NOTIFY.
        ENGINE_SCHEDULED_EVENTS_FETCH_INTERVAL: '60000',
        SCHEDULE_WEBHOOK: webhook.url,
        SCHEDULE_SECRET: 's3cret',
      }),
      { logger: silentLogger() },
    );
  });

  afterAll(async () => {
    await engine?.stop();
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  it("creates Hasura's catalog tables with its statuses", async () => {
    const tables = await pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'hdb_catalog' AND table_name LIKE 'hdb_%event%' ORDER BY table_name`);
    expect(tables.rows.map((r) => r.table_name)).toEqual(['hdb_cron_event_invocation_logs', 'hdb_cron_events', 'hdb_scheduled_event_invocation_logs', 'hdb_scheduled_events']);
    await expect(pool.query(`INSERT INTO hdb_catalog.hdb_scheduled_events (webhook_conf, scheduled_time, status) VALUES ('"x"', now(), 'bogus')`)).rejects.toThrow(/valid_status/);
  });

  it('delivers a one-off event with its payload, comment, created_at and headers, and logs the invocation', async () => {
    const created = await metadata('create_scheduled_event', {
      webhook: '{{SCHEDULE_WEBHOOK}}/one-off',
      schedule_at: soon(800),
      payload: { order_id: 42, note: 'ünïcode' },
      headers: [
        { name: 'X-Fixed', value: 'v' },
        { name: 'X-Secret', value_from_env: 'SCHEDULE_SECRET' },
      ],
      comment: 'pay by then',
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ message: 'success', event_id: expect.any(String) });
    const id = created.body.event_id;
    await webhook.waitFor((rs) => rs.some((r) => r.path === '/one-off'), 10_000);
    const request = webhook.requests.find((r) => r.path === '/one-off')!;
    expect(Object.keys(request.body)).toEqual(['id', 'scheduled_time', 'payload', 'comment', 'created_at']);
    expect(request.body).toMatchObject({ id, payload: { order_id: 42 }, comment: 'pay by then' });
    expect(request.body.scheduled_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(request.headers['x-fixed']).toBe('v');
    expect(request.headers['x-secret']).toBe('s3cret');
    expect(request.headers['content-type']).toBe('application/json');

    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_scheduled_events WHERE id = $1`, [id])) === 'delivered', 'delivered');
    const events = await metadata('get_scheduled_events', { type: 'one_off', get_rows_count: true });
    expect(events.body.count).toBe(1);
    expect(events.body.events[0]).toMatchObject({ id, status: 'delivered', tries: 1, comment: 'pay by then', webhook_conf: '{{SCHEDULE_WEBHOOK}}/one-off' });
    expect(events.body.events[0].retry_conf).toEqual({ num_retries: 0, retry_interval_seconds: 10, timeout_seconds: 60, tolerance_seconds: 21600 });

    const invocations = await metadata('get_scheduled_event_invocations', { type: 'one_off', event_id: id });
    expect(invocations.body.invocations).toHaveLength(1);
    const log = invocations.body.invocations[0];
    expect(log).toMatchObject({ event_id: id, status: 200 });
    expect(log.request.payload).toEqual(request.body);
    expect(log.request.version).toBe('2');
    // The logged headers name the environment variable, never its value.
    expect(log.request.headers).toContainEqual({ name: 'X-Secret', value_from_env: 'SCHEDULE_SECRET' });
    expect(log.response).toMatchObject({ type: 'webhook_response', data: { status: 200, body: '{"ok":true}' } });
  });

  it('retries num_retries times retry_interval_seconds apart, then marks the event error', async () => {
    failing.add('/retry');
    const created = await metadata('create_scheduled_event', {
      webhook: `${webhook.url}/retry`,
      schedule_at: soon(0),
      payload: null,
      retry_conf: { num_retries: 2, retry_interval_seconds: 1 },
    });
    const id = created.body.event_id;
    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_scheduled_events WHERE id = $1`, [id])) === 'error', 'error');
    expect(webhook.requests.filter((r) => r.path === '/retry')).toHaveLength(3);
    expect(await scalar(pool, `SELECT tries FROM hdb_catalog.hdb_scheduled_events WHERE id = $1`, [id])).toBe(3);
    const invocations = await metadata('get_scheduled_event_invocations', { type: 'one_off', event_id: id, get_rows_count: true });
    expect(invocations.body.count).toBe(3);
    expect(invocations.body.invocations.every((i: any) => i.status === 500 && i.response.type === 'client_error')).toBe(true);
    const request = webhook.requests.find((r) => r.path === '/retry')!;
    expect(request.body.payload).toBeNull();
    expect('comment' in request.body).toBe(false);
  });

  it('marks an event found past tolerance_seconds dead without calling the webhook', async () => {
    const created = await metadata('create_scheduled_event', {
      webhook: `${webhook.url}/late`,
      schedule_at: new Date(Date.now() - 60_000).toISOString(),
      retry_conf: { tolerance_seconds: 5 },
    });
    const id = created.body.event_id;
    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_scheduled_events WHERE id = $1`, [id])) === 'dead', 'dead');
    expect(webhook.requests.filter((r) => r.path === '/late')).toHaveLength(0);
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_event_invocation_logs WHERE event_id = $1`, [id])).toBe(0);
  });

  it('deletes a one-off event before it fires', async () => {
    const created = await metadata('create_scheduled_event', { webhook: `${webhook.url}/never`, schedule_at: soon(3_600_000) });
    expect((await metadata('delete_scheduled_event', { type: 'one_off', event_id: created.body.event_id })).body).toEqual({ message: 'success' });
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_events WHERE id = $1`, [created.body.event_id])).toBe(0);
  });

  it('creates a cron trigger with 100 events ahead, delivers its events, replaces and deletes it', async () => {
    const args = {
      name: 'sweeper',
      webhook: '{{SCHEDULE_WEBHOOK}}/cron',
      schedule: '* * * * *',
      payload: { sweep: true },
      include_in_metadata: true,
      comment: 'every minute',
    };
    expect((await metadata('create_cron_trigger', args)).body).toEqual({ message: 'success' });
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'sweeper' AND status = 'scheduled'`)).toBe(100);
    // One minute apart, on the minute.
    const times = await pool.query(`SELECT extract(epoch FROM scheduled_time)::bigint AS t FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'sweeper' ORDER BY 1`);
    const seconds = times.rows.map((r) => Number(r.t));
    expect(seconds.every((t) => t % 60 === 0)).toBe(true);
    expect(seconds.slice(1).every((t, i) => t - seconds[i]! === 60)).toBe(true);

    expect((await metadata('get_cron_triggers', {})).body).toEqual({ cron_triggers: [args] });
    const again = await metadata('create_cron_trigger', args);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ path: '$.args', error: 'cron trigger with name: sweeper already exists', code: 'already-exists' });

    // Bring the first event forward; a NOTIFY-less change is found by the claim after the next wake.
    const first = await scalar<string>(pool, `SELECT id FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'sweeper' ORDER BY scheduled_time LIMIT 1`);
    await pool.query(`UPDATE hdb_catalog.hdb_cron_events SET scheduled_time = date_trunc('second', now()) WHERE id = $1`, [first]);
    await pool.query(`SELECT pg_notify('hasura_scheduled_events', '')`);
    await webhook.waitFor((rs) => rs.some((r) => r.path === '/cron'), 10_000);
    const request = webhook.requests.find((r) => r.path === '/cron')!;
    expect(Object.keys(request.body)).toEqual(['id', 'name', 'scheduled_time', 'payload', 'comment']);
    expect(request.body).toMatchObject({ id: first, name: 'sweeper', payload: { sweep: true }, comment: 'every minute' });
    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_cron_events WHERE id = $1`, [first])) === 'delivered', 'cron delivered');
    const cronEvents = await metadata('get_scheduled_events', { type: 'cron', trigger_name: 'sweeper', limit: 2, status: ['delivered'] });
    expect(cronEvents.body.events).toEqual([expect.objectContaining({ id: first, trigger_name: 'sweeper', status: 'delivered', tries: 1 })]);
    const cronInvocations = await metadata('get_scheduled_event_invocations', { type: 'cron', trigger_name: 'sweeper' });
    expect(cronInvocations.body.invocations).toHaveLength(1);

    // Replacing with another schedule drops the old future events and generates the new ones.
    expect((await metadata('create_cron_trigger', { ...args, schedule: '0 * * * *', replace: true })).body).toEqual({ message: 'success' });
    const minutes = await pool.query(
      `SELECT DISTINCT extract(minute FROM scheduled_time)::int AS m FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'sweeper' AND status = 'scheduled' AND scheduled_time > now()`,
    );
    expect(minutes.rows.map((r) => r.m)).toEqual([0]);

    expect((await metadata('delete_cron_trigger', { name: 'sweeper' })).body).toEqual({ message: 'success' });
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'sweeper' AND status = 'scheduled'`)).toBe(0);
    expect((await metadata('get_cron_triggers', {})).body).toEqual({ cron_triggers: [] });
  });

  it("answers bad input with Hasura's errors", async () => {
    expect((await metadata('delete_cron_trigger', { name: 'nope' })).body).toEqual({ path: '$.args', error: 'cron trigger with name: nope does not exist', code: 'not-exists' });
    expect((await metadata('create_cron_trigger', { name: 'x', webhook: 'http://h', schedule: '* * * * *', include_in_metadata: false, replace: true })).body).toMatchObject({
      code: 'not-exists',
    });
    expect((await metadata('create_cron_trigger', { name: 'x', webhook: 'http://h', schedule: '61 * * * *', include_in_metadata: false })).body).toMatchObject({
      code: 'parse-failed',
      path: '$.args.schedule',
    });
    expect((await metadata('create_cron_trigger', { name: 'x', webhook: '{{NOT_SET}}/x', schedule: '* * * * *', include_in_metadata: false })).body).toMatchObject({
      code: 'parse-failed',
      error: "environment variable 'NOT_SET' not set",
    });
    expect((await metadata('create_scheduled_event', { webhook: 'http://h' })).body).toMatchObject({ code: 'parse-failed', error: 'key "schedule_at" not found' });
    expect((await metadata('get_scheduled_events', { type: 'weekly' })).body).toMatchObject({ code: 'parse-failed' });
    expect((await metadata('get_scheduled_events', { type: 'cron', trigger_name: 'nope' })).body).toMatchObject({ code: 'not-exists' });
  });
});
