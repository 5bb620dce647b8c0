import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { LiveQueryManager, type LiveQueryManagerOptions } from '../../src/realtime/live/live-query-manager.js';
import { ChangeListener } from '../../src/realtime/changes/change-listener.js';
import { pgListenerFor, type PgListener } from '../../src/platform/pg-listener.js';
import { syncChangeTriggers } from '../../src/realtime/changes/change-triggers.js';
import { TableDependencies } from '../../src/schema-cache/index.js';
import { sql } from '../../src/sql/builder.js';
import { liveOccurrences } from '../../src/schema-cache/cohort-target.js';
import { Recorder } from './recorder.js';

/**
 * The multiplexer against a real Postgres, with hand-written one-subscriber statements of the
 * shape the compiler produces (one row, one json column, every value a typed parameter).
 */
const ITEMS_OF_OWNER = sql`SELECT coalesce(json_agg(json_build_object('id', "i"."id", 'label', "i"."label") ORDER BY "i"."id"), '[]') AS "root" FROM ${sql.relation('public', 'items')} AS "i" WHERE "i"."owner" = ${sql.param('owner', sql`integer`)}`;

let db: TestDatabase;
let pool: pg.Pool;
let statements: string[];
let counted: Pick<pg.Pool, 'query'>;
let listener: ChangeListener;
let connection: PgListener;
let manager: LiveQueryManager;
let resyncs = 0;
let onResync: (() => void) | null = null;
let onChangeSeen: (() => void) | null = null;

function multiplexedStatements(): number {
  return statements.filter((s) => s.startsWith('SELECT "_subs"')).length;
}

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  await pool.query(`CREATE TABLE items (id int PRIMARY KEY, owner int NOT NULL, label text NOT NULL)`);
  await pool.query(`CREATE INDEX items_owner_idx ON items (owner)`);
  await pool.query(`INSERT INTO items SELECT g, g, 'item ' || g FROM generate_series(1, 120) g`);
  await syncChangeTriggers(pool, [{ schema: 'public', name: 'items' }]);
  statements = [];
  counted = {
    query: ((config: string | pg.QueryConfig, values?: unknown[]) => {
      statements.push(typeof config === 'string' ? config : config.text);
      return pool.query(config as pg.QueryConfig, values);
    }) as pg.Pool['query'],
  };
  const deps = new TableDependencies([{ schema: 'public', name: 'items' }], new Map(), new Set());
  manager = new LiveQueryManager({
    pool: counted,
    batchSize: 100,
    refetchIntervalMs: 3_600_000,
    changeDriven: true,
    resolveTables: (names) => deps.resolve(names),
  });
  manager.start();
  let connected!: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  connection = pgListenerFor(db.url, 'hasura-realtime-listener');
  listener = new ChangeListener({
    listener: connection,
    onChange: (changes) => {
      manager.tablesChanged(changes);
      onChangeSeen?.();
    },
    onResync: () => {
      resyncs++;
      manager.refreshAll();
      connected();
      onResync?.();
    },
  });
  listener.start();
  await connection.start();
  await ready;
});

afterAll(async () => {
  await manager?.stop();
  await listener?.stop();
  await connection?.stop();
  await pool?.end();
  await db?.drop();
});

describe('multiplexed live queries', () => {
  it('gives 100 subscribers with different variables their own first result, then refreshes them all with ONE statement per change', async () => {
    const recorders = Array.from({ length: 100 }, () => new Recorder());
    const unsubscribe = await Promise.all(recorders.map((r, i) => manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [i + 1] }, r)));
    const first = await Promise.all(recorders.map((r) => r.next()));
    first.forEach((payload, i) => expect(payload).toEqual({ data: [{ id: i + 1, label: `item ${i + 1}` }] }));
    expect(manager.stats()).toMatchObject({ pollers: 1, cohorts: 100, subscribers: 100 });
    await manager.idle();

    const before = multiplexedStatements();
    const refreshesBefore = manager.stats().refreshes;
    await pool.query(`UPDATE items SET label = 'renamed' WHERE owner = 7`);
    expect(await recorders[6]!.next()).toEqual({ data: [{ id: 7, label: 'renamed' }] });
    await manager.idle();
    expect(manager.stats().refreshes - refreshesBefore).toBe(1);
    expect(multiplexedStatements() - before).toBe(1);
    // Only the cohort whose result changed was pushed to.
    expect(recorders.filter((r) => r.unread > 0)).toHaveLength(0);
    expect(recorders.map((r) => r.payloads.length).reduce((a, b) => a + b)).toBe(101);
    unsubscribe.forEach((u) => u());
    expect(manager.stats()).toMatchObject({ pollers: 0, cohorts: 0, subscribers: 0 });
  });

  it('shares one cohort between subscribers with equal variables, and a late joiner gets the current result at once', async () => {
    const a = new Recorder();
    const b = new Recorder();
    const stopA = await manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [3] }, a);
    expect(await a.next()).toEqual({ data: [{ id: 3, label: 'item 3' }] });
    const stopB = await manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [3] }, b);
    expect(await b.next()).toEqual({ data: [{ id: 3, label: 'item 3' }] });
    expect(manager.stats()).toMatchObject({ pollers: 1, cohorts: 1, subscribers: 2 });
    expect(a.unread).toBe(0);
    await pool.query(`INSERT INTO items VALUES (1003, 3, 'second')`);
    expect(await a.next()).toEqual({
      data: [
        { id: 3, label: 'item 3' },
        { id: 1003, label: 'second' },
      ],
    });
    expect(await b.next()).toEqual({
      data: [
        { id: 3, label: 'item 3' },
        { id: 1003, label: 'second' },
      ],
    });
    stopA();
    stopB();
  });

  it('keeps roles apart: the same statement under two roles is two pollers', async () => {
    const a = new Recorder();
    const b = new Recorder();
    const stops = [
      await manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [4] }, a),
      await manager.subscribe({ role: 'manager', statement: ITEMS_OF_OWNER, values: [4] }, b),
    ];
    await Promise.all([a.next(), b.next()]);
    expect(manager.stats().pollers).toBe(2);
    stops.forEach((s) => s());
  });

  it('isolates a cohort whose variable cannot be cast; the others in its batch still get data', async () => {
    const good = new Recorder();
    const bad = new Recorder();
    const stops = await Promise.all([
      manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [5] }, good),
      manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: ['not a number'] }, bad),
    ]);
    expect(await good.next()).toEqual({ data: [{ id: 5, label: 'item 5' }] });
    expect(await bad.next()).toMatchObject({ errors: [{ extensions: { code: 'data-exception' } }] });
    stops.forEach((s) => s());
  });

  it('re-syncs after the LISTEN connection is killed, and still sees later changes', async () => {
    const r = new Recorder();
    const stop = await manager.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [9] }, r);
    await r.next();
    const resynced = new Promise<void>((resolve) => (onResync = resolve));
    const before = resyncs;
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hasura-realtime-listener' AND datname = current_database()`);
    await resynced;
    expect(resyncs).toBe(before + 1);
    await pool.query(`UPDATE items SET label = 'after reconnect' WHERE owner = 9`);
    expect(await r.next()).toEqual({ data: [{ id: 9, label: 'after reconnect' }] });
    stop();
  });
});

describe('targeted refresh (changed key values in the notification)', () => {
  const target = { table: 'public.items', column: 'owner', valueIndex: 0, kind: 'int' as const };

  it('re-runs only the cohorts whose key value changed, old and new', async () => {
    const recorders = Array.from({ length: 20 }, () => new Recorder());
    const stops = await Promise.all(
      recorders.map((r, i) =>
        manager.subscribe({ role: 'targeted', statement: ITEMS_OF_OWNER, values: [i + 21], occurrences: [{ table: 'public.items', target, columns: null }] }, r),
      ),
    );
    await Promise.all(recorders.map((r) => r.next()));
    await manager.idle();
    const before = manager.stats();
    // Row 25 moves from owner 25 to owner 30: both cohorts can see a difference.
    await pool.query(`UPDATE items SET owner = 30 WHERE id = 25`);
    expect(await recorders[4]!.next()).toEqual({ data: [] });
    expect(await recorders[9]!.next()).toEqual({
      data: [
        { id: 25, label: 'item 25' },
        { id: 30, label: 'item 30' },
      ],
    });
    await manager.idle();
    const after = manager.stats();
    expect(after.cohortRuns - before.cohortRuns).toBe(2);
    expect(after.statements - before.statements).toBe(1);
    stops.forEach((s) => s());
  });

  it('does not run anything when no cohort holds a changed value', async () => {
    const r = new Recorder();
    const stop = await manager.subscribe({ role: 'targeted', statement: ITEMS_OF_OWNER, values: [50], occurrences: [{ table: 'public.items', target, columns: null }] }, r);
    await r.next();
    await manager.idle();
    const before = manager.stats();
    const changed = new Promise<void>((resolve) => (onChangeSeen = resolve));
    await pool.query(`UPDATE items SET label = 'elsewhere' WHERE owner = 51`);
    await changed;
    await manager.idle();
    expect(manager.stats().statements - before.statements).toBe(0);
    stop();
  });

  it('falls back to a full refresh for a bulk change whose notification carries no keys', async () => {
    const r = new Recorder();
    const stop = await manager.subscribe({ role: 'targeted', statement: ITEMS_OF_OWNER, values: [60], occurrences: [{ table: 'public.items', target, columns: null }] }, r);
    await r.next();
    await pool.query(`UPDATE items SET label = label || '!' WHERE id <= 110`);
    expect(await r.next()).toEqual({ data: [{ id: 60, label: 'item 60!' }] });
    stop();
  });

  it('counts cohort runs per subscribed operation, with the reason of each full refresh', async () => {
    const account = (operation: string) => manager.stats().operations.find((o) => o.operation === operation && o.role === 'accounted');
    const pinned = new Recorder();
    const unpinned = new Recorder();
    const stops = [
      await manager.subscribe(
        { role: 'accounted', statement: ITEMS_OF_OWNER, values: [80], operationName: 'Pinned', occurrences: [{ table: 'public.items', target, columns: null }] },
        pinned,
      ),
      await manager.subscribe({ role: 'accounted', statement: ITEMS_OF_OWNER, values: [81], operationName: 'Unpinned' }, unpinned),
    ];
    await Promise.all([pinned.next(), unpinned.next()]);
    await manager.idle();
    const before = { pinned: { ...account('Pinned')! }, unpinned: { ...account('Unpinned')!, full: account('Unpinned')!.fullRequests.get('change:public.items') ?? 0 } };
    await pool.query(`UPDATE items SET label = 'counted' WHERE id = 81`);
    expect(await unpinned.next()).toEqual({ data: [{ id: 81, label: 'counted' }] });
    await manager.idle();
    // The unpinned poller re-ran its cohort because of a change to items it cannot narrow; the pinned one ran nothing.
    expect(account('Unpinned')!.cohortRuns - before.unpinned.cohortRuns).toBe(1);
    expect(account('Unpinned')!.fullRequests.get('change:public.items')! - before.unpinned.full).toBe(1);
    expect(account('Pinned')!.cohortRuns - before.pinned.cohortRuns).toBe(0);
    expect(account('Pinned')!.fullRequests.size).toBe(0);
    // A change to the pinned owner's row: one cohort asked for, counted under the changed table.
    const targetedBefore = account('Pinned')!.targetedCohorts.get('public.items') ?? 0;
    await pool.query(`UPDATE items SET label = 'counted, pinned' WHERE id = 80`);
    expect(await pinned.next()).toEqual({ data: [{ id: 80, label: 'counted, pinned' }] });
    expect(account('Pinned')!.targetedCohorts.get('public.items')! - targetedBefore).toBe(1);
    stops.forEach((s) => s());
  });

  it('proposes no target when one occurrence of the table is not pinned, and then refreshes on any change to it', async () => {
    const pin = { column: 'owner', key: 'var:owner', kind: 'int' as const, columnKind: 'int' as const };
    const params = [{ source: { kind: 'var', name: 'owner' }, encode: 'plain' }];
    const pinned = sql.relation('public', 'items', [pin]);
    const twice = sql`SELECT (SELECT count(*) FROM ${pinned} AS "a" WHERE "a"."owner" = ${sql.param(params[0], sql`integer`)}) + (SELECT count(*) FROM ${sql.relation('public', 'items')} AS "b") AS "root"`;
    const occurrences = liveOccurrences(twice, params);
    expect(occurrences.map((o) => o.target?.column ?? null)).toEqual(['owner', null]);
    const r = new Recorder();
    const stop = await manager.subscribe({ role: 'targeted', statement: twice, values: [70], occurrences }, r);
    const first = (await r.next()) as { data: number };
    await pool.query(`INSERT INTO items VALUES (5000, 5000, 'unrelated owner')`);
    expect(await r.next()).toEqual({ data: first.data + 1 });
    stop();
  });

  it('targets a table read twice when both occurrences are pinned', async () => {
    const pin = { column: 'owner', key: 'var:owner', kind: 'int' as const, columnKind: 'int' as const };
    const params = [
      { source: { kind: 'var', name: 'owner' }, encode: 'plain' },
      { source: { kind: 'var', name: 'owner' }, encode: 'plain' },
    ];
    const items = sql.relation('public', 'items', [pin]);
    const twice = sql`SELECT (SELECT count(*) FROM ${items} AS "a" WHERE "a"."owner" = ${sql.param(params[0], sql`integer`)}) + (SELECT count(*) FROM ${items} AS "b" WHERE "b"."owner" = ${sql.param(params[1], sql`integer`)}) AS "root"`;
    const occurrences = liveOccurrences(twice, params);
    expect(occurrences.map((o) => o.target)).toEqual([
      { table: 'public.items', column: 'owner', valueIndex: 0, kind: 'int' },
      { table: 'public.items', column: 'owner', valueIndex: 0, kind: 'int' },
    ]);
    const r = new Recorder();
    const stop = await manager.subscribe({ role: 'targeted', statement: twice, values: [80, 80], occurrences }, r);
    expect(await r.next()).toEqual({ data: 2 });
    await manager.idle();
    const before = manager.stats();
    const changed = new Promise<void>((resolve) => (onChangeSeen = resolve));
    await pool.query(`UPDATE items SET label = 'elsewhere' WHERE owner = 81`);
    await changed;
    await manager.idle();
    expect(manager.stats().statements - before.statements).toBe(0);
    await pool.query(`INSERT INTO items VALUES (5080, 80, 'second of 80')`);
    expect(await r.next()).toEqual({ data: 4 });
    stop();
  });
});

/** A change-driven manager on a clock the test moves, every input watched: only `tick` refreshes. */
function clockedManager(now: () => number, options: Partial<LiveQueryManagerOptions> = {}): LiveQueryManager {
  return new LiveQueryManager({
    pool,
    batchSize: 100,
    refetchIntervalMs: 1000,
    backstopIntervalMs: 10_000,
    changeDriven: true,
    resolveTables: (names) => names,
    fullyWatched: () => true,
    notificationsHealthy: () => true,
    now,
    ...options,
  });
}

describe('the polling backstop in change-driven mode', () => {
  it('waits the long backstop interval for fully watched pollers, but polls at the refetch interval while notifications are unhealthy', async () => {
    let clock = 0;
    let healthy = true;
    const backstop = clockedManager(() => clock, { notificationsHealthy: () => healthy });
    const r = new Recorder();
    const stop = await backstop.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [12] }, r);
    await r.next();
    backstop.refreshAll();
    await backstop.idle();
    await pool.query(`UPDATE items SET label = 'missed by notify' WHERE owner = 12`);
    clock += 1000;
    backstop.tick();
    await backstop.idle();
    expect(r.unread).toBe(0);
    healthy = false;
    backstop.tick();
    expect(await r.next()).toEqual({ data: [{ id: 12, label: 'missed by notify' }] });
    stop();
    await backstop.stop();
  });
});

describe('the backstop of a new poller', () => {
  it('counts its interval from when the poller was created: pages just opened had a fresh result each', async () => {
    let clock = 50_000;
    const fresh = clockedManager(() => clock);
    const r = new Recorder();
    const stop = await fresh.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [100] }, r);
    await r.next();
    await pool.query(`UPDATE items SET label = 'missed by notify, new poller' WHERE owner = 100`);
    clock += 9_000;
    fresh.tick();
    await fresh.idle();
    expect(r.unread).toBe(0);
    clock += 1_000;
    fresh.tick();
    expect(await r.next()).toEqual({ data: [{ id: 100, label: 'missed by notify, new poller' }] });
    stop();
    await fresh.stop();
  });
});

describe('the backstop budget (ENGINE_LIVE_QUERIES_BACKSTOP_COHORTS_PER_SECOND)', () => {
  it("lengthens the watched pollers' backstop so that their cohorts together stay within the budget", async () => {
    let clock = 0;
    // 20 cohorts swept over half the interval at 1 a second: every 40 s.
    const budgeted = clockedManager(() => clock, { backstopCohortsPerSecond: 1 });
    const owners = Array.from({ length: 20 }, (_, i) => 101 + i);
    const recorders = owners.map(() => new Recorder());
    const stops = await Promise.all(owners.map((owner, i) => budgeted.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [owner] }, recorders[i]!)));
    await Promise.all(recorders.map((r) => r.next()));
    budgeted.refreshAll();
    await budgeted.idle();
    await pool.query(`UPDATE items SET label = 'missed by notify, budgeted' WHERE owner = 101`);
    const watched = recorders[0]!;
    // Past the 10 s interval but inside the budget's 40 s: nothing runs.
    clock += 39_000;
    budgeted.tick();
    await budgeted.idle();
    expect(watched.unread).toBe(0);
    clock += 1_000;
    budgeted.tick();
    expect(await watched.next()).toEqual({ data: [{ id: 101, label: 'missed by notify, budgeted' }] });
    // With half of the pages closed the interval is back to 20 s.
    for (const stop of stops.slice(10)) stop();
    await pool.query(`UPDATE items SET label = 'missed again' WHERE owner = 101`);
    clock += 19_000;
    budgeted.tick();
    await budgeted.idle();
    expect(watched.unread).toBe(0);
    clock += 1_000;
    budgeted.tick();
    expect(await watched.next()).toEqual({ data: [{ id: 101, label: 'missed again' }] });
    for (const stop of stops.slice(0, 10)) stop();
    await budgeted.stop();
  });
});

describe('polling mode (HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL, no NOTIFY)', () => {
  it('ignores change notifications and refreshes on every tick', async () => {
    const polling = new LiveQueryManager({
      pool,
      batchSize: 100,
      refetchIntervalMs: 3_600_000,
      changeDriven: false,
      resolveTables: (names) => names,
    });
    const r = new Recorder();
    const stop = await polling.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [11] }, r);
    await r.next();
    await pool.query(`UPDATE items SET label = 'polled' WHERE owner = 11`);
    polling.tablesChanged(new Map([['public.items', [{ columns: null, keys: null }]]]));
    await polling.idle();
    expect(r.unread).toBe(0);
    polling.tick();
    expect(await r.next()).toEqual({ data: [{ id: 11, label: 'polled' }] });
    stop();
    await polling.stop();
  });
});

describe("prepared statements (the source's use_prepared_statements)", () => {
  it('run each poller as one named statement per connection, and still isolate a cohort that cannot be cast', async () => {
    const single = new pg.Pool({ connectionString: db.url, max: 1 });
    single.on('error', () => undefined);
    const prepared = new LiveQueryManager({
      pool: single,
      preparedStatements: () => true,
      batchSize: 100,
      refetchIntervalMs: 3_600_000,
      changeDriven: false,
      resolveTables: (names) => names,
    });
    try {
      const good = new Recorder();
      const bad = new Recorder();
      // A NUL character cannot be in jsonb: the whole batch's variables fail to cast, and the
      // cohort that carries it is found by running each alone.
      const nul = new Recorder();
      const stops = await Promise.all([
        prepared.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: [99] }, good),
        prepared.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: ['not a number'] }, bad),
        prepared.subscribe({ role: 'user', statement: ITEMS_OF_OWNER, values: ['9\u00009'] }, nul),
      ]);
      expect(await good.next()).toEqual({ data: [{ id: 99, label: expect.any(String) }] });
      expect(await bad.next()).toMatchObject({ errors: [{ extensions: { code: 'data-exception' } }] });
      expect(await nul.next()).toMatchObject({ errors: [{ extensions: { code: 'data-exception' } }] });
      await pool.query(`UPDATE items SET label = 'prepared' WHERE owner = 99`);
      prepared.tick();
      expect(await good.next()).toEqual({ data: [{ id: 99, label: 'prepared' }] });
      await prepared.idle();
      const { rows } = await single.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'gql_%' AND statement LIKE 'SELECT "_subs"%'`);
      expect(rows).toEqual([{ n: 1 }]);
      stops.forEach((s) => s());
    } finally {
      await prepared.stop();
      await single.end();
    }
  });
});
