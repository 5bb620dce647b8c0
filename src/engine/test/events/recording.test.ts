import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { ensureEventCatalog } from '../../src/events/catalog.js';
import { CLAIM_CONNECTION_OPTIONS, claimEvents, recordOutcomes, type Outcome } from '../../src/events/queue-sql.js';
import { recordWithFallback } from '../../src/events/record-fallback.js';
import { invocationRow } from '../../src/events/invocation.js';
import { scalar } from './helpers/events-fixture.js';

/** Writing outcomes: idempotent per attempt, guarded by the claim's lock, robust to a poisoned row. */
describe('recording outcomes', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    const client = await pool.connect();
    await client.query('BEGIN');
    await ensureEventCatalog(client);
    await client.query('COMMIT');
    client.release();
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  async function claimOne(name: string) {
    await pool.query(`SELECT hdb_catalog.insert_event_log('public', 't', $1, 'INSERT', '{"old":null,"new":{"id":1}}')`, [name]);
    const [event] = await claimEvents(pool, [{ name, leaseSec: 60 }], 10);
    return event!;
  }

  const delivered = (eventId: string, locked: string, request = '{"payload":{}}'): Outcome => ({
    eventId,
    locked,
    state: 'delivered',
    delaySec: 0,
    invocation: { ...invocationRow(eventId, 'x', '{}', [], { kind: 'response', status: 200, headers: [], body: '' }), request },
  });

  it('stores a retried batch once', async () => {
    const event = await claimOne('twice');
    const outcome = delivered(event.id, event.locked);
    await recordOutcomes(pool, [outcome]);
    await recordOutcomes(pool, [outcome]);
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_invocation_logs WHERE event_id = $1`, [event.id])).toBe(1);
    expect(await scalar<number>(pool, `SELECT tries FROM hdb_catalog.event_log WHERE id = $1`, [event.id])).toBe(1);
  });

  it('leaves an event alone once another claim holds it', async () => {
    const event = await claimOne('stolen');
    await pool.query(`UPDATE hdb_catalog.event_log SET locked = now() + interval '1 second' WHERE id = $1`, [event.id]);
    await recordOutcomes(pool, [delivered(event.id, event.locked)]);
    expect(await scalar<boolean>(pool, `SELECT delivered FROM hdb_catalog.event_log WHERE id = $1`, [event.id])).toBe(false);
  });

  it('records the rest of a batch when one invocation row is rejected', async () => {
    const good = await claimOne('good');
    const bad = await claimOne('bad');
    const errors: string[] = [];
    await recordWithFallback(pool, [delivered(good.id, good.locked), delivered(bad.id, bad.locked, 'not json')], (e) => errors.push(e.message));
    expect(errors.length).toBeGreaterThan(0);
    const { rows } = await pool.query(
      `SELECT e.trigger_name, e.delivered, count(i.id)::int AS logs FROM hdb_catalog.event_log e
       LEFT JOIN hdb_catalog.event_invocation_logs i ON i.event_id = e.id WHERE e.id = ANY($1) GROUP BY 1, 2 ORDER BY 1`,
      [[good.id, bad.id]],
    );
    expect(rows).toEqual([
      { trigger_name: 'bad', delivered: true, logs: 0 },
      { trigger_name: 'good', delivered: true, logs: 1 },
    ]);
  });

  it('keeps, on the claim connections, a generic plan of the named record that reads event_log by its primary key, even while the table is small', async () => {
    const queue = new pg.Pool({ connectionString: db.url, max: 1, options: CLAIM_CONNECTION_OPTIONS });
    try {
      // Past Postgres's five custom plans, with a handful of events in the table.
      for (let i = 0; i < 8; i++) {
        const event = await claimOne(`plan${i}`);
        await recordOutcomes(queue, [delivered(event.id, event.locked)], { named: true });
        expect(await scalar<boolean>(pool, `SELECT delivered FROM hdb_catalog.event_log WHERE id = $1`, [event.id])).toBe(true);
      }
      const client = await queue.connect();
      try {
        // Postgres chose the generic plan on its own: the statement is no longer planned at each record.
        const { rows: kept } = await client.query<{ generic_plans: string; custom_plans: string }>(
          `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'hdb_engine_record_outcomes'`,
        );
        expect(Number(kept[0]!.generic_plans)).toBeGreaterThan(0);
        expect(Number(kept[0]!.custom_plans)).toBeLessThanOrEqual(5);
        await client.query('SET plan_cache_mode = force_generic_plan');
        const empty = Array.from({ length: 10 }, (_, i) => `'{}'::${['text', 'text', 'text', 'int', 'json', 'json', 'text', 'text', 'float8', 'timestamptz'][i]}[]`).join(', ');
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) EXECUTE hdb_engine_record_outcomes(${empty})`);
        const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
        expect(plan).toContain('"Index Name":"event_log_pkey"');
        expect(plan).not.toContain('Seq Scan');
        await client.query('RESET plan_cache_mode');
      } finally {
        client.release();
      }
    } finally {
      await queue.end();
    }
  });
});
