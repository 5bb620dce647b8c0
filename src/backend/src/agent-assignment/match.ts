import type pg from 'pg';
import { withTransaction } from '../shared/database.js';

export interface Match {
  orderId: string;
  agentId: number;
  agentName: string;
}

/**
 * Pairs the longest-waiting approved order with a free agent, in one transaction: the
 * order (oldest `approved_at` first) and the agent (lowest id first) are both taken
 * `FOR NO KEY UPDATE SKIP LOCKED`, so concurrent matchers each take a different pair instead of
 * queueing behind the same rows, and a pair is assigned exactly once. NO KEY UPDATE (what the
 * UPDATEs below take anyway), not FOR UPDATE: a row another transaction merely references
 * (a notification of the order's approval being inserted holds FOR KEY SHARE on it until its
 * commit) is not skipped, which left the order waiting for the 30 s backstop. Returns undefined
 * when no order waits or no agent is free. The database refuses an agent who already has
 * an order in hand (assignments_enforce_one_order_per_agent).
 */
export async function matchOne(pool: pg.Pool): Promise<Match | undefined> {
  return withTransaction(pool, async (client) => {
    const order = await client.query<{ id: string }>(`SELECT id FROM orders WHERE status = 'approved' ORDER BY approved_at, id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED`);
    const orderId = order.rows[0]?.id;
    if (!orderId) return undefined;
    const agent = await client.query<{ id: number; name: string }>(`SELECT id, name FROM agents WHERE is_available ORDER BY id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED`);
    const free = agent.rows[0];
    if (!free) return undefined;
    await client.query('UPDATE agents SET is_available = false WHERE id = $1', [free.id]);
    await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [orderId, free.id]);
    await client.query(`UPDATE orders SET status = 'agent_assigned' WHERE id = $1 AND status = 'approved'`, [orderId]);
    return { orderId, agentId: free.id, agentName: free.name };
  });
}

/** Matches pairs until no order waits or no agent is free, at most `max` of them. */
export async function matchWaiting(pool: pg.Pool, max: number): Promise<Match[]> {
  const matches: Match[] = [];
  while (matches.length < max) {
    const match = await matchOne(pool);
    if (!match) break;
    matches.push(match);
  }
  return matches;
}
