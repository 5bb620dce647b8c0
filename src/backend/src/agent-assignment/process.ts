import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, RetryLater, skipped } from '../shared/outcome.js';
import { decideAssignment, entersApproved } from './decide.js';

const orderRow = z.object({ id: z.guid('id must be the order uuid'), status: z.string().min(1, 'status is required') });
const oldOrderRow = z.object({ status: z.string().min(1, 'status is required') });

export interface AssignmentInput {
  orderId: string;
  entersApproved: boolean;
  transition: string;
}

/**
 * agent-assignment: a transition into approved → an available agent is claimed, the
 * assignment inserted, the agent marked busy and the order moved to agent_assigned, in
 * one transaction. With no agent free it answers 503 + Retry-After and Hasura delivers
 * the event again later; a delivery frees the agent (a database trigger).
 */
export const agentAssignmentFunction: EventFunction<AssignmentInput> = {
  name: 'agent-assignment',
  input(event: HasuraEvent) {
    const rows = eventRows(event, {
      table: { schema: 'public', name: 'orders' },
      ops: ['UPDATE', 'MANUAL'],
      row: orderRow,
      oldRow: oldOrderRow,
    });
    const oldStatus = rows.old?.status ?? null;
    return { orderId: rows.new.id, entersApproved: entersApproved(oldStatus, rows.new.status), transition: `${oldStatus ?? '?'} -> ${rows.new.status}` };
  },
  async process(input, { event, runtime }) {
    const { orderId } = input;
    if (!input.entersApproved) {
      return { kind: 'done', result: skipped(`transition ${input.transition} needs no agent`, { orderId }), replayed: false };
    }
    return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
      const order = await client.query<{ status: string; agent_id: number | null }>(
        `SELECT o.status, a.agent_id FROM orders o LEFT JOIN assignments a ON a.order_id = o.id WHERE o.id = $1 FOR UPDATE OF o`,
        [orderId],
      );
      const row = order.rows[0];
      const decision = decideAssignment(row?.status, row?.agent_id ?? null);
      if (decision.kind === 'skip') return skipped(decision.reason, { orderId });

      // SKIP LOCKED: concurrent assignments each take a different free agent instead of
      // queueing behind the same row; lowest id first keeps the choice deterministic.
      const agent = await client.query<{ id: number; name: string }>(
        `SELECT id, name FROM agents WHERE is_available ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const free = agent.rows[0];
      if (!free) return new RetryLater('every delivery agent is busy; try again when one is free', runtime.config.agentRetryAfterSeconds);

      await client.query('UPDATE agents SET is_available = false WHERE id = $1 AND is_available', [free.id]);
      await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [orderId, free.id]);
      await client.query(`UPDATE orders SET status = 'agent_assigned' WHERE id = $1 AND status = 'approved'`, [orderId]);
      return applied({ orderId, orderStatus: 'agent_assigned', agentId: free.id, agentName: free.name });
    });
  },
};
