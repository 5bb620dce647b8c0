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
