import { z } from 'zod';
import type pg from 'pg';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped } from '../shared/outcome.js';
import { menuPrices, validateOrder, type OrderLine } from './validate.js';
import { decidePromo, type PromoFacts } from './promo.js';
import { priceValidOrder } from './price.js';
import type { PriceBreakdown } from '@3factor/domain';
import { schedulePaymentTimeout } from '../order-timeouts/schedule.js';

const orderRow = z.object({ id: z.guid('id must be the order uuid') });

export interface ValidateOrderInput {
  orderId: string;
}

/** Stores each line's price snapshot (lines change only while the order is placed: before the verdict). */
async function storePrices(client: pg.PoolClient, orderId: string, prices: ReadonlyArray<{ orderItemId: number; unitPriceCents: number }>): Promise<void> {
  await client.query(
    `UPDATE order_items oi SET unit_price_cents = p.unit_price_cents
       FROM unnest($2::int[], $3::int[]) AS p(id, unit_price_cents)
      WHERE oi.id = p.id AND oi.order_id = $1`,
    [orderId, prices.map((p) => p.orderItemId), prices.map((p) => p.unitPriceCents)],
  );
}

async function loadLines(client: pg.PoolClient, orderId: string): Promise<OrderLine[]> {
  const { rows } = await client.query<{
    order_item_id: number;
    menu_item_id: number;
    quantity: number;
    item_restaurant_id: number | null;
    name: string | null;
    price_cents: number | null;
    is_available: boolean | null;
  }>(
    `SELECT oi.id AS order_item_id, oi.menu_item_id, oi.quantity,
            mi.restaurant_id AS item_restaurant_id, mi.name, mi.price_cents, mi.is_available
       FROM order_items oi
       LEFT JOIN menu_items mi ON mi.id = oi.menu_item_id
      WHERE oi.order_id = $1
      ORDER BY oi.id`,
    [orderId],
  );
  return rows.map((row) => ({
    orderItemId: row.order_item_id,
    menuItemId: row.menu_item_id,
    quantity: row.quantity,
    menuItem: row.item_restaurant_id === null ? null : { restaurantId: row.item_restaurant_id, name: row.name!, priceCents: row.price_cents!, isAvailable: row.is_available! },
  }));
}

/**
 * The promo code the order names, locked: two orders with one code take turns here, and the
 * second counts the first one's redemption (promo_redemptions_enforce checks the same limits).
 */
async function loadPromo(client: pg.PoolClient, code: string, customerId: string): Promise<{ id: number; facts: PromoFacts } | null> {
  const { rows } = await client.query<{
    id: number;
    percent_off: number | null;
    amount_off_cents: number | null;
    min_subtotal_cents: number;
    valid_from: Date;
    valid_until: Date | null;
    per_user_limit: number | null;
    total_limit: number | null;
    active: boolean;
  }>(`SELECT id, percent_off, amount_off_cents, min_subtotal_cents, valid_from, valid_until, per_user_limit, total_limit, active FROM promo_codes WHERE code = $1 FOR UPDATE`, [
    code,
  ]);
  const promo = rows[0];
  if (!promo) return null;
  const counts = await client.query<{ redeemed: number; by_customer: number }>(
    `SELECT count(*)::int AS redeemed, count(*) FILTER (WHERE customer_id = $2)::int AS by_customer
       FROM promo_redemptions WHERE promo_code_id = $1 AND released_at IS NULL`,
    [promo.id, customerId],
  );
  return {
    id: promo.id,
    facts: {
      code,
      percentOff: promo.percent_off,
      amountOffCents: promo.amount_off_cents,
      minSubtotalCents: promo.min_subtotal_cents,
      validFrom: promo.valid_from,
      validUntil: promo.valid_until,
      perUserLimit: promo.per_user_limit,
      totalLimit: promo.total_limit,
      active: promo.active,
      redeemed: counts.rows[0]!.redeemed,
      redeemedByCustomer: counts.rows[0]!.by_customer,
    },
  };
}

async function writeValidated(client: pg.PoolClient, orderId: string, b: PriceBreakdown): Promise<void> {
  await client.query(
    `UPDATE orders SET status = 'validated', items_subtotal_cents = $2, delivery_fee_cents = $3, service_fee_cents = $4, tax_rate_bps = $5,
            tax_cents = $6, discount_cents = $7, total_cents = $8, rejection_reason = NULL
      WHERE id = $1 AND status = 'placed'`,
    [orderId, b.itemsSubtotalCents, b.deliveryFeeCents, b.serviceFeeCents, b.taxRateBps, b.taxCents, b.discountCents, b.totalCents],
  );
}

/** validate-order: INSERT on orders → validated (with total and price snapshots) or rejected (with a reason). */
export const validateOrderFunction: EventFunction<ValidateOrderInput> = {
  name: 'validate-order',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'orders' }, ops: ['INSERT', 'MANUAL'], row: orderRow });
    return { orderId: rows.new.id };
  },
  // A validated order waits for its payment until the payment timeout (order-timeouts/).
  after: ({ orderId }, _outcome, { runtime, logger }) => schedulePaymentTimeout(orderId, runtime, logger),
  process({ orderId }, { event, runtime }) {
    return processOnce(
      runtime.pool(),
      { id: event.id, triggerName: event.trigger.name },
      async (client) => {
        // The row lock keeps a customer's cancel from interleaving with the verdict. The tip and
        // the promo code are read here, from the row, never from the event's payload.
        const order = await client.query<{
          status: string;
          customer_id: string;
          tip_cents: number;
          promo_code: string | null;
          restaurant_id: number;
          restaurant_name: string;
          is_open: boolean;
          delivery_fee_cents: number;
          service_fee_cents: number;
          tax_rate_bps: number;
        }>(
          `SELECT o.status, o.customer_id, o.tip_cents, o.promo_code, o.restaurant_id, r.name AS restaurant_name, r.is_open,
                r.delivery_fee_cents, r.service_fee_cents, r.tax_rate_bps
           FROM orders o JOIN restaurants r ON r.id = o.restaurant_id
          WHERE o.id = $1
          FOR UPDATE OF o`,
          [orderId],
        );
        const found = order.rows[0];
        if (!found) return skipped(`order ${orderId} does not exist`, { orderId });
        if (found.status !== 'placed') return skipped(`order is ${found.status}, not placed`, { orderId, orderStatus: found.status });

        const restaurant = { id: found.restaurant_id, name: found.restaurant_name, isOpen: found.is_open };
        const lines = await loadLines(client, orderId);
        const reject = async (reason: string) => {
          // The order page shows a rejected order's lines at the price they had when it was checked.
          await storePrices(client, orderId, menuPrices(restaurant, lines));
          await client.query(`UPDATE orders SET status = 'rejected', rejection_reason = $2 WHERE id = $1 AND status = 'placed'`, [orderId, reason]);
          return applied({ orderId, orderStatus: 'rejected', rejectionReason: reason });
        };
        const verdict = validateOrder(restaurant, lines);
        if (verdict.kind === 'rejected') return reject(verdict.reason);

        const promo = found.promo_code === null ? null : await loadPromo(client, found.promo_code, found.customer_id);
        const pricing = priceValidOrder({
          itemsSubtotalCents: verdict.itemsSubtotalCents,
          charges: { deliveryFeeCents: found.delivery_fee_cents, serviceFeeCents: found.service_fee_cents, taxRateBps: found.tax_rate_bps },
          tipCents: found.tip_cents,
          promo: found.promo_code === null ? null : decidePromo(found.promo_code, promo?.facts ?? null, verdict.itemsSubtotalCents, new Date()),
        });
        if (pricing.kind === 'rejected') return reject(pricing.reason);
        const { breakdown } = pricing;

        await storePrices(client, orderId, verdict.prices);
        if (promo) {
          await client.query('INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) VALUES ($1, $2, $3, $4)', [
            orderId,
            promo.id,
            found.customer_id,
            breakdown.discountCents,
          ]);
        }
        await writeValidated(client, orderId, breakdown);
        return applied({ orderId, orderStatus: 'validated', totalCents: breakdown.totalCents, breakdown });
      },
      { claim: 'last' },
    );
  },
};
