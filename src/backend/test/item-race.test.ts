import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions, type GraphqlResult } from './helpers/engine-client.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * The attack: a customer inserts more lines into their own order while validate-order
 * runs (insert_order_items_one right after insert_orders_one, several at once). The
 * insert permission's check cannot stop it (it reads a snapshot from before the verdict
 * commits); the database does: a line waits for the validator's lock on the order and is
 * then refused, so every line of a validated order is priced and in its total.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  alice = await AppClient.login(t.server.url, engine.url, 'alice');
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

describe('lines added while the order is being validated', () => {
  it('15 orders, each raced by 5 concurrent line inserts: every validated order is charged for exactly the lines it has', { timeout: 120_000 }, async () => {
    const items = await alice.menuItemIds(2);
    const orders: string[] = [];
    const refused: GraphqlResult[] = [];
    await Promise.all(
      Array.from({ length: 15 }, async () => {
        const orderId = await alice.placeOrder(2, [{ menu_item_id: items[0]!, quantity: 1 }]);
        orders.push(orderId);
        const extra = await Promise.all(
          items.slice(1, 6).map((menuItemId) =>
            alice.graphql('mutation ($line: order_items_insert_input!) { insert_order_items_one(object: $line) { id } }', {
              // 19 each: with the first line, 96 items, within the 100 an order may hold.
              line: { order_id: orderId, menu_item_id: menuItemId, quantity: 19 },
            }),
          ),
        );
        refused.push(...extra.filter((r) => r.errors));
      }),
    );
    for (const orderId of orders) {
      await alice.waitForStatus(orderId, 'validated');
    }
    // The items part of the total (the rest is fees, tax and tip, checked by the database's sum).
    const { rows } = await t.sql.query<{ id: string; total_cents: number; priced_sum: number; unpriced: number }>(
      `SELECT o.id, o.items_subtotal_cents AS total_cents, sum(oi.quantity * oi.unit_price_cents)::int AS priced_sum,
              count(*) FILTER (WHERE oi.unit_price_cents IS NULL)::int AS unpriced
         FROM orders o JOIN order_items oi ON oi.order_id = o.id
        WHERE o.id = ANY($1::uuid[])
        GROUP BY o.id, o.items_subtotal_cents`,
      [orders],
    );
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(row.unpriced).toBe(0);
      expect(row.total_cents).toBe(row.priced_sum);
    }
    // A refused line is answered in Hasura's error format, not lost silently.
    for (const result of refused) {
      expect(result.errors?.[0]?.message).toEqual(expect.any(String));
      expect(result.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    }
  });

  it('a line for an order already validated is refused by the database, even though the customer owns the order', async () => {
    const items = await alice.menuItemIds(2);
    const orderId = await alice.placeOrder(2, [{ menu_item_id: items[0]!, quantity: 1 }]);
    await alice.waitForStatus(orderId, 'validated');
    const late = await alice.graphql('mutation ($line: order_items_insert_input!) { insert_order_items_one(object: $line) { id } }', {
      line: { order_id: orderId, menu_item_id: items[1], quantity: 3 },
    });
    expect(late.errors).toHaveLength(1);
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM order_items WHERE order_id = $1', [orderId]);
    expect(rows[0].n).toBe(1);
  });
});
