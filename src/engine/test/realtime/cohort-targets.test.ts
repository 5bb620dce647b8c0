import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';
import { SchemaCache, type CohortTarget, type TableOccurrence } from '../../src/schema-cache/index.js';
import { LOOKUP_ROWS } from '../../src/schema-cache/cohort-target.js';
import { LOOKUP_CONNECTION_OPTIONS, LookupConnections } from '../../src/realtime/live/lookup-connections.js';
import { statementName } from '../../src/execute/prepared-statements.js';

/**
 * Which tables of a live query can have their changes narrowed to cohorts, as the compiler
 * proves it (compile/relation-pins.ts), for the app's own schema and permissions. A target is a
 * promise that a changed row elsewhere cannot change a cohort's result: each case below that
 * must not have one reads the table somewhere the proof does not reach.
 */
const METADATA_DIR = fileURLToPath(new URL('../../../../hasura/metadata', import.meta.url));

let db: TestDatabase;
let pool: pg.Pool;
let cache: SchemaCache;

beforeAll(async () => {
  db = await createTestDatabase('app');
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  cache = new SchemaCache(pool, configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }));
  await cache.rebuild(loadMetadataDirectory(METADATA_DIR), { leaveOutInconsistent: false });
});

afterAll(async () => {
  await pool.end();
  await db.drop();
});

function occurrences(
  role: string,
  query: string,
  variables: Record<string, unknown> = { id: '00000000-0000-4000-8000-000000000001', c: '00000000-0000-4000-8000-000000000002' },
): TableOccurrence[] {
  const planned = cache.plan(role, { query, variables }, { subscriptions: true });
  if (planned.kind !== 'live') throw new Error(`expected a live plan, got ${JSON.stringify(planned)}`);
  return [...planned.occurrences];
}

/** The tables every occurrence of which has a target, with the distinct targets (without the table). */
function targets(role: string, query: string): Record<string, Omit<CohortTarget, 'table'>[]> {
  const byTable = new Map<string, TableOccurrence[]>();
  for (const o of occurrences(role, query)) byTable.set(o.table, [...(byTable.get(o.table) ?? []), o]);
  const found: Record<string, Omit<CohortTarget, 'table'>[]> = {};
  for (const [table, list] of byTable) {
    if (list.some((o) => !o.target)) continue;
    const distinct = new Map(list.map((o) => [JSON.stringify(o.target), o.target!]));
    found[table] = [...distinct.values()].map(({ table: _table, ...rest }) => rest);
  }
  return found;
}

describe('cohort targets of live queries', () => {
  it('the order page as the customer: the order and everything joined on its id, though each permission reads orders again', () => {
    const found = targets(
      'customer',
      `subscription ($id: uuid!) { orders_by_pk(id: $id) {
        id status status_history { to_status } assignment { agent { name } } payments(limit: 1) { status }
        restaurant { name } items { quantity menu_item { name } } } }`,
    );
    expect(Object.keys(found).sort()).toEqual(['public.agents', 'public.assignments', 'public.order_items', 'public.order_status_history', 'public.orders', 'public.payments']);
    // The customer's permission on agents reads them from the agent's side (any assignment of
    // the agent to an order of the customer's): agents are reached through a lookup.
    expect(found['public.agents']).toContainEqual(expect.objectContaining({ column: 'id', lookup: expect.stringContaining('"public"."assignments"') }));
    expect(found['public.payments']).toEqual([expect.objectContaining({ column: 'order_id', kind: 'uuid' })]);
    expect(found['public.order_items']).toEqual(found['public.payments']);
    // The page's own order by its id; the agent's permission reads the customer's orders
    // through any assignment of the agent, by customer, but only their id and customer_id:
    // an update of anything else concerns the page's own order alone.
    expect(found['public.orders']!.map((t) => t.column).sort()).toEqual(['customer_id', 'id']);
    const byCustomer = occurrences('customer', `subscription ($id: uuid!) { orders_by_pk(id: $id) { id status assignment { agent { name } } } }`).filter(
      (o) => o.table === 'public.orders' && o.target?.column === 'customer_id',
    );
    expect(byCustomer.length).toBeGreaterThan(0);
    for (const o of byCustomer) expect(o.columns).toEqual(['customer_id', 'id']);
  });

  it('a customer list is targeted by the session variable of the permission', () => {
    expect(targets('customer', 'subscription { orders { id } }')).toEqual({ 'public.orders': [expect.objectContaining({ column: 'customer_id', kind: 'uuid' })] });
  });

  it('no target through _or', () => {
    expect(targets('admin', 'subscription ($id: uuid!) { orders(where: {_or: [{id: {_eq: $id}}, {status: {_eq: placed}}]}) { id } }')).toEqual({});
  });

  it('a relationship joined on another column than the pinned one proves nothing about its rows', () => {
    const found = targets('admin', 'subscription ($c: uuid!) { orders(where: {customer_id: {_eq: $c}}) { id payments { id } } }');
    expect(found['public.orders']).toEqual([expect.objectContaining({ column: 'customer_id' })]);
    expect(found['public.payments']).toBeUndefined();
  });

  it('each occurrence keeps its own target, even pinned to different variables (a change asks both)', () => {
    const found = targets('admin', 'subscription ($id: uuid!, $c: uuid!) { orders(where: {id: {_eq: $id}}) { customer { orders(where: {id: {_eq: $c}}) { id } } } }');
    expect(found['public.orders']).toHaveLength(2);
    expect(new Set(found['public.orders']!.map((t) => t.valueIndex)).size).toBe(2);
  });
});

describe('cohort targets reached through other tables', () => {
  it("a courier's deliveries: orders kept by their assignment's agent's user are targeted through a lookup", () => {
    const planned = cache.plan(
      'agent',
      {
        query: `subscription { orders(where: {status: {_in: ["agent_assigned", "picked_up"]}}) {
          id status restaurant { name } items { quantity menu_item { name } } } }`,
      },
      { subscriptions: true },
    );
    if (planned.kind !== 'live') throw new Error(JSON.stringify(planned));
    const byTable = new Map(planned.occurrences.map((o) => [o.table, o.target!]));
    expect(planned.occurrences.filter((o) => o.table === 'public.orders').every((o) => o.target?.lookup)).toBe(true);
    const orders = byTable.get('public.orders')!;
    expect(orders).toMatchObject({ column: 'id', kind: 'uuid' });
    expect(orders.lookup).toContain('"public"."assignments"');
    expect(orders.lookup).toContain('"public"."agents"');
    // The agent row is pinned by its own user_id: no lookup needed.
    expect(byTable.get('public.agents')).toMatchObject({ column: 'user_id', kind: 'uuid' });
    expect(byTable.get('public.agents')!.lookup).toBeUndefined();
    expect(byTable.has('public.order_items')).toBe(true);
  });

  it('the lookup maps changed values to cohort values', async () => {
    const planned = cache.plan('agent', { query: 'subscription { orders { id } }' }, { subscriptions: true });
    if (planned.kind !== 'live') throw new Error(JSON.stringify(planned));
    const lookup = planned.occurrences.find((o) => o.table === 'public.orders')!.target!.lookup!;
    const agent = await pool.query<{ id: number; user_id: string }>(`SELECT id, user_id FROM agents WHERE user_id IS NOT NULL ORDER BY id LIMIT 1`);
    const { id: agentId, user_id: userId } = agent.rows[0]!;
    const order = await pool.query<{ id: string }>(
      `INSERT INTO orders (customer_id, restaurant_id, delivery_address) SELECT id, 1, 'Lookup Street' FROM users WHERE role = 'customer' LIMIT 1 RETURNING id`,
    );
    const orderId = order.rows[0]!.id;
    // Straight into the table, past the status machine's triggers: only the lookup is under test.
    await pool.query(`BEGIN; SET LOCAL session_replication_role = replica; INSERT INTO assignments (order_id, agent_id) VALUES ('${orderId}', ${Number(agentId)}); COMMIT`);
    expect((await pool.query(lookup, [[orderId]])).rows[0]).toEqual({ overflow: false, values: [userId] });
    expect((await pool.query(lookup, [['00000000-0000-4000-8000-000000000099']])).rows[0]).toEqual({ overflow: false, values: [] });
  });

  it('a lookup that would read more than its budget says so (the change then refreshes every cohort)', async () => {
    const planned = cache.plan(
      'customer',
      { query: 'subscription ($id: uuid!) { orders_by_pk(id: $id) { assignment { agent { name } } } }', variables: { id: '00000000-0000-4000-8000-000000000001' } },
      { subscriptions: true },
    );
    if (planned.kind !== 'live') throw new Error(JSON.stringify(planned));
    const lookup = planned.occurrences.find((o) => o.table === 'public.agents' && o.target?.lookup)!.target!.lookup!;
    const agent = await pool.query<{ id: number }>(`SELECT id FROM agents ORDER BY id DESC LIMIT 1`);
    const agentId = Number(agent.rows[0]!.id);
    await pool.query(`BEGIN; SET LOCAL session_replication_role = replica;
      WITH o AS (INSERT INTO orders (customer_id, restaurant_id, delivery_address)
                 SELECT u.id, 1, 'Busy courier' FROM (SELECT id FROM users WHERE role = 'customer' LIMIT 1) u, generate_series(1, ${LOOKUP_ROWS + 1}) RETURNING id)
      INSERT INTO assignments (order_id, agent_id) SELECT id, ${agentId} FROM o; COMMIT`);
    expect((await pool.query(lookup, [[String(agentId)]])).rows[0]).toMatchObject({ overflow: true });
  });

  it('a lookup runs named on its own connections, where Postgres keeps a generic plan that reads by index', async () => {
    const planned = cache.plan('agent', { query: 'subscription { orders { id } }' }, { subscriptions: true });
    if (planned.kind !== 'live') throw new Error(JSON.stringify(planned));
    const lookup = planned.occurrences.find((o) => o.table === 'public.orders')!.target!.lookup!;
    const lookupPool = new pg.Pool({ connectionString: db.url, max: 1, options: LOOKUP_CONNECTION_OPTIONS });
    const errors: Error[] = [];
    const lookups = new LookupConnections({ pool, lookupPool, preparedStatements: () => true, log: (e) => errors.push(e) });
    try {
      // Past Postgres's five custom plans.
      for (let i = 0; i < 8; i++) expect((await lookups.query(lookup, [['00000000-0000-4000-8000-000000000099']])).rows[0]).toEqual({ overflow: false, values: [] });
      const client = await lookupPool.connect();
      try {
        const { rows: kept } = await client.query<{ generic_plans: string; custom_plans: string }>(
          `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1`,
          [statementName(lookup)],
        );
        expect(Number(kept[0]!.generic_plans)).toBeGreaterThan(0);
        expect(Number(kept[0]!.custom_plans)).toBeLessThanOrEqual(5);
        await client.query('SET plan_cache_mode = force_generic_plan');
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) EXECUTE ${statementName(lookup)}('{}')`);
        await client.query('RESET plan_cache_mode');
        const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
        expect(plan).toContain('"Relation Name":"assignments"');
        expect(plan).not.toContain('Seq Scan');
      } finally {
        client.release();
      }
      expect(errors).toEqual([]);
    } finally {
      await lookupPool.end();
    }
  });

  it("a lookup falls back to the pollers' pool for good when its own connections cannot be opened", async () => {
    const planned = cache.plan('agent', { query: 'subscription { orders { id } }' }, { subscriptions: true });
    if (planned.kind !== 'live') throw new Error(JSON.stringify(planned));
    const lookup = planned.occurrences.find((o) => o.table === 'public.orders')!.target!.lookup!;
    const refused = new pg.Pool({ connectionString: db.url, max: 1, options: '-c no_such_setting=1' });
    const errors: Error[] = [];
    const lookups = new LookupConnections({ pool, lookupPool: refused, preparedStatements: () => true, log: (e) => errors.push(e) });
    try {
      for (let i = 0; i < 2; i++) expect((await lookups.query(lookup, [['00000000-0000-4000-8000-000000000099']])).rows[0]).toEqual({ overflow: false, values: [] });
      expect(errors).toHaveLength(1);
    } finally {
      await refused.end();
    }
  });
});
