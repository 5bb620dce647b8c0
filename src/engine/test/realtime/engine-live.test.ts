import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { ALICE, ADMIN_SECRET, customerToken, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { RawClient } from './ws-client.js';

/** Live queries through the whole engine: real Postgres, real HTTP and WebSocket, the project's metadata. */
let t: TestEngine;
let pool: pg.Pool;
const BOB = '00000000-0000-4000-8000-0000000000b0';

/** `priced`: one line with its price snapshot and the matching total, so the database lets it be validated. */
async function placeOrder(customer: string, options: { priced?: boolean } = {}): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO orders (customer_id, restaurant_id, delivery_address, total_cents) VALUES ($1, 2, '1 Test Street', $2) RETURNING id`,
    [customer, options.priced ? 590 : null],
  );
  const id = rows[0]!.id;
  if (options.priced) {
    await pool.query(
      `INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents) SELECT $1, id, 1, 590 FROM menu_items WHERE restaurant_id = 2 ORDER BY id LIMIT 1`,
      [id],
    );
  }
  return id;
}

beforeAll(async () => {
  t = await startTestEngine();
  pool = new pg.Pool({ connectionString: t.db.url, max: 2 });
  pool.on('error', () => undefined);
  await pool.query(`INSERT INTO users (id, username, password_hash, role) VALUES ($1, 'bob', 'x', 'customer')`, [BOB]);
});

afterAll(async () => {
  await pool?.end();
  await t?.stop();
});

describe('live queries through the engine', () => {
  it('pushes each status change of an order after the mutation that made it', async () => {
    const orderId = await placeOrder(ALICE, { priced: true });
    const client = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
    const sub = new Subscription(client, 'subscription ($id: uuid!) { orders_by_pk(id: $id) { id status } }', { id: orderId });
    expect(await sub.next()).toEqual({ data: { orders_by_pk: { id: orderId, status: 'placed' } } });
    for (const status of ['validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'delivered']) {
      const result = await t.graphql('mutation ($id: uuid!, $status: order_status!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: $status}) { id } }', {
        id: orderId,
        status,
      });
      expect(result.errors).toBeUndefined();
      expect(await sub.next()).toEqual({ data: { orders_by_pk: { id: orderId, status } } });
    }
    sub.stop();
    await client.dispose();
  });

  it('shows two customers on the same query shape only their own orders (one JWT over graphql-ws, one over the legacy protocol)', async () => {
    const aliceOrder = await placeOrder(ALICE);
    const query = 'subscription { orders(where: {status: {_eq: placed}}, order_by: {created_at: asc}) { id customer_id } }';

    const alice = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
    const aliceSub = new Subscription(alice, query);
    const bob = new RawClient(t.wsUrl, 'graphql-ws');
    bob.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await customerToken(BOB)}` } } });
    bob.send({ type: 'start', id: 'b', payload: { query } });
    expect(await bob.next()).toEqual({ type: 'connection_ack' });

    const aliceFirst = await aliceSub.next();
    expect(aliceFirst.data.orders.map((o: any) => o.customer_id)).toContain(ALICE);
    expect(aliceFirst.data.orders.every((o: any) => o.customer_id === ALICE)).toBe(true);
    expect(aliceFirst.data.orders.map((o: any) => o.id)).toContain(aliceOrder);
    expect(await bob.next()).toEqual({ type: 'data', id: 'b', payload: { data: { orders: [] } } });

    t.resetStatements();
    const bobOrder = await placeOrder(BOB);
    expect(await bob.next()).toEqual({ type: 'data', id: 'b', payload: { data: { orders: [{ id: bobOrder, customer_id: BOB }] } } });
    // The permission filter (customer_id = X-Hasura-User-Id) targets the refresh: only Bob's cohort ran.
    expect(t.multiplexed().map((s) => s.cohorts)).toEqual([1]);
    const secondAlice = await placeOrder(ALICE);
    const aliceNext = await aliceSub.until((v) => v.data.orders.some((o: any) => o.id === secondAlice));
    expect(aliceNext.data.orders.every((o: any) => o.customer_id === ALICE)).toBe(true);
    expect(aliceNext.data.orders.some((o: any) => o.id === bobOrder)).toBe(false);

    bob.send({ type: 'stop', id: 'b' });
    aliceSub.stop();
    await alice.dispose();
    bob.close();
  });

  it('refreshes 100 subscribers with different variables with ONE SQL statement per refresh', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push(await placeOrder(ALICE));
    const token = await customerToken(ALICE);
    const clients = Array.from({ length: 10 }, () => wsClient(t.wsUrl, { Authorization: `Bearer ${token}` }));
    const subs = ids.map((id, i) => new Subscription(clients[i % 10]!, 'subscription ($id: uuid!) { orders_by_pk(id: $id) { id status total_cents } }', { id }));
    const first = await Promise.all(subs.map((s) => s.next()));
    first.forEach((r, i) => expect(r).toEqual({ data: { orders_by_pk: { id: ids[i], status: 'placed', total_cents: null } } }));

    t.resetStatements();
    const changed = ids.slice(0, 10);
    await pool.query(`UPDATE orders SET total_cents = 100 WHERE id = ANY($1::uuid[])`, [changed]);
    const pushed = await Promise.all(subs.slice(0, 10).map((s) => s.next()));
    pushed.forEach((r, i) => expect(r).toEqual({ data: { orders_by_pk: { id: changed[i], status: 'placed', total_cents: 100 } } }));
    // One UPDATE, one notification carrying the changed ids, one statement that re-runs just
    // the 10 cohorts watching those orders.
    const statements = t.multiplexed();
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toContain('UNNEST((SELECT $1::uuid[]), (SELECT $2::jsonb[]))');
    expect(statements[0]!.cohorts).toBe(10);

    // A bulk change (more rows than a notification lists) refreshes all 100 cohorts: still one statement.
    t.resetStatements();
    await pool.query(`UPDATE orders SET total_cents = 4200 WHERE id = ANY($1::uuid[])`, [ids]);
    await Promise.all(subs.map((s) => s.until((r) => r.data.orders_by_pk.total_cents === 4200)));
    expect(t.multiplexed().map((s) => s.cohorts)).toEqual([100]);
    expect(subs.slice(10).every((s) => s.buffered === 0)).toBe(true);
    expect(await t.metric('hasura_active_subscriptions')).toBeGreaterThanOrEqual(100);

    subs.forEach((s) => s.stop());
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("narrows refreshes through relationships and the customer's permissions on them to the changed order's cohort", async () => {
    // The order page's shape as the customer: every related table's permission reads orders
    // again (`order: {customer_id: X-Hasura-User-Id}`), joined to the order the page follows;
    // the permission on agents reads all of the customer's orders, but only id and customer_id.
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await placeOrder(ALICE, { priced: true }));
    const client = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
    const query = `subscription ($id: uuid!) { orders_by_pk(id: $id) {
      id status status_history(order_by: {id: asc}) { to_status } items(order_by: {id: asc}) { quantity } payments { status }
      assignment { agent { name } } } }`;
    const subs = ids.map((id) => new Subscription(client, query, { id }));
    await Promise.all(subs.map((s) => s.next()));

    t.resetStatements();
    // One UPDATE of orders and the status-history row its trigger inserts: both keyed by the order.
    await pool.query(`UPDATE orders SET status = 'validated' WHERE id = $1`, [ids[3]]);
    const pushed = await subs[3]!.until((r) => r.data.orders_by_pk.status_history.length === 2);
    expect(pushed.data.orders_by_pk).toMatchObject({ status: 'validated', status_history: [{ to_status: 'placed' }, { to_status: 'validated' }] });
    // The push may come from a statement sent before the change whose snapshot was taken after
    // it (a busy machine); the refresh the change asked for then comes after the push.
    await waitFor(async () => t.multiplexed().length > 0, { timeoutMs: 30_000, what: 'the refresh the status change asked for', intervalMs: 20 });
    expect(t.multiplexed().every((s) => s.cohorts === 1)).toBe(true);

    // A payment for the order: its row is keyed by order_id, so again one cohort.
    t.resetStatements();
    await pool.query(`INSERT INTO payments (order_id, amount_cents, payment_token, card_last4) VALUES ($1, 590, 'tok_live', '4242')`, [ids[3]]);
    const paid = await subs[3]!.until((r) => r.data.orders_by_pk.payments.length === 1);
    expect(paid.data.orders_by_pk.payments).toEqual([{ status: 'pending' }]);
    await waitFor(async () => t.multiplexed().length > 0, { timeoutMs: 30_000, what: 'the refresh the payment asked for', intervalMs: 20 });
    expect(t.multiplexed().every((s) => s.cohorts === 1)).toBe(true);

    // An order and a line nobody follows run nothing: notifications are handled in order, so
    // once the change to a followed order after them is pushed, they were handled before it.
    t.resetStatements();
    const other = await placeOrder(BOB);
    await pool.query(`INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents) SELECT $1, id, 2, 590 FROM menu_items WHERE restaurant_id = 2 LIMIT 1`, [other]);
    await pool.query(`UPDATE orders SET status = 'validated' WHERE id = $1`, [ids[7]]);
    await subs[7]!.until((r) => r.data.orders_by_pk.status_history.length === 2);
    expect(t.multiplexed().every((s) => s.cohorts === 1)).toBe(true);
    expect(subs.filter((s, i) => i !== 3 && i !== 7).every((s) => s.buffered === 0)).toBe(true);
    subs.forEach((s) => s.stop());
    await client.dispose();
  });

  it("narrows a courier's list through its assignment's agent, and moves an order between couriers when it is reassigned", async () => {
    const DAVE = '00000000-0000-4000-8000-000000000da7';
    const MAYA = '00000000-0000-4000-8000-0000000003a7';
    await pool.query(`INSERT INTO users (id, username, password_hash, role) VALUES ($1, 'maya', 'x', 'agent') ON CONFLICT DO NOTHING`, [MAYA]);
    await pool.query(`UPDATE agents SET user_id = $1 WHERE id = 2`, [MAYA]);
    // Two orders on their way, set up past the status machine (only the live queries are under test).
    const daves = await placeOrder(ALICE);
    const mayas = await placeOrder(BOB);
    await pool.query(`BEGIN; SET LOCAL session_replication_role = replica;
      UPDATE orders SET status = 'agent_assigned' WHERE id IN ('${daves}', '${mayas}');
      INSERT INTO assignments (order_id, agent_id) VALUES ('${daves}', 1), ('${mayas}', 2); COMMIT`);
    const query = `subscription { orders(where: {status: {_eq: agent_assigned}}, order_by: {id: asc}) { id delivery_address } }`;
    const daveClient = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(DAVE, { role: 'agent' })}` });
    const mayaClient = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(MAYA, { role: 'agent' })}` });
    const dave = new Subscription(daveClient, query);
    const maya = new Subscription(mayaClient, query);
    expect((await dave.next()).data.orders.map((o: any) => o.id)).toEqual([daves]);
    expect((await maya.next()).data.orders.map((o: any) => o.id)).toEqual([mayas]);

    // A change to Dave's order runs Dave's cohort only (looked up through assignments and agents).
    // (The app freezes a placed order's address; lifted here, the address is just a column the list shows.)
    await pool.query(`ALTER TABLE orders DISABLE TRIGGER orders_apply_saved_address`);
    t.resetStatements();
    await pool.query(`UPDATE orders SET delivery_address = '2 Changed Street' WHERE id = $1`, [daves]);
    expect((await dave.next()).data.orders).toEqual([{ id: daves, delivery_address: '2 Changed Street' }]);
    expect(t.multiplexed().every((s) => s.cohorts === 1)).toBe(true);
    expect(maya.buffered).toBe(0);

    // Reassigned to Maya: it leaves Dave's list and joins hers. The assignment's old and new
    // agent are both looked up: the path from an assignment never goes through assignments.
    await pool.query(`UPDATE assignments SET agent_id = 2 WHERE order_id = $1`, [daves]);
    expect((await dave.until((r) => r.data.orders.length === 0)).data.orders).toEqual([]);
    const both = await maya.until((r) => r.data.orders.length === 2);
    expect(both.data.orders.map((o: any) => o.id).sort()).toEqual([daves, mayas].sort());
    dave.stop();
    maya.stop();
    await Promise.all([daveClient.dispose(), mayaClient.dispose()]);
  });

  it('runs nothing for an update of columns no live query reads (a courier coming free), and still pushes the columns it reads', async () => {
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
    const query = 'subscription ($id: Int!) { agents_by_pk(id: $id) { id name } }';
    const first = new Subscription(client, query, { id: 3 });
    const barrier = new Subscription(client, 'subscription { restaurants_by_pk(id: 1) { name } }');
    await Promise.all([first.next(), barrier.next()]);
    t.resetStatements();
    await pool.query(`UPDATE agents SET is_available = NOT is_available WHERE id = 3`);
    // Notifications are handled in order: once a change after it is pushed, the flip was seen.
    // (Another table: changes to one table in one batch are merged, columns and keys alike.)
    await pool.query(`UPDATE restaurants SET name = name || ' ' WHERE id = 1`);
    await barrier.next();
    expect(t.multiplexed().reduce((n, s) => n + s.cohorts, 0)).toBe(1);
    expect(first.buffered).toBe(0);
    // A column it reads, with one it does not, in one statement: pushed.
    await pool.query(`UPDATE agents SET is_available = NOT is_available, name = 'Tom B' WHERE id = 3`);
    expect(await first.next()).toEqual({ data: { agents_by_pk: { id: 3, name: 'Tom B' } } });
    first.stop();
    barrier.stop();
    await client.dispose();
  });

  it('refreshes every cohort when the target table is read again through a relationship', async () => {
    const first = await placeOrder(ALICE);
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
    const sub = new Subscription(client, 'subscription ($id: uuid!) { orders_by_pk(id: $id) { id customer { orders_aggregate { aggregate { count } } } } }', { id: first });
    const before = (await sub.next()).data.orders_by_pk.customer.orders_aggregate.aggregate.count as number;
    await placeOrder(ALICE);
    const after = await sub.next();
    expect(after.data.orders_by_pk.customer.orders_aggregate.aggregate.count).toBe(before + 1);
    sub.stop();
    await client.dispose();
  });

  it('runs queries and mutations over the socket: one result, then complete', async () => {
    const orderId = await placeOrder(ALICE);
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': ADMIN_SECRET });
    const results: unknown[] = [];
    await new Promise<void>((resolve, reject) =>
      client.subscribe(
        { query: 'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: cancelled}) { status } }', variables: { id: orderId } },
        { next: (v) => results.push(v), error: reject, complete: resolve },
      ),
    );
    await new Promise<void>((resolve, reject) =>
      client.subscribe(
        { query: 'query ($id: uuid!) { orders_by_pk(id: $id) { status } }', variables: { id: orderId } },
        { next: (v) => results.push(v), error: reject, complete: resolve },
      ),
    );
    expect(results).toEqual([{ data: { update_orders_by_pk: { status: 'cancelled' } } }, { data: { orders_by_pk: { status: 'cancelled' } } }]);
    await client.dispose();
  });

  it('reports a validation error for a bad subscription and keeps the connection', async () => {
    const client = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
    const bad = new Subscription(client, 'subscription { orders { no_such_column } }');
    await expect(bad.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'validation-failed' }) })]);
    const good = new Subscription(client, 'subscription { restaurants(where: {id: {_eq: 2}}) { name } }');
    expect(await good.next()).toEqual({ data: { restaurants: [{ name: 'Sakura Sushi' }] } });
    good.stop();
    await client.dispose();
  });

  it("works with Apollo Client 4's GraphQLWsLink", async () => {
    const orderId = await placeOrder(ALICE, { priced: true });
    const token = await customerToken(ALICE);
    const client = new ApolloClient({
      link: new GraphQLWsLink(createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams: { headers: { Authorization: `Bearer ${token}` } }, retryAttempts: 0 })),
      cache: new InMemoryCache(),
    });
    const statuses: string[] = [];
    const observable = client.subscribe({
      query: gql`subscription OrderStatus($id: uuid!) { orders_by_pk(id: $id) { id status } }`,
      variables: { id: orderId },
    });
    const seenPaid = new Promise<void>((resolve, reject) => {
      const subscription = observable.subscribe({
        next: (result) => {
          const order = (result.data as { orders_by_pk: { status: string } } | undefined)?.orders_by_pk;
          if (!order) return;
          statuses.push(order.status);
          if (order.status === 'validated') {
            void t.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: paid}) { id } }', { id: orderId });
          }
          if (order.status === 'paid') {
            subscription.unsubscribe();
            resolve();
          }
          if (order.status === 'placed') {
            void t.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: validated}) { id } }', { id: orderId });
          }
        },
        error: reject,
      });
    });
    await seenPaid;
    expect(statuses).toEqual(['placed', 'validated', 'paid']);
    client.stop();
  });
});
