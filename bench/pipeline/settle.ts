import { sleep } from './clock.js';
import type { PipelineStack } from './stack.js';

/**
 * Between two scenarios the stack must be back at rest, or one scenario's backlog becomes
 * the next one's load. Orders a courier holds are delivered by the fleet; orders still short
 * of a courier when the drain ended (the unfinished ones) are cancelled behind the stack's
 * back (session_replication_role = replica: no status trigger, no event, no history row),
 * and their pending events archived, as an operator clearing a queue would. Then it waits
 * until no event is due. None of this is measured.
 */
export async function settle(stack: PipelineStack, orderIds: string[], timeoutMs = 20_000): Promise<{ cancelled: number }> {
  const deadline = Date.now() + timeoutMs;
  const client = await stack.sql.connect();
  let cancelled = 0;
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const result = await client.query(
      `UPDATE orders SET status = 'cancelled'
       WHERE id = ANY($1::uuid[]) AND status IN ('placed', 'validated', 'payment_failed', 'paid', 'approved')`,
      [orderIds],
    );
    cancelled = result.rowCount ?? 0;
    if (cancelled > 0) {
      // Their events would only be skipped (the order is no longer where they expect it).
      await client.query(
        `UPDATE hdb_catalog.event_log SET archived = true
         WHERE NOT delivered AND NOT error AND NOT archived
           AND ((table_name = 'orders' AND payload #>> '{data,new,id}' = ANY($1::text[]))
             OR (table_name = 'payments' AND payload #>> '{data,new,order_id}' = ANY($1::text[])))`,
        [orderIds],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  for (;;) {
    const { rows } = await stack.sql.query<{ holding: number; due: number }>(
      `SELECT (SELECT count(*)::int FROM orders WHERE id = ANY($1::uuid[]) AND status IN ('agent_assigned', 'picked_up')) AS holding,
              (SELECT count(*)::int FROM hdb_catalog.event_log
               WHERE NOT delivered AND NOT error AND NOT archived AND (next_retry_at IS NULL OR next_retry_at <= now() + interval '2 seconds')) AS due`,
      [orderIds],
    );
    if (rows[0]!.holding === 0 && rows[0]!.due === 0) break;
    if (Date.now() > deadline) break;
    await sleep(200);
  }
  return { cancelled };
}
