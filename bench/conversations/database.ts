import pg from 'pg';
import { benchDatabase, customerId, orderId, type BenchDatabase } from '../subscriptions/database.js';

export { customerId, orderId };
export const courierUserId = (i: number): string => `00000000-0000-4000-b000-${String(i).padStart(12, '0')}`;

/**
 * bench/subscriptions' database (one customer and one order per conversation, at a restaurant
 * without staff logins), plus a courier per order with a login and an assignment: every
 * conversation then has exactly two members, its customer and its courier.
 */
export async function conversationsDatabase(conversations: number): Promise<BenchDatabase> {
  const database = await benchDatabase(conversations);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (id, username, password_hash, role)
       SELECT ('00000000-0000-4000-b000-' || lpad(g::text, 12, '0'))::uuid, 'courier_' || g, 'x', 'agent' FROM generate_series(1, $1::int) g`,
      [conversations],
    );
    await client.query(
      `INSERT INTO agents (id, name, is_available, user_id) OVERRIDING SYSTEM VALUE
       SELECT 100000 + g, 'Courier ' || g, false, ('00000000-0000-4000-b000-' || lpad(g::text, 12, '0'))::uuid FROM generate_series(1, $1::int) g`,
      [conversations],
    );
    // Fixtures, not a flow: the orders stay 'placed', so the assignment rule (approved orders
    // only) is switched off for this one statement's session (a superuser in a throwaway cluster).
    await client.query('SET session_replication_role = replica');
    await client.query(
      `INSERT INTO assignments (order_id, agent_id)
       SELECT ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, 100000 + g FROM generate_series(1, $1::int) g`,
      [conversations],
    );
    await client.query('SET session_replication_role = DEFAULT');
    const { rows } = await client.query<{ members: string }>(`SELECT count(*) AS members FROM order_conversation_member_list WHERE order_id = ANY($1::uuid[])`, [
      Array.from({ length: conversations }, (_, i) => orderId(i + 1)),
    ]);
    if (Number(rows[0]!.members) !== 2 * conversations) throw new Error(`expected ${2 * conversations} members, found ${rows[0]!.members}`);
    await client.query('ANALYZE');
    await client.end();
  } catch (error) {
    // A half-built fixture must not leave its Postgres cluster running.
    await client.end().catch(() => undefined);
    await database.close();
    throw error;
  }
  return database;
}
