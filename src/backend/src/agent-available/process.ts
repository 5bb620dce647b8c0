import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { findProcessedResult } from '../shared/idempotency.js';
import { applied, processOnce, skipped } from '../shared/outcome.js';
import { matchWaiting } from '../agent-assignment/match.js';

const agentRow = z.object({ id: z.number().int('id must be the agent id'), is_available: z.boolean() });

export interface AgentAvailableInput {
  agentId: number;
  available: boolean;
}

/** An agent who comes free can take one order; a few more pairs cover agents freed at the same moment. */
const MAX_MATCHES_PER_EVENT = 5;

/**
 * agent-available: an agent came free (a delivery, or an agent added) → the
 * longest-waiting approved orders get the free agents at once, oldest approval first,
 * instead of each waiting order retrying on its own clock. The payload only says that
 * something changed: the pairing reads and locks the real rows (`matchWaiting`).
 */
export const agentAvailableFunction: EventFunction<AgentAvailableInput> = {
  name: 'agent-available',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'agents' }, ops: ['INSERT', 'UPDATE', 'MANUAL'], row: agentRow });
    return { agentId: rows.new.id, available: rows.new.is_available };
  },
  async process({ agentId, available }, { event, runtime }) {
    if (!available) return { kind: 'done', result: skipped(`agent ${agentId} became busy`, { agentId }), replayed: false };
    const pool = runtime.pool();
    const earlier = await findProcessedResult(pool, event.id);
    if (earlier) return { kind: 'done', result: earlier, replayed: true };
    const matches = await matchWaiting(pool, MAX_MATCHES_PER_EVENT);
    return processOnce(
      pool,
      { id: event.id, triggerName: event.trigger.name },
      async () => (matches.length > 0 ? applied({ agentId, assigned: matches }) : skipped('no approved order is waiting, or no agent is free', { agentId })),
      { claim: 'last' },
    );
  },
};
