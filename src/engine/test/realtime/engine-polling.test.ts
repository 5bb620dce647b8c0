import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { ADMIN_SECRET, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';

/** Hasura's pure polling mode: no change triggers, every poller refreshes each refetch interval. */
let t: TestEngine;
let pool: pg.Pool;

beforeAll(async () => {
  t = await startTestEngine({ ENGINE_LIVE_QUERIES_NOTIFY: 'false', HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '100' });
  pool = new pg.Pool({ connectionString: t.db.url, max: 1 });
  pool.on('error', () => undefined);
});

afterAll(async () => {
  await pool?.end();
  await t?.stop();
});

it('installs no change triggers and still pushes a change, found by polling', async () => {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'hasura_realtime_notify'`);
  expect(rows[0].n).toBe(0);
  const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
  const sub = new Subscription(client, 'subscription { restaurants_by_pk(id: 6) { is_open } }');
  expect(await sub.next()).toEqual({ data: { restaurants_by_pk: { is_open: false } } });
  await pool.query('UPDATE restaurants SET is_open = true WHERE id = 6');
  expect(await sub.next()).toEqual({ data: { restaurants_by_pk: { is_open: true } } });
  expect(await t.metric('hasura_realtime_change_notifications_total')).toBe(0);
  sub.stop();
  await client.dispose();
});
