import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { LiveQueryManager } from '../../src/realtime/live/live-query-manager.js';
import { ChangeListener } from '../../src/realtime/changes/change-listener.js';
import { pgListenerFor, type PgListener } from '../../src/platform/pg-listener.js';
import { syncChangeTriggers } from '../../src/realtime/changes/change-triggers.js';
import { sql } from '../../src/sql/builder.js';
import { Recorder } from './recorder.js';

/** A streaming statement of the shape the engine generates: the batch as json, its last cursor value, and its row count. */
const EVENTS_AFTER = sql`SELECT json_build_object('events_stream', coalesce(json_agg("r"."j" ORDER BY "r"."id"), '[]')) AS "root", to_json(max("r"."id")) AS "cursor", count(*) AS "rows"
FROM (SELECT "e"."id", json_build_object('id', "e"."id", 'v', "e"."v") AS "j" FROM ${sql.relation('public', 'events')} AS "e"
WHERE "e"."id" > ${sql.param('cursor', sql`bigint`)} AND "e"."v" >= ${sql.param('v', sql`integer`)} ORDER BY "e"."id" LIMIT ${sql.param('limit', sql`bigint`)}) AS "r"`;

let db: TestDatabase;
let pool: pg.Pool;
let manager: LiveQueryManager;
let listener: ChangeListener;
let connection: PgListener;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  await pool.query(`CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v int NOT NULL)`);
  await syncChangeTriggers(pool, [{ schema: 'public', name: 'events' }]);
  manager = new LiveQueryManager({ pool, batchSize: 100, refetchIntervalMs: 3_600_000, changeDriven: true, resolveTables: (n) => n });
  let ready!: () => void;
  const connected = new Promise<void>((r) => (ready = r));
  connection = pgListenerFor(db.url, 'hasura-realtime-listener');
  listener = new ChangeListener({ listener: connection, onChange: (t) => manager.tablesChanged(t), onResync: () => ready() });
  listener.start();
  await connection.start();
  await connected;
});

afterAll(async () => {
  await manager?.stop();
  await listener?.stop();
  await connection?.stop();
  await pool?.end();
  await db?.drop();
});

type Batch = { data: { events_stream: Array<{ id: number; v: number }> } };

/** Reads batches until `count` rows arrived; returns the ids in delivery order. */
async function collect(recorder: Recorder, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) {
    const batch = (await recorder.next()) as Batch;
    expect(batch.data.events_stream.length).toBeGreaterThan(0);
    ids.push(...batch.data.events_stream.map((e) => e.id));
  }
  return ids;
}

describe('streaming subscriptions', () => {
  it('delivers 1,000 rows inserted in many transactions, in order, once each, across a resume from the last cursor', async () => {
    const first = new Recorder();
    const stopFirst = await manager.subscribeStream({ role: 'user', statement: EVENTS_AFTER, values: [0, 0, 7], cursorIndex: 0 }, first);
    // A second subscriber with the same position shares the cohort.
    const twin = new Recorder();
    const stopTwin = await manager.subscribeStream({ role: 'user', statement: EVENTS_AFTER, values: [0, 0, 7], cursorIndex: 0 }, twin);

    for (let i = 0; i < 20; i++) await pool.query(`INSERT INTO events (v) SELECT 1 FROM generate_series(1, 25)`);
    const seen = await collect(first, 500);
    stopFirst();
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));

    // More rows arrive while nobody is subscribed; then the client resumes from its last cursor.
    for (let i = 0; i < 20; i++) await pool.query(`INSERT INTO events (v) SELECT 1 FROM generate_series(1, 25)`);
    const resumed = new Recorder();
    const stopResumed = await manager.subscribeStream({ role: 'user', statement: EVENTS_AFTER, values: [seen.at(-1)!, 0, 7], cursorIndex: 0 }, resumed);
    const rest = await collect(resumed, 500);
    expect([...seen, ...rest]).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));

    const twinIds = await collect(twin, 1000);
    expect(twinIds).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    await manager.idle();
    expect(resumed.unread).toBe(0);
    expect(twin.unread).toBe(0);
    stopTwin();
    stopResumed();
  });

  it('sends nothing while there are no new rows, and filters per cohort variables', async () => {
    const r = new Recorder();
    const { rows } = await pool.query<{ max: string }>('SELECT max(id) FROM events');
    const stop = await manager.subscribeStream({ role: 'user', statement: EVENTS_AFTER, values: [Number(rows[0]!.max), 5, 10], cursorIndex: 0 }, r);
    await manager.idle();
    expect(r.unread).toBe(0);
    await pool.query(`INSERT INTO events (v) VALUES (1), (9), (2), (6)`);
    const batch = (await r.next()) as Batch;
    expect(batch.data.events_stream.map((e) => e.v)).toEqual([9, 6]);
    stop();
  });

  it('keeps a bigint cursor above 2^53 exact', async () => {
    await pool.query(`CREATE TABLE big (id bigint PRIMARY KEY)`);
    await syncChangeTriggers(pool, [
      { schema: 'public', name: 'events' },
      { schema: 'public', name: 'big' },
    ]);
    const statement = sql`SELECT json_build_object('big', coalesce(json_agg("r"."id"::text ORDER BY "r"."id"), '[]')) AS "root", to_json(max("r"."id")) AS "cursor", count(*) AS "rows"
      FROM (SELECT "b"."id" FROM ${sql.relation('public', 'big')} AS "b" WHERE "b"."id" > ${sql.param('cursor', sql`bigint`)} ORDER BY "b"."id" LIMIT ${sql.param('limit', sql`bigint`)}) AS "r"`;
    const r = new Recorder();
    const stop = await manager.subscribeStream({ role: 'user', statement, values: ['9007199254740992', 1], cursorIndex: 0 }, r);
    await pool.query(`INSERT INTO big VALUES (9007199254740993), (9007199254740994), (9007199254740995)`);
    const ids: string[] = [];
    while (ids.length < 3) ids.push(...((await r.next()) as { data: { big: string[] } }).data.big);
    expect(ids).toEqual(['9007199254740993', '9007199254740994', '9007199254740995']);
    await manager.idle();
    expect(r.unread).toBe(0);
    stop();
  });
});
