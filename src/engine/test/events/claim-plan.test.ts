import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { ensureEventCatalog } from '../../src/events/catalog.js';
import { CLAIM_CONNECTION_OPTIONS, claimEvents, type Queryable } from '../../src/events/queue-sql.js';

/**
 * The claim as the events service runs it (CLAIM_CONNECTION_OPTIONS), after many
 * events were delivered and no vacuum ran: each delivery leaves dead entries at the head of
 * the `event_log_fetch_events` index. The claim walks the index in order, marks those entries
 * dead as it passes, and the next claim steps over them without visiting the heap.
 */
describe('claiming after many deliveries', () => {
  const TRIGGERS = ['one', 'two', 'three'].map((name) => ({ name, leaseSec: 60 }));
  let db: TestDatabase;
  let claimer: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    claimer = new pg.Pool({ connectionString: db.url, max: 1, options: CLAIM_CONNECTION_OPTIONS });
    const client = await claimer.connect();
    await ensureEventCatalog(client);
    await client.query('ALTER TABLE hdb_catalog.event_log SET (autovacuum_enabled = false)');
    client.release();
    // 3,000 events delivered as another claimer would leave them (claimed, then recorded,
    // with nothing walking the index in between). Their payloads are the size of the app's
    // (1.5 KB), a few to a page, as in the table a sequential scan would read.
    await claimer.query(
      `INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload)
       SELECT 'public', 't', ($1::text[])[1 + g % 3], jsonb_build_object('data', repeat('x', 1500)) FROM generate_series(1, 3000) g`,
      [TRIGGERS.map((t) => t.name)],
    );
    await claimer.query(`UPDATE hdb_catalog.event_log SET locked = now()`);
    await claimer.query(`UPDATE hdb_catalog.event_log SET delivered = true, locked = NULL, tries = 1`);
    await claimer.query(`INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload) VALUES ('public', 't', 'two', '{}'), ('public', 't', 'three', '{}')`);
    await claimer.query('ANALYZE hdb_catalog.event_log');
  }, 60_000);

  afterAll(async () => {
    await claimer?.end();
    await db?.drop();
  });

  /** The claim's statement, explained (and rolled back) on the claim connection. */
  async function explainClaim(): Promise<{ plan: string; buffers: number; rows: number }> {
    let statement: { text: string; values: unknown[] } | undefined;
    const recorder: Queryable = {
      query: ((config: { text: string; values: unknown[] }) => {
        statement = { text: config.text, values: config.values };
        return Promise.resolve({ rows: [] });
      }) as unknown as Queryable['query'],
    };
    await claimEvents(recorder, TRIGGERS, 100);
    const client = await claimer.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement!.text}`, statement!.values);
      await client.query('ROLLBACK');
      const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
      const top = (rows[0]!['QUERY PLAN'] as Array<{ Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number; 'Actual Rows': number } }>)[0]!.Plan;
      return { plan, buffers: top['Shared Hit Blocks'] + top['Shared Read Blocks'], rows: top['Actual Rows'] };
    } finally {
      client.release();
    }
  }

  it('walks the fetch index in order, and visits the dead entries before the waiting events in the heap only once', async () => {
    // The first claim after the deliveries passes the dead entries, visiting each in the heap,
    // and marks them; the next steps over the marked entries without visiting the heap.
    const first = await explainClaim();
    const { plan, buffers, rows } = await explainClaim();
    expect(plan).toContain('"Index Name":"event_log_fetch_events"');
    expect(plan).not.toContain('Bitmap');
    expect(plan).not.toContain('Seq Scan');
    expect(plan).not.toContain('event_log_trigger_name_idx');
    expect(rows).toBe(2);
    // 6,000 dead entries over ~600 heap pages: the first claim reads about 1,500 pages, the next
    // a few dozen. A bitmap scan would read the heap pages at every claim.
    expect(first.buffers).toBeGreaterThan(1000);
    expect(buffers).toBeLessThan(first.buffers / 5);
  });
});
