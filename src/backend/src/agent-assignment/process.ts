import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { findProcessedResult } from '../shared/idempotency.js';
import { applied, processOnce, RetryLater, skipped } from '../shared/outcome.js';
import { decideAssignment, entersApproved } from './decide.js';
import { matchWaiting } from './match.js';

const orderRow = z.object({ id: z.guid('id must be the order uuid'), status: z.string().min(1, 'status is required') });
const oldOrderRow = z.object({ status: z.string().min(1, 'status is required') });

export interface AssignmentInput {
  orderId: string;
  entersApproved: boolean;
  transition: string;
}

/** Pairs one event may make before it answers; the rest are left to the next event. */
const MAX_MATCHES_PER_EVENT = 10;

/**
 * agent-assignment: a transition into approved → the longest-waiting approved orders are
 * paired with free agents (`matchWaiting`, oldest first: this order may hand a free agent
 * to one that waited longer), then this order's own state is read under its lock: it has an
 * agent (applied, or skipped when another event's pairing gave it one), or it waits. A
 * waiting order needs no retry to be served: when an agent comes free, agent-available
 * pairs them at once. The 503 + Retry-After only keeps the event as a slow backstop, and
 * makes the wait visible on the dashboard with its age.
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
    const pool = runtime.pool();
    const earlier = await findProcessedResult(pool, event.id);
    if (earlier) return { kind: 'done', result: earlier, replayed: true };
    const matches = await matchWaiting(pool, MAX_MATCHES_PER_EVENT);
    return processOnce(
      pool,
      { id: event.id, triggerName: event.trigger.name },
      async (client) => {
        // The lock waits for a pairing of this order still being committed elsewhere (NO KEY
        // UPDATE, as the pairing's: a notification referencing the order does not hold it up).
        const order = await client.query<{ status: string; agent_id: number | null; agent_name: string | null }>(
          `SELECT o.status, a.agent_id, ag.name AS agent_name
           FROM orders o LEFT JOIN assignments a ON a.order_id = o.id LEFT JOIN agents ag ON ag.id = a.agent_id
          WHERE o.id = $1 FOR NO KEY UPDATE OF o`,
          [orderId],
        );
        const row = order.rows[0];
        const mine = matches.find((m) => m.orderId === orderId);
        if (mine) return applied({ orderId, orderStatus: 'agent_assigned', agentId: mine.agentId, agentName: mine.agentName });
        const decision = decideAssignment(row?.status, row?.agent_id ?? null);
        if (decision.kind === 'skip') return skipped(decision.reason, { orderId, ...(row?.agent_id ? { agentId: row.agent_id } : {}) });
        return new RetryLater('every delivery agent is busy; the order waits in line, oldest approval first, for the next one free', runtime.config.agentRetryAfterSeconds);
      },
      { claim: 'last' },
    );
  },
};
