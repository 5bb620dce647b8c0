import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** A Hasura event trigger payload (hasura-semantics §1.3) for a row as Postgres has it now. */
export function hasuraEvent(options: {
  trigger: string;
  table: string;
  op: 'INSERT' | 'UPDATE' | 'DELETE' | 'MANUAL';
  newRow: Record<string, unknown> | null;
  oldRow?: Record<string, unknown> | null;
  id?: string;
}) {
  return {
    id: options.id ?? randomUUID(),
    created_at: new Date().toISOString().replace('Z', ''),
    table: { schema: 'public', name: options.table },
    trigger: { name: options.trigger },
    event: {
      op: options.op,
      data: { old: options.oldRow ?? null, new: options.newRow },
      session_variables: { 'x-hasura-role': 'admin' },
      trace_context: null,
    },
    delivery_info: { current_retry: 0, max_retries: 5 },
  };
}

export async function rowOf(sql: pg.Pool, table: 'orders' | 'payments', id: string): Promise<Record<string, unknown>> {
  const { rows } = await sql.query<{ row: Record<string, unknown> }>(`SELECT row_to_json(t) AS row FROM ${table} t WHERE id = $1`, [id]);
  if (!rows[0]) throw new Error(`${table} ${id} not found`);
  return rows[0].row;
}

/** The payload of the orders.status UPDATE event that moved `orderId` from `from` to its current status. */
export async function statusChangeEvent(sql: pg.Pool, trigger: string, orderId: string, from: string) {
  const current = await rowOf(sql, 'orders', orderId);
  return hasuraEvent({ trigger, table: 'orders', op: 'UPDATE', newRow: current, oldRow: { ...current, status: from } });
}
