import type pg from 'pg';
import { spread, type Spread } from './stats.js';

/**
 * How soon a courier who comes free gets the order that waited longest (issue goal: p99 under
 * 200 ms), from the database's own clock (order_status_history, stamped with clock_timestamp()
 * in the transaction that made each change).
 *
 * An order waited for a courier when its courier's previous delivery was committed after the
 * order's approval: every courier was busy when it was approved. Its hand-off is the time from
 * that delivery (the courier coming free) to the order's `agent_assigned`.
 *
 * Out of turn: an order assigned while another one approved before it still waited for a
 * courier (one that waited, and whose `agent_assigned` came later; with couriers free, two
 * orders' own events may land in either order and nobody waits). Every overtaking is counted: two couriers freed in the same
 * instant may take the two oldest in either order (a handful at high rates), while a queue
 * served out of order shows as many as it has orders.
 */
export interface Handoffs {
  /** Courier freed -> the waiting order assigned to them. */
  latency: Spread;
  /** Orders that had to wait for a courier (the hand-offs measured). */
  waited: number;
  /** Orders assigned while an order approved earlier was still waiting. */
  outOfTurn: number;
}

export async function handoffs(sql: pg.Pool, orderIds: string[]): Promise<Handoffs> {
  const { rows } = await sql.query<{ waited_ms: number | null; out_of_turn: boolean }>(
    `WITH mine AS (
       SELECT a.order_id, a.agent_id,
              (SELECT min(changed_at) FROM order_status_history WHERE order_id = a.order_id AND to_status = 'approved') AS approved_at,
              (SELECT min(changed_at) FROM order_status_history WHERE order_id = a.order_id AND to_status = 'agent_assigned') AS assigned_at
         FROM assignments a
        WHERE a.order_id = ANY($1::uuid[])
     ), freed AS (
       SELECT m.*,
              (SELECT max(h.changed_at)
                 FROM assignments p
                 JOIN order_status_history h ON h.order_id = p.order_id AND h.to_status = 'delivered'
                WHERE p.agent_id = m.agent_id AND p.order_id <> m.order_id AND h.changed_at <= m.assigned_at) AS freed_at
         FROM mine m
        WHERE m.approved_at IS NOT NULL AND m.assigned_at IS NOT NULL
     )
     SELECT CASE WHEN f.freed_at > f.approved_at THEN extract(epoch FROM f.assigned_at - f.freed_at) * 1000 END AS waited_ms,
            EXISTS (SELECT 1 FROM freed o WHERE o.freed_at > o.approved_at AND o.approved_at < f.approved_at AND o.assigned_at > f.assigned_at) AS out_of_turn
       FROM freed f`,
    [orderIds],
  );
  const waited = rows.filter((r) => r.waited_ms !== null).map((r) => Number(r.waited_ms));
  return { latency: spread(waited), waited: waited.length, outOfTurn: rows.filter((r) => r.out_of_turn).length };
}
