import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import type { MetadataContext } from '../../src/metadata/api/context.js';
import { dropEventCatalog, eventCatalogExists, syncEventTriggers } from '../../src/events/index.js';
import { eventMetadataHandlers } from '../../src/events/api/index.js';
import { metadataContext, metadataWith, scalar, startEvents, testConfig, waitUntil, type RunningEvents } from './helpers/events-fixture.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/** The event operations of the metadata API, against a real database and a real webhook. */
describe('event trigger metadata operations', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let events: RunningEvents;
  let ctx: MetadataContext;
  let failing = true;
  const run = (op: string, args: unknown) => eventMetadataHandlers[op]!(args, ctx);

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    await pool.query(`
      CREATE TABLE public.orders (id int PRIMARY KEY, status text, note text);
      CREATE TABLE public.untracked (id int PRIMARY KEY);`);
    webhook = await startWebhookServer((r) => (r.path === '/flaky' && failing ? { status: 500 } : { status: 200 }));
    const config = testConfig(db.url, {}, { HOOKS: webhook.url });
    const metadata = metadataWith([{ table: { schema: 'public', name: 'orders' }, triggers: [] }]);
    delete metadata.sources[0]!.tables[0]!.event_triggers;
    events = await startEvents(pool, config, metadata);
    ctx = metadataContext(pool, config, events);
  });

  afterAll(async () => {
    await events?.service.stop();
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  async function functionsNamed(prefix: string): Promise<string[]> {
    const { rows } = await pool.query(
      `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'hdb_catalog' AND p.proname LIKE $1 ORDER BY 1`,
      [`${prefix}%`],
    );
    return rows.map((r) => r.proname);
  }

  async function triggersOn(table: string): Promise<string[]> {
    const { rows } = await pool.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal ORDER BY 1`, [table]);
    return rows.map((r) => r.tgname);
  }

  it('does not create the catalog while no trigger needs it', async () => {
    expect(await scalar(pool, `SELECT to_regclass('hdb_catalog.event_log')`)).toBeNull();
    expect(events.service.metricsText()).toMatch(/^engine_events_queue_depth 0$/m);
  });

  it('refuses a trigger on an untracked table and on unknown columns', async () => {
    await expect(run('pg_create_event_trigger', { name: 'u', table: { name: 'untracked' }, webhook: 'http://x', insert: { columns: '*' } })).rejects.toMatchObject({
      code: 'not-exists',
    });
    await expect(run('pg_create_event_trigger', { name: 'c', table: { name: 'orders' }, webhook: 'http://x', update: { columns: ['nope'] } })).rejects.toMatchObject({
      code: 'not-exists',
      message: expect.stringContaining('"nope"'),
    });
    await expect(run('create_event_trigger', { name: 'bad name', table: { name: 'orders' }, webhook: 'http://x', insert: { columns: '*' } })).rejects.toMatchObject({
      code: 'parse-failed',
    });
    await expect(run('create_event_trigger', { name: 'no-ops', table: { name: 'orders' }, webhook: 'http://x' })).rejects.toMatchObject({
      code: 'parse-failed',
      path: '$',
      message: 'atleast one amongst insert/update/delete/enable_manual spec must be provided',
    });
    await expect(run('create_event_trigger', { name: 'env', table: { name: 'orders' }, webhook: '{{MISSING_ENV}}', insert: { columns: '*' } })).rejects.toThrow(
      "environment variable 'MISSING_ENV' not set",
    );
  });

  it("creates functions and triggers per operation and stores Hasura's metadata form (legacy /v1/query args)", async () => {
    await run('create_event_trigger', {
      name: 'order-events',
      table: { schema: 'public', name: 'orders' },
      webhook: '{{HOOKS}}/flaky',
      insert: { columns: '*' },
      update: { columns: ['status'] },
      enable_manual: true,
      retry_conf: { num_retries: 0, interval_sec: 1, timeout_sec: 5 },
      headers: [{ name: 'x-webhook-secret', value_from_env: 'HOOKS' }],
    });
    expect(events.getMetadata().sources[0]!.tables[0]!.event_triggers).toEqual([
      {
        name: 'order-events',
        definition: { enable_manual: true, insert: { columns: '*' }, update: { columns: ['status'] } },
        retry_conf: { num_retries: 0, interval_sec: 1, timeout_sec: 5 },
        webhook: '{{HOOKS}}/flaky',
        headers: [{ name: 'x-webhook-secret', value_from_env: 'HOOKS' }],
      },
    ]);
    expect(await functionsNamed('notify_hasura_order-events')).toEqual(['notify_hasura_order-events_INSERT', 'notify_hasura_order-events_UPDATE']);
    expect(await triggersOn('public.orders')).toEqual(['notify_hasura_order-events_INSERT', 'notify_hasura_order-events_UPDATE']);
    await expect(run('pg_create_event_trigger', { name: 'order-events', table: { name: 'orders' }, webhook: 'http://x', insert: { columns: '*' } })).rejects.toMatchObject({
      code: 'already-exists',
    });
  });

  it("created Hasura's catalog with the first trigger: tables, indexes, version row, once", async () => {
    expect(await scalar(pool, `SELECT version FROM hdb_catalog.hdb_source_catalog_version`)).toBe('48');
    const { rows } = await pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'hdb_catalog' AND tablename IN ('event_log', 'event_invocation_logs') ORDER BY 1`);
    expect(rows.map((r) => r.indexname)).toEqual([
      'event_invocation_logs_event_id_idx',
      'event_invocation_logs_pkey',
      'event_log_fetch_events',
      'event_log_pkey',
      'event_log_trigger_name_idx',
    ]);
    await syncEventTriggers(pool, events.getMetadata());
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_source_catalog_version`)).toBe(1);
    // A catalog written by Hasura itself (no NOTIFY in insert_event_log) gets ours back.
    await pool.query(`CREATE OR REPLACE FUNCTION hdb_catalog.insert_event_log(schema_name text, table_name text, trigger_name text, op text, row_data json)
      RETURNS text AS $$ BEGIN RETURN NULL; END; $$ LANGUAGE plpgsql`);
    await syncEventTriggers(pool, events.getMetadata());
    expect(await scalar<string>(pool, `SELECT prosrc FROM pg_proc WHERE proname = 'insert_event_log'`)).toContain(`pg_notify('hasura_event_log', '')`);
  });

  it('leaves matching SQL alone and regenerates "*" triggers when the table gains a column', async () => {
    expect(await syncEventTriggers(pool, events.getMetadata())).toEqual({ created: [], replaced: [], dropped: [], skipped: [] });
    await pool.query(`ALTER TABLE public.orders ADD COLUMN total int`);
    const report = await syncEventTriggers(pool, events.getMetadata());
    expect(report.replaced).toEqual(['notify_hasura_order-events_INSERT', 'notify_hasura_order-events_UPDATE']);
  });

  it('redelivers a failed event, refuses unknown and busy ones', async () => {
    await pool.query(`INSERT INTO public.orders VALUES (1, 'placed', 'n')`);
    await waitUntil(async () => (await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE error`)) === 1, 'event failed');
    const id = await scalar<string>(pool, `SELECT id FROM hdb_catalog.event_log WHERE error`);
    await expect(run('pg_redeliver_event', { event_id: 'no-such-event' })).rejects.toMatchObject({ code: 'not-exists', message: 'event not found' });
    await pool.query(`UPDATE hdb_catalog.event_log SET locked = now() WHERE id = $1`, [id]);
    await expect(run('redeliver_event', { event_id: id })).rejects.toMatchObject({ code: 'busy', message: 'event is already being processed' });
    await pool.query(`UPDATE hdb_catalog.event_log SET locked = NULL WHERE id = $1`, [id]);
    failing = false;
    expect(await run('pg_redeliver_event', { event_id: id })).toEqual({ message: 'success' });
    await waitUntil(async () => (await scalar<boolean>(pool, `SELECT delivered FROM hdb_catalog.event_log WHERE id = $1`, [id])) === true, 'redelivered');
    expect(await scalar<number>(pool, `SELECT tries FROM hdb_catalog.event_log WHERE id = $1`, [id])).toBe(1);
  });

  it('lists events, invocations and one event with its invocations', async () => {
    const id = await scalar<string>(pool, `SELECT id FROM hdb_catalog.event_log WHERE trigger_name = 'order-events' LIMIT 1`);
    const logs = (await run('pg_get_event_logs', { name: 'order-events', status: 'processed' })) as Record<string, unknown>[];
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id, trigger_name: 'order-events', schema_name: 'public', table_name: 'orders', delivered: true, error: false, archived: false });
    expect(logs[0]!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?$/);
    expect(await run('pg_get_event_logs', { name: 'order-events', status: 'pending' })).toEqual([]);
    const invocations = (await run('pg_get_event_invocation_logs', { name: 'order-events' })) as Record<string, unknown>[];
    expect(invocations.map((i) => i.http_status).sort()).toEqual([200, 500]);
    const byId = (await run('pg_get_event_by_id', { event_id: id, invocation_log_limit: 1 })) as { event: { id: string }; invocations: unknown[] };
    expect(byId.event.id).toBe(id);
    expect(byId.invocations).toHaveLength(1);
  });

  it('invokes manual events only where enable_manual is set', async () => {
    const { event_id } = (await run('pg_invoke_event_trigger', { name: 'order-events', payload: { hello: 'world' } })) as { event_id: string };
    await webhook.waitFor((rs) => rs.some((r) => r.body?.id === event_id));
    await run('pg_create_event_trigger', { name: 'auto-only', table: { name: 'orders' }, webhook: `${webhook.url}/auto`, delete: { columns: '*' } });
    await expect(run('invoke_event_trigger', { name: 'auto-only', payload: {} })).rejects.toMatchObject({ code: 'not-supported' });
    await expect(run('invoke_event_trigger', { name: 'missing', payload: {} })).rejects.toMatchObject({ code: 'not-exists' });
  });

  it("replaces a trigger's operations and drops the SQL and archives the events on delete", async () => {
    await run('pg_create_event_trigger', {
      name: 'order-events',
      table: { name: 'orders' },
      webhook: `${webhook.url}/replaced`,
      delete: { columns: '*' },
      replace: true,
    });
    expect(await functionsNamed('notify_hasura_order-events')).toEqual(['notify_hasura_order-events_DELETE']);
    expect(await run('pg_delete_event_trigger', { name: 'order-events' })).toEqual({ message: 'success' });
    expect(await functionsNamed('notify_hasura_order-events')).toEqual([]);
    expect(await triggersOn('public.orders')).toEqual(['notify_hasura_auto-only_DELETE']);
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'order-events' AND NOT archived`)).toBe(0);
    await expect(run('delete_event_trigger', { name: 'order-events' })).rejects.toMatchObject({ code: 'not-exists' });
  });

  it('enables a trigger_on_replication trigger ALWAYS, and back to the default when it is turned off', async () => {
    const enabled = () => scalar<string>(pool, `SELECT tgenabled FROM pg_trigger WHERE tgname = 'notify_hasura_replicated_INSERT'`);
    await run('pg_create_event_trigger', { name: 'replicated', table: { name: 'orders' }, webhook: `${webhook.url}/r`, insert: { columns: '*' }, trigger_on_replication: true });
    expect(await enabled()).toBe('A');
    await run('pg_create_event_trigger', { name: 'replicated', table: { name: 'orders' }, webhook: `${webhook.url}/r`, insert: { columns: '*' }, replace: true });
    expect(await enabled()).toBe('O');
  });

  it('drops the catalog and every trigger function as Hasura does when the source goes away', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await dropEventCatalog(client);
      await client.query('COMMIT');
      expect(await eventCatalogExists(client)).toBe(false);
    } finally {
      client.release();
    }
    expect(await functionsNamed('notify_hasura_')).toEqual([]);
    expect(await triggersOn('public.orders')).toEqual([]);
    const cleared = metadataWith([{ table: { schema: 'public', name: 'orders' }, triggers: [] }]);
    expect(await syncEventTriggers(pool, cleared)).toEqual({ created: [], replaced: [], dropped: [], skipped: [] });
    expect(await scalar(pool, `SELECT to_regclass('hdb_catalog.event_log')`)).toBeNull();
  });
});
