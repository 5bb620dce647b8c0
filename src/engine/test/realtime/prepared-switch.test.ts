import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';

/**
 * ENGINE_PREPARED_STATEMENTS holds for subscription pollers as for HTTP queries: with the
 * source's `use_prepared_statements` on (the project's metadata), a poller's multiplexed
 * statement is prepared on the pollers' own connections; switched off, it is sent unnamed.
 */
const ORDERS = 'subscription { orders(order_by: {created_at: desc}, limit: 3) { id status } }';

interface PollerStatement {
  generic_plans: string;
  custom_plans: string;
  mode: string;
}

/** Multiplexed statements prepared on any of the pool's connections, with how they were planned and the session's plan cache mode. */
async function pollerStatements(pool: pg.Pool): Promise<PollerStatement[]> {
  const clients: pg.PoolClient[] = [];
  try {
    // Every connection the pool has, each asked for its own session's statements.
    for (let i = 0; i < pool.totalCount; i++) clients.push(await pool.connect());
    const found: PollerStatement[] = [];
    for (const client of clients) {
      const { rows } = await client.query<PollerStatement>(
        `SELECT generic_plans, custom_plans, current_setting('plan_cache_mode') AS mode FROM pg_prepared_statements WHERE statement LIKE 'SELECT "_subs"%'`,
      );
      found.push(...rows);
    }
    return found;
  } finally {
    for (const client of clients) client.release();
  }
}

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('ENGINE_PREPARED_STATEMENTS and subscription pollers', () => {
  for (const [setting, expected] of [
    ['true', 1],
    ['false', 0],
  ] as const) {
    it(`with ENGINE_PREPARED_STATEMENTS=${setting}, ${expected ? 'prepares' : 'does not prepare'} the poller's statement`, async () => {
      t = await startTestEngine({ ENGINE_PREPARED_STATEMENTS: setting });
      const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
      const sub = new Subscription(client, ORDERS);
      expect(await sub.next()).toMatchObject({ data: { orders: expect.any(Array) } });
      expect(t.multiplexed().length).toBeGreaterThan(0);
      const statements = await pollerStatements(t.engine.pollerPool);
      expect(Math.min(statements.length, 1)).toBe(expected);
      sub.stop();
      await client.dispose();
    });
  }

  it('settles on the generic plan of a live poller statement: later refreshes are not planned again', async () => {
    t = await startTestEngine();
    const placed = await t.graphql(
      'mutation { insert_orders_one(object: { customer_id: "00000000-0000-4000-8000-00000000a11c", restaurant_id: 1, delivery_address: "1 Plan Street" }) { id } }',
    );
    expect(placed.errors).toBeUndefined();
    const id = placed.data.insert_orders_one.id as string;
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
    // An order page's shape: one order by its key, with rows of its relationships.
    const sub = new Subscription(client, 'subscription ($id: uuid!) { orders_by_pk(id: $id) { id total_cents items { quantity } status_history { to_status } } }', { id });
    await sub.next();
    // Each write refreshes the poller once; Postgres plans the first five runs of a prepared statement as custom plans.
    for (let cents = 1; cents <= 8; cents++) {
      const updated = await t.graphql('mutation ($id: uuid!, $cents: Int!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {total_cents: $cents}) { id } }', { id, cents });
      expect(updated.errors).toBeUndefined();
      await sub.until((r) => r.data.orders_by_pk.total_cents === cents);
    }
    const statements = await pollerStatements(t.engine.pollerPool);
    expect(statements.reduce((sum, s) => sum + Number(s.generic_plans), 0)).toBeGreaterThan(0);
    expect(statements.reduce((sum, s) => sum + Number(s.custom_plans), 0)).toBeLessThanOrEqual(5 * statements.length);
    sub.stop();
    await client.dispose();
  });

  it('runs the pollers on their own connections, not on those of HTTP queries', async () => {
    t = await startTestEngine();
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
    const sub = new Subscription(client, ORDERS);
    await sub.next();
    expect((await pollerStatements(t.engine.pollerPool)).length).toBe(1);
    expect(await pollerStatements(t.engine.pool)).toEqual([]);
    sub.stop();
    await client.dispose();
  });
});
