import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { syncEventTriggers } from '@3factor/engine/events/sync-triggers.js';
import type { HasuraMetadata } from '@3factor/engine/metadata/types.js';
import { ALICE } from './order-timeline.js';

const retry_conf = { num_retries: 5, interval_sec: 10, timeout_sec: 60 };
const webhook = 'http://127.0.0.1:9/unused';

/** Three of the project's triggers, enough for the engine to create their SQL. */
const metadata: HasuraMetadata = {
  version: 3,
  sources: [
    {
      name: 'default',
      kind: 'postgres',
      configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } },
      tables: [
        {
          table: { schema: 'public', name: 'orders' },
          event_triggers: [
            { name: 'validate-order', definition: { insert: { columns: '*' } }, retry_conf, webhook },
            { name: 'agent-assignment', definition: { update: { columns: ['status'] } }, retry_conf, webhook },
          ],
        },
        {
          table: { schema: 'public', name: 'payments' },
          event_triggers: [{ name: 'payment', definition: { insert: { columns: '*' } }, retry_conf, webhook }],
        },
      ],
    },
  ],
};

describe("analytics_event_delivery_health: per trigger, from Hasura's event catalog", () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const health = async () => (await pool.query('SELECT * FROM analytics_event_delivery_health ORDER BY trigger_name')).rows;

  async function event(trigger: string, fields: { delivered?: boolean; error?: boolean; tries?: number; archived?: boolean; createdAt: string }) {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, delivered, error, tries, archived, created_at)
       VALUES ('public', 'orders', $1, '{}', $2, $3, $4, $5, $6) RETURNING id`,
      [trigger, fields.delivered ?? false, fields.error ?? false, fields.tries ?? 0, fields.archived ?? false, fields.createdAt],
    );
    return rows[0]!.id;
  }
  async function attempt(eventId: string, trigger: string, status: number | null, response: object, createdAt: string) {
    await pool.query(
      `INSERT INTO hdb_catalog.event_invocation_logs (trigger_name, event_id, status, request, response, created_at)
       VALUES ($1, $2, $3, '{}', $4, $5)`,
      [trigger, eventId, status, JSON.stringify(response), createdAt],
    );
  }
  const clientError = (message: string) => ({ type: 'client_error', data: { message }, version: '2' });

  it('is an empty set while the engine has not created its catalog yet', async () => {
    expect(await pool.query(`SELECT to_regclass('hdb_catalog.event_log') AS t`).then((r) => r.rows[0].t)).toBeNull();
    expect(await health()).toEqual([]);
  });

  it('lists every trigger the engine created, at zero, once the catalog exists', async () => {
    await syncEventTriggers(pool, metadata);
    expect(await health()).toEqual(
      ['agent-assignment', 'payment', 'validate-order'].map((trigger_name) => ({
        trigger_name,
        pending: 0,
        retrying: 0,
        failed: 0,
        oldest_pending_at: null,
        last_error: null,
        last_error_status: null,
        last_error_at: null,
      })),
    );
  });

  it('counts pending, retrying and failed events and shows the newest error of the failing ones', async () => {
    // A real insert: the engine's trigger SQL writes the pending event.
    await pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street')`, [ALICE]);
    const { rows } = await pool.query(`SELECT created_at FROM hdb_catalog.event_log WHERE trigger_name = 'validate-order'`);
    expect(rows).toHaveLength(1);

    const retrying = await event('payment', { tries: 2, createdAt: '2030-01-01 10:00:00' });
    await attempt(retrying, 'payment', 500, clientError('gateway exploded'), '2030-01-01 10:00:01');
    await attempt(retrying, 'payment', 503, clientError('{"error":"no agent"}'), '2030-01-01 10:00:11');
    const failed = await event('payment', { error: true, tries: 6, createdAt: '2030-01-01 09:00:00' });
    await attempt(failed, 'payment', null, clientError('{"type":"http_exception","message":"connection refused"}'), '2030-01-01 09:05:00');
    // Neither delivered nor archived events count; a success is never "the last error".
    const delivered = await event('payment', { delivered: true, tries: 1, createdAt: '2030-01-01 11:00:00' });
    await attempt(delivered, 'payment', 200, { type: 'webhook_response', data: { body: 'ok', status: 200 }, version: '2' }, '2030-01-01 11:00:01');
    await event('agent-assignment', { error: true, tries: 61, archived: true, createdAt: '2030-01-01 08:00:00' });
    await event('agent-assignment', { tries: 3, createdAt: '2030-01-01 12:00:00' });

    const byTrigger = Object.fromEntries((await health()).map((r) => [r.trigger_name, r]));
    expect(byTrigger['validate-order']).toMatchObject({ pending: 1, retrying: 0, failed: 0, last_error: null });
    expect(byTrigger['validate-order'].oldest_pending_at).toBeInstanceOf(Date);
    expect(byTrigger['payment']).toEqual({
      trigger_name: 'payment',
      pending: 0,
      retrying: 1,
      failed: 1,
      oldest_pending_at: expect.any(Date),
      last_error: '{"error":"no agent"}',
      last_error_status: 503,
      last_error_at: expect.any(Date),
    });
    // An event being retried without a logged attempt yet has no error to show.
    expect(byTrigger['agent-assignment']).toMatchObject({ pending: 0, retrying: 1, failed: 0, last_error: null });
  });

  it('lists dead events newest first with the order they are about and their last error, and forgets one once redelivered', async () => {
    const dead = async () => (await pool.query('SELECT * FROM analytics_dead_events')).rows;
    const orderId = '11111111-1111-4111-8111-111111111111';
    const paymentEvent = await pool.query<{ id: string }>(
      `INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, delivered, error, tries, created_at)
       VALUES ('public', 'payments', 'payment', $1, false, true, 101, '2030-01-02 10:00:00') RETURNING id`,
      [JSON.stringify({ op: 'INSERT', data: { old: null, new: { id: '22222222-2222-4222-8222-222222222222', order_id: orderId } } })],
    );
    await attempt(paymentEvent.rows[0]!.id, 'payment', 500, clientError('first failure'), '2030-01-02 10:00:01');
    await attempt(paymentEvent.rows[0]!.id, 'payment', null, clientError('connection refused'), '2030-01-02 10:16:40');
    const orderEvent = await pool.query<{ id: string }>(
      `INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, delivered, error, tries, created_at)
       VALUES ('public', 'orders', 'validate-order', $1, false, true, 101, '2030-01-02 11:00:00') RETURNING id`,
      [JSON.stringify({ op: 'INSERT', data: { old: null, new: { id: orderId } } })],
    );
    const rows = await dead();
    // The older failed payment event of the test above is dead too; the two new ones come first.
    expect(rows.slice(0, 2)).toEqual([
      expect.objectContaining({
        event_id: orderEvent.rows[0]!.id,
        trigger_name: 'validate-order',
        table_name: 'orders',
        order_id: orderId,
        tries: 101,
        last_error: null,
        last_error_status: null,
      }),
      expect.objectContaining({
        event_id: paymentEvent.rows[0]!.id,
        trigger_name: 'payment',
        table_name: 'payments',
        order_id: orderId,
        tries: 101,
        last_error: 'connection refused',
        last_error_status: null,
      }),
    ]);
    // pg_redeliver_event clears error and tries: the event leaves the list.
    await pool.query(`UPDATE hdb_catalog.event_log SET error = false, tries = 0 WHERE id = $1`, [orderEvent.rows[0]!.id]);
    expect((await dead()).map((r) => r.event_id)).not.toContain(orderEvent.rows[0]!.id);
  });
});
