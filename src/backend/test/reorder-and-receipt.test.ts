import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import { tokenizeCard } from '@3factor/domain';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { JWT_SECRET, startFunctionsUnderTest, WEBHOOK_SECRET, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * "Order again" and the receipt on the real stack, with the allow-list on as the e2e stacks run
 * it: the order app's own documents (ReorderItems, OrderReceipt, and PlaceOrder, SubmitPayment
 * and CancelOrder to get there), read from hasura/metadata/query_collections.yaml. The order's
 * customer gets its dishes and its receipt, a refund included; another customer, a restaurant's
 * staff or a courier gets nothing of it.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let carol: AppClient;
let bella: AppClient;
let dave: AppClient;

const collections = readFileSync(join(repoRoot, 'hasura', 'metadata', 'query_collections.yaml'), 'utf8');

/** An allow-listed document, exactly as the app sends it. */
function allowListed(name: string): string {
  const match = new RegExp(`\\n {6}- name: ${name}\\n {8}query: \\|\\n([\\s\\S]*?)(?=\\n {6}- name: |\\s*$)`).exec(collections);
  if (!match) throw new Error(`${name} is not in the allow-list`);
  return match[1]!.replace(/^ {10}/gm, '');
}

const REORDER_ITEMS = allowListed('ReorderItems');
const ORDER_RECEIPT = allowListed('OrderReceipt');
const PLACE_ORDER = allowListed('PlaceOrder');
const SUBMIT_PAYMENT = allowListed('SubmitPayment');
const CANCEL_ORDER = allowListed('CancelOrder');

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: t.db.url,
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_ADMIN_SECRET: 'engine-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true',
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
      ACTION_BASE_URL: t.server.url,
      EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    }),
    { logger: silentLogger() },
  );
  const signup = await fetch(`${t.server.url}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'carol-receipts', password: 'password123' }),
  });
  expect(signup.status).toBe(201);
  carol = new AppClient(engine.url, ((await signup.json()) as { token: string }).token);
  const login = (name: string) => AppClient.login(t.server.url, engine.url, name);
  [alice, bella, dave] = await Promise.all([login('alice'), login('bella'), login('dave')]);
  // Dave (agent 1) is off duty, so the orders go to other couriers and he is a stranger to them.
  await t.sql.query('UPDATE agents SET is_available = false WHERE id = 1');
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const ok = (result: GraphqlResult) => {
  expect(result.errors).toBeUndefined();
  return result.data;
};

/** Another customer's answer is the one for an order that does not exist (the pages say so). */
async function expectStrangerToCustomer(document: string, orderId: string): Promise<void> {
  expect(await carol.graphql(document, { id: orderId })).toEqual({ data: { orders_by_pk: null } });
}

async function statusOf(orderId: string): Promise<string> {
  return (await t.sql.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [orderId])).rows[0]!.status;
}

async function until(orderId: string, wanted: string[]): Promise<string> {
  let status = '';
  await waitFor(async () => wanted.includes((status = await statusOf(orderId))), { timeoutMs: 30_000, what: `order ${orderId} to become ${wanted.join(' or ')}`, intervalMs: 50 });
  return status;
}

/** Alice's order of two dishes of `restaurantId` (2 of the first, 1 of the second), validated and paid. */
async function alicesPaidOrder(restaurantId: number): Promise<{ orderId: string; dishes: Array<{ id: number; name: string; price_cents: number }>; address: string }> {
  const dishes = (
    await t.sql.query<{ id: number; name: string; price_cents: number }>(
      'SELECT id, name, price_cents FROM menu_items WHERE restaurant_id = $1 AND is_available ORDER BY id LIMIT 2',
      [restaurantId],
    )
  ).rows;
  const orderId = randomUUID();
  const address = `${orderId.slice(0, 8)} Receipt Road`;
  ok(
    await alice.graphql(PLACE_ORDER, {
      id: orderId,
      restaurantId,
      deliveryAddress: address,
      tipCents: 100,
      items: [
        { menu_item_id: dishes[0]!.id, quantity: 2 },
        { menu_item_id: dishes[1]!.id, quantity: 1 },
      ],
    }),
  );
  expect(await until(orderId, ['validated', 'rejected'])).toBe('validated');
  const card = tokenizeCard('4242 4242 4242 4242', '12/39', '123');
  if (!card.ok) throw new Error(card.message);
  ok(await alice.graphql(SUBMIT_PAYMENT, { id: randomUUID(), orderId, paymentToken: card.token, cardLast4: card.last4 }));
  await until(orderId, ['paid', 'approved', 'agent_assigned']);
  return { orderId, dishes, address };
}

/**
 * Nothing of the order in the answer: no row, and neither its id nor its address anywhere in it
 * (a role without some of the document's fields is refused outright).
 */
function expectNothingOf(result: GraphqlResult, orderId: string, address: string, who: string): void {
  expect(result.data?.orders_by_pk ?? null, who).toBeNull();
  const text = JSON.stringify(result);
  expect(text, who).not.toContain(orderId);
  expect(text, who).not.toContain(address);
}

describe('ReorderItems', () => {
  it("gives the order's customer its dishes as today's menu has them, and nobody else anything", { timeout: 60_000 }, async () => {
    const { orderId, dishes, address } = await alicesPaidOrder(2);
    const mine = ok(await alice.graphql(REORDER_ITEMS, { id: orderId }));
    expect(mine.orders_by_pk).toMatchObject({ id: orderId, restaurant: { id: 2, name: 'Sakura Sushi', is_open: true } });
    expect(mine.orders_by_pk.items).toEqual([
      { id: expect.any(Number), quantity: 2, unit_price_cents: dishes[0]!.price_cents, menu_item: { ...dishes[0], is_available: true } },
      { id: expect.any(Number), quantity: 1, unit_price_cents: dishes[1]!.price_cents, menu_item: { ...dishes[1], is_available: true } },
    ]);

    // Another customer, a restaurant's staff (Bella Cucina; the order is Sakura Sushi's) and a courier not on it.
    await expectStrangerToCustomer(REORDER_ITEMS, orderId);
    for (const [who, client] of [
      ['another customer', carol],
      ["another restaurant's staff", bella],
      ['a courier not on the order', dave],
    ] as const) {
      expectNothingOf(await client.graphql(REORDER_ITEMS, { id: orderId }), orderId, address, who);
    }
  });
});

describe('OrderReceipt', () => {
  it("gives the order's customer the lines charged, the amounts and the card; nobody else anything", { timeout: 60_000 }, async () => {
    const { orderId, dishes, address } = await alicesPaidOrder(2);
    const receipt = ok(await alice.graphql(ORDER_RECEIPT, { id: orderId })).orders_by_pk;
    const stored = (await t.sql.query('SELECT items_subtotal_cents, tax_cents, total_cents FROM orders WHERE id = $1', [orderId])).rows[0];
    const items = 2 * dishes[0]!.price_cents + dishes[1]!.price_cents;
    expect(receipt).toMatchObject({
      id: orderId,
      delivery_address: address,
      restaurant: { id: 2, name: 'Sakura Sushi' },
      items_subtotal_cents: items,
      delivery_fee_cents: 199,
      service_fee_cents: 99,
      tax_rate_bps: 875,
      tax_cents: stored.tax_cents,
      tip_cents: 100,
      discount_cents: 0,
      promo_code: null,
      total_cents: items + 199 + 99 + stored.tax_cents + 100,
      after_delivery_tip: null,
    });
    expect(receipt.total_cents).toBe(stored.total_cents);
    expect(receipt.paid_at).toEqual(expect.any(String));
    expect(
      receipt.items.map((line: { quantity: number; unit_price_cents: number; menu_item: { name: string } }) => [line.menu_item.name, line.quantity, line.unit_price_cents]),
    ).toEqual([
      [dishes[0]!.name, 2, dishes[0]!.price_cents],
      [dishes[1]!.name, 1, dishes[1]!.price_cents],
    ]);
    expect(receipt.payments).toEqual([expect.objectContaining({ status: 'succeeded', amount_cents: receipt.total_cents, card_last4: '4242' })]);

    await expectStrangerToCustomer(ORDER_RECEIPT, orderId);
    for (const [who, client] of [
      ['another customer', carol],
      ["another restaurant's staff", bella],
      ['a courier not on the order', dave],
    ] as const) {
      expectNothingOf(await client.graphql(ORDER_RECEIPT, { id: orderId }), orderId, address, who);
    }
  });

  it('shows the refund of a paid order the customer cancelled: the whole amount, back to the card', { timeout: 60_000 }, async () => {
    // Bella Cucina approves by hand, so the paid order waits for the kitchen and can be cancelled.
    const { orderId, address } = await alicesPaidOrder(1);
    expect(await statusOf(orderId)).toBe('paid');
    expect(ok(await alice.graphql(CANCEL_ORDER, { id: orderId })).update_orders_by_pk).toMatchObject({ id: orderId, status: 'cancelled' });
    let receipt: { status: string; total_cents: number; paid_at: string | null; payments: Array<{ status: string; amount_cents: number; card_last4: string }> } | null = null;
    await waitFor(
      async () => {
        receipt = ok(await alice.graphql(ORDER_RECEIPT, { id: orderId })).orders_by_pk;
        return receipt?.payments.some((p) => p.status === 'refunded') ?? false;
      },
      { timeoutMs: 30_000, what: `the refund of order ${orderId} on its receipt`, intervalMs: 50 },
    );
    expect(receipt!.status).toBe('cancelled');
    expect(receipt!.paid_at).toEqual(expect.any(String));
    expect(receipt!.payments).toEqual([expect.objectContaining({ status: 'refunded', amount_cents: receipt!.total_cents, card_last4: '4242' })]);
    const refunds = await t.sql.query(
      'SELECT r.amount_cents FROM card_gateway.refunds r JOIN card_gateway.charges c ON c.id = r.charge_id JOIN payments p ON p.id = c.payment_id WHERE p.order_id = $1',
      [orderId],
    );
    expect(refunds.rows).toEqual([{ amount_cents: receipt!.total_cents }]);

    // (Bella Cucina's staff read their kitchen's orders: only another customer and a courier are strangers here.)
    await expectStrangerToCustomer(ORDER_RECEIPT, orderId);
    for (const [who, client] of [
      ['another customer', carol],
      ['a courier not on the order', dave],
    ] as const) {
      expectNothingOf(await client.graphql(ORDER_RECEIPT, { id: orderId }), orderId, address, who);
    }
  });
});
