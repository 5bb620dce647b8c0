import type pg from 'pg';
import { HAPPY_PATH as ORDER_HAPPY_PATH, isOrderStatus, type OrderStatus } from '@3factor/domain';

/**
 * Test fixture: walks one order through the real status machine (so every trigger and
 * check in schema.sql runs), then moves the recorded times to chosen instants, so the
 * analytics views can be checked against exact figures.
 */

export const ALICE = '00000000-0000-4000-8000-00000000a11c';

/** Which `orders` column the status trigger stamps for each status. */
const STAMP: Record<OrderStatus, string> = {
  placed: 'created_at',
  validated: 'validated_at',
  rejected: 'rejected_at',
  paid: 'paid_at',
  payment_failed: 'payment_failed_at',
  approved: 'approved_at',
  restaurant_rejected: 'restaurant_rejected_at',
  agent_assigned: 'agent_assigned_at',
  picked_up: 'picked_up_at',
  delivered: 'delivered_at',
  cancelled: 'cancelled_at',
};

export interface Step {
  status: string;
  /** Seconds after the timeline's anchor. */
  at: number;
}

export interface OrderSpec {
  restaurantId: number;
  totalCents: number;
  steps: Step[];
}

export async function insertOrder(client: pg.ClientBase, anchor: Date, spec: OrderSpec): Promise<string> {
  const [first, ...rest] = spec.steps;
  if (first?.status !== 'placed') throw new Error('a timeline starts with placed');
  const { rows } = await client.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, $2, '1 Main Street') RETURNING id`, [
    ALICE,
    spec.restaurantId,
  ]);
  const id = rows[0]!.id;
  for (const step of rest) {
    if (step.status === 'validated') {
      // The database validates only a total that is the sum of priced lines: one line carries it.
      await client.query(
        `INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents)
         SELECT $1, id, 1, $3 FROM menu_items WHERE restaurant_id = $2 ORDER BY id LIMIT 1`,
        [id, spec.restaurantId, spec.totalCents],
      );
      await client.query('UPDATE orders SET status = $2, total_cents = $3 WHERE id = $1', [id, step.status, spec.totalCents]);
    } else {
      await client.query('UPDATE orders SET status = $2 WHERE id = $1', [id, step.status]);
    }
  }
  for (const step of spec.steps) {
    const when = new Date(anchor.getTime() + step.at * 1000);
    const column = isOrderStatus(step.status) ? STAMP[step.status] : undefined;
    if (!column) throw new Error(`unknown status ${step.status}`);
    // `column` comes from the fixed map above, never from input.
    await client.query(`UPDATE orders SET ${column} = $2 WHERE id = $1`, [id, when]);
    await client.query('UPDATE order_status_history SET changed_at = $3 WHERE order_id = $1 AND to_status = $2', [id, step.status, when]);
  }
  return id;
}

/** `placed` at `at`, then each following status `gaps[i]` seconds after the previous one. */
export function path(at: number, statuses: readonly string[], gaps: number[]): Step[] {
  const steps: Step[] = [{ status: 'placed', at }];
  let t = at;
  statuses.forEach((status, i) => {
    t += gaps[i] ?? 1;
    steps.push({ status, at: t });
  });
  return steps;
}

/** The happy path after `placed`, which insertOrder starts every order in. */
export const HAPPY_PATH = ORDER_HAPPY_PATH.slice(1);
