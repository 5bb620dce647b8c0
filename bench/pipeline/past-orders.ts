import type pg from 'pg';
import type { PipelineStack } from './stack.js';

/**
 * A database with history: `count` delivered orders of the past year, each with a line, a
 * succeeded payment, an assignment, its seven status-history rows and its functions'
 * processed_events rows (as many per order as the run so far wrote), spread over 1,000
 * past customers. Written behind the triggers (session_replication_role = replica: no
 * events, no status checks), in batches, then analysed. Hasura's own event_log and
 * invocation logs are left out: Hasura's event cleanup keeps those short in production.
 */
const BATCH = 50_000;
const PAST_CUSTOMERS = 1000;

const STATUS_STEPS = `(VALUES
  (NULL::order_status, 'placed'::order_status, interval '0'),
  ('placed', 'validated', interval '1 second'),
  ('validated', 'paid', interval '20 seconds'),
  ('paid', 'approved', interval '21 seconds'),
  ('approved', 'agent_assigned', interval '22 seconds'),
  ('agent_assigned', 'picked_up', interval '15 minutes'),
  ('picked_up', 'delivered', interval '40 minutes')) AS s (from_status, to_status, after)`;

/** The orders to write, one row each (a temporary table dropped at commit): filled by the caller. */
export const PAST_TABLE = `CREATE TEMP TABLE past (id uuid, customer_id uuid, restaurant_id int, menu_item_id int, price_cents int, agents int[], t timestamptz) ON COMMIT DROP`;

/**
 * Writes the orders listed in `past` as delivered at `t` + 40 minutes: each with a line, a
 * succeeded payment, an assignment to one of `agents`, its seven status-history rows and
 * `processedPerOrder` processed_events rows. Inside the caller's transaction, with
 * session_replication_role = replica (no triggers: no events, no status checks).
 */
export async function writePastRows(client: pg.PoolClient, processedPerOrder: number): Promise<void> {
  await client.query(`
      INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, created_at, updated_at,
                          validated_at, paid_at, approved_at, agent_assigned_at, picked_up_at, delivered_at)
      SELECT id, customer_id, restaurant_id, '1 Past Street', 'delivered', price_cents, t, t + interval '40 minutes',
             t + interval '1 second', t + interval '20 seconds', t + interval '21 seconds', t + interval '22 seconds',
             t + interval '15 minutes', t + interval '40 minutes'
      FROM past`);
  await client.query(`INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents) SELECT id, menu_item_id, 1, price_cents FROM past`);
  await client.query(`
      INSERT INTO payments (id, order_id, amount_cents, status, payment_token, card_last4, provider_ref, charge_requested_at, created_at, updated_at)
      SELECT gen_random_uuid(), id, price_cents, 'succeeded', 'tok_visa', '4242', 'ch_past_' || replace(id::text, '-', ''),
             t + interval '19 seconds', t + interval '19 seconds', t + interval '20 seconds'
      FROM past`);
  await client.query(`
      INSERT INTO assignments (order_id, agent_id, assigned_at)
      SELECT id, agents[1 + floor(random() * array_length(agents, 1))::int], t + interval '22 seconds' FROM past`);
  await client.query(`
      INSERT INTO order_status_history (order_id, from_status, to_status, changed_at)
      SELECT p.id, s.from_status, s.to_status, p.t + s.after FROM past p CROSS JOIN ${STATUS_STEPS}`);
  await client.query(
    `INSERT INTO processed_events (event_id, trigger_name, result, processed_at)
       SELECT gen_random_uuid()::text, 'past', '{"status":"applied"}', p.t FROM past p CROSS JOIN generate_series(1, $1::int)`,
    [processedPerOrder],
  );
}

export async function loadPastOrders(stack: PipelineStack, count: number, log: (line: string) => void): Promise<void> {
  const client = await stack.sql.connect();
  const started = Date.now();
  try {
    const { rows: ratio } = await client.query<{ n: number }>(
      `SELECT round((SELECT count(*) FROM processed_events)::numeric / greatest(1, (SELECT count(*) FROM orders)))::int AS n`,
    );
    const processedPerOrder = ratio[0]!.n;
    await client.query('SET session_replication_role = replica');
    await client.query(
      `INSERT INTO users (id, username, password_hash, role)
       SELECT ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, 'past-customer-' || g, 'scrypt:disabled', 'customer'
       FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
      [PAST_CUSTOMERS],
    );
    const { rows: agents } = await client.query<{ ids: number[] }>('SELECT array_agg(id ORDER BY id) AS ids FROM agents');
    for (let done = 0; done < count; done += BATCH) {
      const size = Math.min(BATCH, count - done);
      await client.query('BEGIN');
      await client.query(PAST_TABLE);
      await client.query(
        `INSERT INTO past
         WITH menu AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, restaurant_id, price_cents FROM menu_items),
              n AS (SELECT count(*) AS c FROM menu)
         SELECT gen_random_uuid(), ('00000000-0000-4000-a000-' || lpad((1 + g % $2)::text, 12, '0'))::uuid,
                m.restaurant_id, m.id, m.price_cents, $3::int[], now() - interval '365 days' * random() - interval '1 hour'
         FROM generate_series(1, $1::int) g JOIN menu m ON m.k = (g * 7919) % (SELECT c FROM n)`,
        [size, PAST_CUSTOMERS, agents[0]!.ids],
      );
      await writePastRows(client, processedPerOrder);
      await client.query('COMMIT');
      log(`${stack.mode.name}: ${Math.min(count, done + size).toLocaleString('en-US')} past orders (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    // Written out now, not by the checkpointer during the next scenario (its CPU counts as Postgres's).
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.query('RESET session_replication_role').catch(() => {});
    client.release();
  }
}
