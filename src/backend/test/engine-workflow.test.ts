import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions } from './helpers/engine-client.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { tokenizeCard } from '@3factor/domain';

/**
 * The whole 3factor loop with real parts: a JWT from the auth function is accepted by the
 * engine; the customer's GraphQL writes fire the engine's event triggers (the repository's
 * hasura/metadata), which call the functions over HTTP with the shared secret, through
 * pgBouncer to Postgres, until an agent is assigned.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngineForFunctions(t.db.url, t.server.url);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

// The suite speaks with tokens; AppClient (helpers/engine-client.ts) does the talking.
const as = (token: string) => new AppClient(engine.url, token);
const login = async (username: string) => (await AppClient.login(t.server.url, engine.url, username)).token;
const graphql = (token: string, query: string, variables: Record<string, unknown> = {}) => as(token).graphql(query, variables);
const waitForStatus = (token: string, orderId: string, wanted: string) => as(token).waitForStatus(orderId, wanted);

async function placeAndPay(token: string, restaurantId: number, itemName: string, cardNumber = '4242 4242 4242 4242'): Promise<string> {
  const menu = await graphql(token, 'query ($r: Int!, $n: String!) { menu_items(where: {restaurant_id: {_eq: $r}, name: {_eq: $n}}) { id } }', { r: restaurantId, n: itemName });
  const orderId = await as(token).placeOrder(restaurantId, [{ menu_item_id: menu.data.menu_items[0].id, quantity: 1 }]);
  await waitForStatus(token, orderId, 'validated');
  await as(token).pay(orderId, cardNumber);
  return orderId;
}

describe('the workflow through the engine', () => {
  it("accepts the auth function's JWT with the user's role and id", async () => {
    const token = await login('alice');
    const me = await graphql(token, '{ users { username role } }');
    expect(me.errors).toBeUndefined();
    expect(me.data.users).toEqual([{ username: 'alice', role: 'customer' }]);
    const tampered = await graphql(`${token.slice(0, -4)}AAAA`, '{ users { username } }');
    expect(tampered.errors?.[0]?.message).toBeDefined();
  });

  it('places, validates, pays, approves and assigns an order through event triggers', { timeout: 60_000 }, async () => {
    const token = await login('alice');
    const menu = await graphql(token, `{ menu_items(where: {restaurant_id: {_eq: 2}, name: {_eq: "Tonkotsu ramen"}}) { id price_cents } }`);
    const ramen = menu.data.menu_items[0] as { id: number; price_cents: number };
    const orderId = randomUUID();
    const placed = await graphql(token, `mutation ($order: orders_insert_input!) { insert_orders_one(object: $order) { id status } }`, {
      order: { id: orderId, restaurant_id: 2, delivery_address: '12 Event Street', items: { data: [{ menu_item_id: ramen.id, quantity: 2 }] } },
    });
    expect(placed.errors).toBeUndefined();
    await waitForStatus(token, orderId, 'validated');
    const validated = await graphql(token, 'query ($id: uuid!) { orders_by_pk(id: $id) { items_subtotal_cents total_cents } }', { id: orderId });
    expect(validated.data.orders_by_pk.items_subtotal_cents).toBe(2 * ramen.price_cents);
    // The restaurant's seeded charges on top: $1.99 delivery, $0.99 service, 8.75 % tax on the items.
    const total = 2 * ramen.price_cents + 199 + 99 + Math.floor((2 * ramen.price_cents * 875 + 5000) / 10000);
    expect(validated.data.orders_by_pk.total_cents).toBe(total);

    const card = tokenizeCard('4242 4242 4242 4242', '12/39', '123');
    if (!card.ok) throw new Error(card.message);
    const paid = await graphql(token, `mutation ($payment: payments_insert_input!) { insert_payments_one(object: $payment) { id } }`, {
      payment: { id: randomUUID(), order_id: orderId, payment_token: card.token, card_last4: card.last4 },
    });
    expect(paid.errors).toBeUndefined();
    await waitForStatus(token, orderId, 'agent_assigned');

    const history = await t.sql.query('SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [orderId]);
    expect(history.rows.map((r) => r.to_status)).toEqual(['placed', 'validated', 'paid', 'approved', 'agent_assigned']);
    const payment = await t.sql.query('SELECT status, amount_cents FROM payments WHERE order_id = $1', [orderId]);
    expect(payment.rows).toEqual([{ status: 'succeeded', amount_cents: total }]);
    // notify-* events (notifications of each status change) are the conversation's, not the workflow's.
    const processed = await t.sql.query("SELECT trigger_name FROM processed_events WHERE trigger_name NOT LIKE 'notify-%' ORDER BY processed_at");
    expect(processed.rows.map((r) => r.trigger_name).sort()).toEqual(['agent-assignment', 'payment', 'restaurant-approval', 'validate-order']);
  });

  it('a restaurant that approves by hand rejects a paid order with its own JWT, and the payment is refunded', { timeout: 60_000 }, async () => {
    const alice = await login('alice');
    const orderId = await placeAndPay(alice, 1, 'Diavola');
    await waitForStatus(alice, orderId, 'paid');
    const bella = await login('bella');
    const rejected = await graphql(
      bella,
      'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: restaurant_rejected, rejection_reason: "Out of salami"}) { status } }',
      { id: orderId },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data.update_orders_by_pk.status).toBe('restaurant_rejected');
    await waitFor(
      async () => (await graphql(alice, 'query ($id: uuid!) { payments(where: {order_id: {_eq: $id}}) { status } }', { id: orderId })).data?.payments?.[0]?.status === 'refunded',
      { timeoutMs: 30_000, what: 'the refund', intervalMs: 50 },
    );
  });

  it('with every agent busy the order waits at approved, and the agent who comes free is paired with it at once', { timeout: 60_000 }, async () => {
    await t.sql.query('UPDATE agents SET is_available = false');
    const alice = await login('alice');
    const orderId = await placeAndPay(alice, 3, 'Elote');
    await waitForStatus(alice, orderId, 'approved');
    // The engine got 503 + Retry-After from agent-assignment and keeps the event for later.
    await waitFor(
      async () =>
        (
          await t.sql.query(`SELECT 1 FROM hdb_catalog.event_log WHERE trigger_name = 'agent-assignment' AND tries > 0 AND NOT delivered AND payload->'data'->'new'->>'id' = $1`, [
            orderId,
          ])
        ).rowCount === 1,
      { timeoutMs: 30_000, what: 'a refused agent-assignment delivery', intervalMs: 50 },
    );
    expect(await t.sql.query('SELECT 1 FROM assignments WHERE order_id = $1', [orderId]).then((r) => r.rowCount)).toBe(0);
    // Hold the backstop back (its retry is 2 s here, and a busy machine may deliver agent-available later than
    // that), so that only agent-available can pair them. A delivery in flight is left alone: try again after it.
    const postpone = (until: string) =>
      t.sql.query(
        `UPDATE hdb_catalog.event_log SET next_retry_at = ${until}
          WHERE trigger_name = 'agent-assignment' AND NOT delivered AND locked IS NULL AND payload->'data'->'new'->>'id' = $1`,
        [orderId],
      );
    await waitFor(async () => (await postpone("now() + interval '1 hour'")).rowCount === 1, { timeoutMs: 30_000, what: 'the backstop to be held back', intervalMs: 20 });
    // The agent coming free fires agent-available, which pairs them with the waiting order at once.
    await t.sql.query('UPDATE agents SET is_available = true WHERE id = 7');
    await waitForStatus(alice, orderId, 'agent_assigned');
    const { rows } = await t.sql.query('SELECT agent_id FROM assignments WHERE order_id = $1', [orderId]);
    expect(rows).toEqual([{ agent_id: 7 }]);
    const paired = await t.sql.query(`SELECT result FROM processed_events WHERE trigger_name = 'agent-available' AND result->>'status' = 'applied'`);
    expect(paired.rows.map((r) => r.result.assigned)).toContainEqual([{ orderId, agentId: 7, agentName: expect.any(String) }]);
    // The order's own event, kept as a backstop, is acknowledged on its next try.
    expect((await postpone('now()')).rowCount).toBe(1);
    await waitFor(
      async () =>
        (
          await t.sql.query(
            `SELECT 1 FROM hdb_catalog.event_log WHERE trigger_name = 'agent-assignment' AND delivered AND payload->'data'->'new'->>'id' = $1 AND payload->'data'->'new'->>'status' = 'approved'`,
            [orderId],
          )
        ).rowCount === 1,
      { timeoutMs: 30_000, what: 'the backstop retry to be acknowledged', intervalMs: 50 },
    );
    const invocations = await t.sql.query(
      `SELECT i.status, e.delivered FROM hdb_catalog.event_invocation_logs i JOIN hdb_catalog.event_log e ON e.id = i.event_id
        WHERE e.trigger_name = 'agent-assignment' AND e.payload->'data'->'new'->>'id' = $1 AND e.payload->'data'->'new'->>'status' = 'approved'
        ORDER BY i.created_at`,
      [orderId],
    );
    const statuses = invocations.rows.map((r) => r.status as number);
    expect(statuses).toContain(503);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(invocations.rows.every((r) => r.delivered === true)).toBe(true);
  });
});

describe("agent-available: an agent's event", () => {
  const agentEvents = async (agentId: number) =>
    (await t.sql.query(`SELECT count(*)::int AS n FROM hdb_catalog.event_log WHERE trigger_name = 'agent-available' AND payload->'data'->'new'->>'id' = $1`, [String(agentId)]))
      .rows[0].n as number;
  const stamp = async (agentId: number) => (await t.sql.query('SELECT became_available_at::text AS at FROM agents WHERE id = $1', [agentId])).rows[0].at as string | null;

  it('is recorded when the agent comes free, not when they become busy, and the database alone writes the stamp it listens on', async () => {
    await t.sql.query('UPDATE agents SET is_available = true WHERE id = 9');
    const before = await agentEvents(9);
    const freeSince = await stamp(9);
    expect(freeSince).not.toBeNull();
    // Busy (an assignment), and a forged stamp: no event, the stamp unchanged.
    await t.sql.query('UPDATE agents SET is_available = false WHERE id = 9');
    await t.sql.query(`UPDATE agents SET became_available_at = '2000-01-01' WHERE id = 9`);
    await t.sql.query('UPDATE agents SET is_available = false WHERE id = 9');
    expect(await agentEvents(9)).toBe(before);
    expect(await stamp(9)).toBe(freeSince);
    // Free again: one event, a new stamp.
    await t.sql.query('UPDATE agents SET is_available = true WHERE id = 9');
    expect(await agentEvents(9)).toBe(before + 1);
    expect(await stamp(9)).not.toBe(freeSince);
    // An agent added busy has no stamp; added free, one.
    const added = await t.sql.query(
      `INSERT INTO agents (name, is_available, became_available_at) VALUES ('Busy Bee', false, '2000-01-01'), ('Free Fox', true, NULL) RETURNING id, became_available_at`,
    );
    expect(added.rows[0].became_available_at).toBeNull();
    expect(added.rows[1].became_available_at).not.toBeNull();
  });
});
