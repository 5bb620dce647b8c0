import { signUp } from './auth.js';
import { inParallel } from './parallel.js';
import { PAST_TABLE, writePastRows } from './past-orders.js';
import type { PipelineStack } from './stack.js';

/**
 * The accounts behind the extra live-query subscribers: customers who keep their orders'
 * pages open. Each account is one graphql-ws socket holding `PER_SOCKET` subscriptions, one
 * per order of its own (an app tab per order, multiplexed over one connection as a page
 * with many live widgets, or a gateway in front of many devices, would hold them).
 * The orders are delivered orders of the last month, written behind the triggers as the
 * past orders are (no events), so each page shows a whole order: history, payment,
 * courier, lines.
 */
export const PER_SOCKET = 80;

export interface Watcher {
  token: string;
  /** The orders this customer follows, one subscription each. */
  orderIds: string[];
}

export async function prepareWatchers(stack: PipelineStack, subscribers: number): Promise<Watcher[]> {
  const accounts = Math.ceil(subscribers / PER_SOCKET);
  const usernames = Array.from({ length: accounts }, (_, i) => `watcher-${stack.mode.name}-${i + 1}`);
  // Signing up hashes a password (scrypt): a few at a time.
  const tokens = await inParallel(accounts, 4, (i) => signUp(stack.functionsUrl, usernames[i]!));
  const counts = usernames.map((_, i) => Math.min(PER_SOCKET, subscribers - i * PER_SOCKET));

  const client = await stack.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(PAST_TABLE);
    await client.query(
      `INSERT INTO past
       WITH menu AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, restaurant_id, price_cents FROM menu_items),
            n AS (SELECT count(*) AS c FROM menu),
            watcher AS (SELECT u.id, w.n FROM unnest($1::text[], $2::int[]) AS w (username, n) JOIN users u ON u.username = w.username)
       SELECT gen_random_uuid(), watcher.id, m.restaurant_id, m.id, m.price_cents,
              (SELECT array_agg(id ORDER BY id) FROM agents), now() - interval '30 days' * random() - interval '1 hour'
       FROM watcher CROSS JOIN LATERAL generate_series(1, watcher.n) g
       JOIN menu m ON m.k = (g * 7919 + (hashtext(watcher.id::text) & 1023)) % (SELECT c FROM n)`,
      [usernames, counts],
    );
    await writePastRows(client, 0);
    const { rows } = await client.query<{ username: string; ids: string[] }>(
      `SELECT u.username, array_agg(p.id::text ORDER BY p.t DESC) AS ids FROM past p JOIN users u ON u.id = p.customer_id GROUP BY u.username`,
    );
    await client.query('COMMIT');
    const byName = new Map(rows.map((r) => [r.username, r.ids]));
    return usernames.map((username, i) => ({ token: tokens[i]!, orderIds: byName.get(username) ?? [] }));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
