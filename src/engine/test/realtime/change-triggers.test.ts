import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { syncChangeTriggers } from '../../src/realtime/changes/change-triggers.js';
import { CHANGE_CHANNEL, changeFunction, changeFunctionName, changeTriggers } from '../../src/realtime/changes/change-trigger-sql.js';
import { tableDependenciesOf } from '../../src/schema-cache/index.js';
import { introspectDatabase } from '../../src/introspection/index.js';
import { changesOf, mergeChange, parseChange, type ChangeBatch } from '../../src/realtime/changes/table-change.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';

/** The change triggers and the dependency catalog against a real Postgres. */
let db: TestDatabase;
let pool: pg.Pool;
let listener: pg.Client;
const payloads: string[] = [];
let waiting: ((payload: string) => void) | null = null;

function nextPayload(): Promise<string> {
  const queued = payloads.shift();
  if (queued !== undefined) return Promise.resolve(queued);
  return new Promise((resolve) => (waiting = resolve));
}

const metadata = (...tables: string[]): HasuraMetadata =>
  ({
    version: 3,
    sources: [
      { name: 'default', kind: 'postgres', tables: tables.map((name) => ({ table: { schema: 'public', name } })), configuration: { connection_info: { database_url: '' } } },
    ],
  }) as HasuraMetadata;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  await pool.query(`
    CREATE TABLE owners (id int PRIMARY KEY);
    CREATE TABLE things (id int PRIMARY KEY, owner_id int REFERENCES owners (id), code text UNIQUE, colour text, size int);
    CREATE INDEX things_colour_idx ON things (colour);
    CREATE VIEW plain_things AS SELECT id, colour FROM things;
    CREATE VIEW todays_things AS SELECT id FROM things WHERE size > extract(day FROM now());
    CREATE VIEW over_todays AS SELECT * FROM todays_things;
    CREATE MATERIALIZED VIEW thing_counts AS SELECT count(*) FROM things;
    INSERT INTO owners VALUES (1), (2);
  `);
  listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on('notification', (m) => {
    if (m.channel !== CHANGE_CHANNEL || !m.payload) return;
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m.payload);
    } else payloads.push(m.payload);
  });
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
});

afterAll(async () => {
  await listener?.end();
  await pool?.end();
  await db?.drop();
});

describe('change triggers', () => {
  it('notify once per statement with the key columns of the changed rows, old and new', async () => {
    const result = await syncChangeTriggers(pool, [{ schema: 'public', name: 'things' }]);
    expect(result.created).toBe(4);
    await pool.query(`INSERT INTO things VALUES (1, 1, 'a', 'red', 5), (2, 1, 'b', 'blue', 6)`);
    expect(JSON.parse(await nextPayload())).toEqual({
      t: 'public.things',
      k: { code: ['a', 'b'], colour: ['blue', 'red'], id: ['1', '2'], owner_id: ['1'] },
    });
    await pool.query(`UPDATE things SET owner_id = 2 WHERE id = 2`);
    const updated = JSON.parse(await nextPayload());
    expect(updated.k.owner_id).toEqual(['1', '2']);
    // An update names the columns whose value changed in any row, compared as text.
    expect(updated.c).toEqual(['owner_id']);
    await pool.query(`UPDATE things SET size = size, colour = 'teal' WHERE id IN (1, 2)`);
    expect(JSON.parse(await nextPayload()).c).toEqual(['colour']);
    // A row whose primary key changed cannot be paired with its old self: no columns named.
    await pool.query(`UPDATE things SET id = 20, colour = 'red' WHERE id = 2`);
    expect(JSON.parse(await nextPayload()).c).toBeUndefined();
    await pool.query(`UPDATE things SET id = 2 WHERE id = 20`);
    await nextPayload();
    await pool.query(`DELETE FROM things WHERE id = 1`);
    expect(JSON.parse(await nextPayload()).k.id).toEqual(['1']);
    await pool.query(`TRUNCATE things CASCADE`);
    expect(JSON.parse(await nextPayload())).toEqual({ t: 'public.things' });
  });

  it('send only the table name for a bulk statement', async () => {
    await pool.query(`INSERT INTO things SELECT g, 1, 'c' || g, 'green', g FROM generate_series(1, 500) g`);
    expect(JSON.parse(await nextPayload())).toEqual({ t: 'public.things' });
  });

  it('are idempotent, and dropped for tables no longer watched', async () => {
    expect(await syncChangeTriggers(pool, [{ schema: 'public', name: 'things' }])).toEqual({ created: 0, dropped: 0 });
    expect(await syncChangeTriggers(pool, [])).toEqual({ created: 0, dropped: 4 });
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'hasura_realtime_notify%'`);
    expect(rows[0].n).toBe(0);
    const functions = await pool.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'hasura_realtime_notify%'`);
    expect(functions.rows[0].n).toBe(0);
  });
});

describe('change trigger upkeep', () => {
  it('recreate a function whose key columns changed, and replace triggers of the shared-function layout', async () => {
    await pool.query(`CREATE TABLE notes (id int PRIMARY KEY, _n int, _keys text, _payload text, body text)`);
    await pool.query(`CREATE FUNCTION hdb_catalog.hasura_realtime_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
    await pool.query(
      `CREATE TRIGGER hasura_realtime_notify_ins AFTER INSERT ON notes REFERENCING NEW TABLE AS realtime_new FOR EACH STATEMENT EXECUTE FUNCTION hdb_catalog.hasura_realtime_notify_change('id')`,
    );
    expect(await syncChangeTriggers(pool, [{ schema: 'public', name: 'notes' }])).toEqual({ created: 4, dropped: 0 });
    const legacy = await pool.query(`SELECT 1 FROM pg_proc WHERE proname = 'hasura_realtime_notify_change'`);
    expect(legacy.rowCount).toBe(0);
    // Columns named like the function's own variables are read as columns.
    await pool.query(`CREATE INDEX ON notes (_n); CREATE INDEX ON notes (_keys)`);
    expect(await syncChangeTriggers(pool, [{ schema: 'public', name: 'notes' }])).toEqual({ created: 0, dropped: 0 });
    await pool.query(`INSERT INTO notes VALUES (1, 7, 'k', 'p', 'hello')`);
    expect(JSON.parse(await nextPayload())).toEqual({ t: 'public.notes', k: { _keys: ['k'], _n: ['7'], id: ['1'] } });
    await pool.query(`UPDATE notes SET _n = 8`);
    expect(JSON.parse(await nextPayload()).k._n).toEqual(['7', '8']);
    await syncChangeTriggers(pool, []);
  });
});

describe('change trigger DDL', () => {
  it('quotes the table, and its four triggers call its own function', () => {
    const table = { schema: 'my schema', name: 'a"b' };
    const [ins, , , trunc] = changeTriggers(table);
    const fn = changeFunctionName(table);
    expect(fn).toMatch(/^hasura_realtime_notify_a_b_[0-9a-f]{8}$/);
    expect(ins!.create).toBe(
      `CREATE TRIGGER "hasura_realtime_notify_ins" AFTER INSERT ON "my schema"."a""b" REFERENCING NEW TABLE AS realtime_new ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION "hdb_catalog"."${fn}"()`,
    );
    expect(trunc!.create).toBe(`CREATE TRIGGER "hasura_realtime_notify_trunc" AFTER TRUNCATE ON "my schema"."a""b" FOR EACH STATEMENT EXECUTE FUNCTION "hdb_catalog"."${fn}"()`);
  });

  it('names a distinct function for each table, within 63 bytes', () => {
    const names = [
      { schema: 'a_b', name: 'c' },
      { schema: 'a', name: 'b_c' },
      { schema: 'public', name: 'x'.repeat(63) },
      { schema: 'other', name: 'x'.repeat(63) },
    ].map(changeFunctionName);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
  });

  it('reads at most 8 key columns, quoted, from the transition tables', () => {
    const fn = changeFunction({ schema: 'public', name: 'things' }, ["it's", 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(fn.body).toContain(`'it''s', coalesce(jsonb_agg(DISTINCT _r."it's"::text), '[]')`);
    expect(fn.body).toContain('_x."h"');
    expect(fn.body).not.toContain('_x."i"');
    expect(fn.create).toContain(`CREATE OR REPLACE FUNCTION "hdb_catalog"."${fn.name}"() RETURNS trigger LANGUAGE plpgsql AS $fn$`);
  });
});

describe('notification batches', () => {
  it('union key values per table and changed columns, and a keyless change means anything in its group', () => {
    const batch: ChangeBatch = new Map();
    mergeChange(batch, parseChange('{"t":"public.a","k":{"id":["1"],"x":["9"]}}')!);
    mergeChange(batch, parseChange('{"t":"public.a","k":{"id":["2"]}}')!);
    mergeChange(batch, parseChange('{"t":"public.b","k":{"id":["3"]}}')!);
    mergeChange(batch, parseChange('{"t":"public.b"}')!);
    const changes = changesOf(batch);
    expect(changes.get('public.a')).toEqual([{ columns: null, keys: new Map([['id', new Set(['1', '2'])]]) }]);
    expect(changes.get('public.b')).toEqual([{ columns: null, keys: null }]);
    expect(parseChange('public.c')).toEqual({ table: 'public.c', keys: null, columns: null });
    expect(parseChange('{"t":"public.a","k":{"id":["1"]},"c":["name"]}')!.columns).toEqual(new Set(['name']));
  });

  it('keep each change with its own columns: updates of the same columns merge, an insert beside them stays apart', () => {
    const batch: ChangeBatch = new Map();
    for (const payload of [
      '{"t":"public.orders","k":{"id":["o1"],"customer_id":["c1"]},"c":["delivery_address"]}',
      '{"t":"public.orders","k":{"id":["o2"],"customer_id":["c2"]}}',
      '{"t":"public.orders","k":{"id":["o3"],"customer_id":["c1"]},"c":["delivery_address"]}',
      '{"t":"public.orders","k":{"id":["o4"],"customer_id":["c3"]},"c":["status","updated_at"]}',
      '{"t":"public.orders","k":{"id":["o5"],"customer_id":["c3"]},"c":["updated_at","status"]}',
    ]) {
      mergeChange(batch, parseChange(payload)!);
    }
    expect(changesOf(batch).get('public.orders')).toEqual([
      {
        columns: new Set(['delivery_address']),
        keys: new Map([
          ['id', new Set(['o1', 'o3'])],
          ['customer_id', new Set(['c1'])],
        ]),
      },
      {
        columns: null,
        keys: new Map([
          ['id', new Set(['o2'])],
          ['customer_id', new Set(['c2'])],
        ]),
      },
      {
        columns: new Set(['status', 'updated_at']),
        keys: new Map([
          ['id', new Set(['o4', 'o5'])],
          ['customer_id', new Set(['c3'])],
        ]),
      },
    ]);
  });
});

describe('table dependencies', () => {
  it('map views to their base tables, and know which views change without a table changing (from the catalog query)', async () => {
    const deps = tableDependenciesOf(await introspectDatabase(pool), metadata('plain_things', 'todays_things', 'over_todays', 'thing_counts'));
    expect(deps.watched.map((t) => t.name).sort()).toEqual(['over_todays', 'plain_things', 'thing_counts', 'things', 'todays_things']);
    expect([...deps.resolve(new Set(['public.plain_things']))]).toEqual(['public.things']);
    expect([...deps.resolve(new Set(['public.over_todays']))]).toEqual(['public.things']);
    expect(deps.fullyWatched(new Set(['public.plain_things']))).toBe(true);
    expect(deps.fullyWatched(new Set(['public.todays_things']))).toBe(false);
    expect(deps.fullyWatched(new Set(['public.over_todays']))).toBe(false);
    expect(deps.fullyWatched(new Set(['public.thing_counts']))).toBe(false);
  });

  it("count a computed field's function as opaque, as a tracked function: what its body reads is not visible", async () => {
    const withComputedField = metadata('plain_things');
    withComputedField.sources[0]!.tables[0]!.computed_fields = [{ name: 'score', definition: { function: { schema: 'public', name: 'thing_score' } } }];
    const deps = tableDependenciesOf(await introspectDatabase(pool), withComputedField);
    expect(deps.fullyWatched(new Set(['public.plain_things']))).toBe(true);
    // A statement calling it is polled, and any change to a watched table may concern it.
    expect(deps.fullyWatched(new Set(['public.plain_things', 'public.thing_score']))).toBe(false);
    expect([...deps.resolve(new Set(['public.thing_score']))]).toContain('public.things');
  });
});
