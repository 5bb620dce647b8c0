import type pg from 'pg';
import type { OrderRecord } from './customer.js';
import { spread, type Spread } from './stats.js';

/**
 * Per-stage latency from the database's own clock: order_status_history stamps every
 * transition with clock_timestamp() inside the transaction that made it.
 *  placed -> validated          validate-order's event hop
 *  validated -> paid            the customer's app sees validated and pays, the payment's hop
 *  paid -> approved             restaurant-approval's hop (auto-approving restaurants)
 *  approved -> agent_assigned   agent-assignment's hop, or waiting for a courier to come free
 */
export const STAGES = [
  ['placed', 'validated'],
  ['validated', 'paid'],
  ['paid', 'approved'],
  ['approved', 'agent_assigned'],
] as const;

export type StageName = `${(typeof STAGES)[number][0]}->${(typeof STAGES)[number][1]}`;

export const stageName = ([from, to]: (typeof STAGES)[number]): StageName => `${from}->${to}`;

export interface Latencies {
  stages: Record<StageName, Spread>;
  /** Client-observed: the insert sent -> the live query showing agent_assigned. */
  endToEnd: Spread;
  /** The database's placed -> agent_assigned, without the client's share. */
  lifecycle: Spread;
  /** agent_assigned committed (database clock) -> the customer's live query shows it. */
  pushLag: Spread;
}

export async function statusTimes(sql: pg.Pool, orderIds: string[]): Promise<Map<string, Record<string, number>>> {
  const { rows } = await sql.query<{ order_id: string; to_status: string; at: number }>(
    `SELECT order_id, to_status, extract(epoch FROM changed_at) * 1000 AS at
     FROM order_status_history WHERE order_id = ANY($1::uuid[])`,
    [orderIds],
  );
  const byOrder = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const times = byOrder.get(row.order_id) ?? {};
    times[row.to_status] ??= Number(row.at);
    byOrder.set(row.order_id, times);
  }
  return byOrder;
}

export function latencies(records: readonly OrderRecord[], times: ReadonlyMap<string, Record<string, number>>): Latencies {
  const assigned = records.filter((r) => r.outcome === 'assigned');
  const stageValues = Object.fromEntries(STAGES.map((s) => [stageName(s), [] as number[]])) as Record<StageName, number[]>;
  const lifecycle: number[] = [];
  const pushLag: number[] = [];
  for (const record of assigned) {
    const t = times.get(record.id);
    if (!t) continue;
    for (const stage of STAGES) {
      const [from, to] = stage;
      if (t[from] !== undefined && t[to] !== undefined) stageValues[stageName(stage)].push(t[to]! - t[from]!);
    }
    if (t.placed !== undefined && t.agent_assigned !== undefined) lifecycle.push(t.agent_assigned - t.placed);
    if (t.agent_assigned !== undefined && record.assignedSeenAt !== undefined) pushLag.push(record.assignedSeenAt - t.agent_assigned);
  }
  return {
    stages: Object.fromEntries(Object.entries(stageValues).map(([k, v]) => [k, spread(v)])) as Record<StageName, Spread>,
    endToEnd: spread(assigned.map((r) => r.assignedSeenAt! - r.placedAt)),
    lifecycle: spread(lifecycle),
    pushLag: spread(pushLag),
  };
}
