import type pg from 'pg';

/**
 * Bulk orders with their status history, written straight in SQL (triggers off: the rows
 * are what the status machine would have written). Each order: placed, validated 1 s
 * later, paid at 30 s, approved at 40 s, assigned at 60 s, picked up at 5 min, delivered at
 * 15 min; one in ten rejected at validation instead.
 */
export async function insertOrders(client: pg.ClientBase, count: number, from: string, to: string): Promise<void> {
  if (count === 0) return;
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(
      `CREATE TEMP TABLE bench_new ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id,
              2 + (g % 5) AS restaurant_id,
              $2::timestamptz + (($3::timestamptz - $2::timestamptz) * (g::float8 / $1)) AS t,
              g % 10 = 0 AS rejected,
              500 + (g % 40) * 50 AS total
         FROM generate_series(1, $1::int) g`,
      [count, from, to],
    );
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, created_at, updated_at,
                           validated_at, rejected_at, paid_at, approved_at, agent_assigned_at, picked_up_at, delivered_at)
       SELECT id, '00000000-0000-4000-8000-00000000a11c', restaurant_id, '1 Bench Street',
              CASE WHEN rejected THEN 'rejected' ELSE 'delivered' END::order_status, total, t, t,
              CASE WHEN rejected THEN NULL ELSE t + interval '1 s' END,
              CASE WHEN rejected THEN t + interval '1 s' END,
              CASE WHEN rejected THEN NULL ELSE t + interval '30 s' END,
              CASE WHEN rejected THEN NULL ELSE t + interval '40 s' END,
              CASE WHEN rejected THEN NULL ELSE t + interval '60 s' END,
              CASE WHEN rejected THEN NULL ELSE t + interval '300 s' END,
              CASE WHEN rejected THEN NULL ELSE t + interval '900 s' END
         FROM bench_new`,
    );
    await client.query(
      `INSERT INTO order_status_history (order_id, from_status, to_status, changed_at)
       SELECT n.id, s.from_status::order_status, s.to_status::order_status, n.t + s.after
         FROM bench_new n
        CROSS JOIN LATERAL (VALUES
          (NULL, 'placed', interval '0 s', true),
          ('placed', 'rejected', interval '1 s', n.rejected),
          ('placed', 'validated', interval '1 s', NOT n.rejected),
          ('validated', 'paid', interval '30 s', NOT n.rejected),
          ('paid', 'approved', interval '40 s', NOT n.rejected),
          ('approved', 'agent_assigned', interval '60 s', NOT n.rejected),
          ('agent_assigned', 'picked_up', interval '300 s', NOT n.rejected),
          ('picked_up', 'delivered', interval '900 s', NOT n.rejected)
        ) AS s(from_status, to_status, after, happened)
        WHERE s.happened`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
