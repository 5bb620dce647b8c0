import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, startFunctionsUnderTest, WEBHOOK_SECRET, type Delivery, type FunctionsUnderTest } from './helpers/functions.js';
import { startFunctionsServer, type FunctionsServer } from '../src/localDevelopment.js';
import { backendConfigFromEnv } from '../src/shared/config.js';
import { hasuraEvent, statusChangeEvent } from './helpers/events.js';
import { orderStatus, setStatus, validatedOrder } from './helpers/orders.js';

let t: FunctionsUnderTest;
beforeAll(async () => {
  t = await startFunctionsUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function approvedOrder(): Promise<string> {
  const orderId = await validatedOrder(t.sql, 3, [['Tacos al pastor (3)', 1]]);
  await setStatus(t.sql, orderId, 'paid', 'approved');
  return orderId;
}

async function deliverOrder(orderId: string): Promise<void> {
  await setStatus(t.sql, orderId, 'picked_up', 'delivered');
}

describe('agent-assignment through pgBouncer', () => {
  it('assigns one agent once, however often the event arrives', async () => {
    const orderId = await approvedOrder();
    const event = await statusChangeEvent(t.sql, 'agent-assignment', orderId, 'paid');
    const first = await deliver(t.server, '/agent-assignment', event);
    const second = await deliver(t.server, '/agent-assignment', event);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'applied', orderStatus: 'agent_assigned' });
    expect(second.body).toEqual(first.body);
    const { rows } = await t.sql.query('SELECT agent_id FROM assignments WHERE order_id = $1', [orderId]);
    expect(rows).toEqual([{ agent_id: first.body.agentId }]);
    const agent = await t.sql.query('SELECT is_available FROM agents WHERE id = $1', [first.body.agentId]);
    expect(agent.rows[0].is_available).toBe(false);
    await deliverOrder(orderId);
    const freed = await t.sql.query('SELECT is_available FROM agents WHERE id = $1', [first.body.agentId]);
    expect(freed.rows[0].is_available).toBe(true);
  });

  it('ignores transitions other than into approved', async () => {
    const orderId = await validatedOrder(t.sql, 3, [['Elote', 1]]);
    const response = await deliver(t.server, '/agent-assignment', await statusChangeEvent(t.sql, 'agent-assignment', orderId, 'placed'));
    expect(response.body).toMatchObject({ status: 'skipped' });
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM assignments WHERE order_id = $1', [orderId]);
    expect(rows[0].n).toBe(0);
  });

  it('50 approved orders race for 10 agents: nobody is double-booked, the rest wait and get agents as deliveries finish', async () => {
    await t.sql.query('UPDATE agents SET is_available = (id <= 10)');
    // Ten "containers", each with its own pool of two, so up to twenty transactions race.
    const containers: FunctionsServer[] = [t.server];
    for (let i = 1; i < 10; i++) {
      containers.push(
        await startFunctionsServer(
          backendConfigFromEnv({ DATABASE_URL: t.db.pgbouncerUrl, EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET, FUNCTIONS_PORT: '0', LOG_LEVEL: 'silent', AGENT_RETRY_AFTER_SECONDS: '2' }),
        ),
      );
    }
    const orders = await Promise.all(Array.from({ length: 50 }, () => approvedOrder()));
    const events = new Map<string, object>();
    for (const orderId of orders) events.set(orderId, await statusChangeEvent(t.sql, 'agent-assignment', orderId, 'paid'));

    let waiting = [...orders];
    const retryAfter = new Set<string | null>();
    for (let round = 0; waiting.length > 0; round++) {
      expect(round).toBeLessThan(10);
      const responses: Array<[string, Delivery]> = await Promise.all(
        waiting.map(async (orderId, i) => [orderId, await deliver(containers[i % containers.length]!, '/agent-assignment', events.get(orderId))] as [string, Delivery]),
      );
      const assigned = responses.filter(([, r]) => r.status === 200).map(([orderId]) => orderId);
      const refused = responses.filter(([, r]) => r.status !== 200);
      for (const [, r] of refused) {
        expect(r.status).toBe(503);
        expect(r.body).toMatchObject({ error: 'retry-later' });
        retryAfter.add(r.headers.get('retry-after'));
      }
      // Every agent holds at most one undelivered order at any moment.
      const busy = await t.sql.query(
        `SELECT a.agent_id, count(*)::int AS n FROM assignments a JOIN orders o ON o.id = a.order_id
          WHERE o.status <> 'delivered' GROUP BY a.agent_id HAVING count(*) > 1`,
      );
      expect(busy.rows).toEqual([]);
      expect(assigned.length).toBeLessThanOrEqual(10);
      expect(assigned.length).toBeGreaterThan(0);
      // The agents deliver; the database trigger frees them for the next round of retries.
      for (const orderId of assigned) await deliverOrder(orderId);
      waiting = refused.map(([orderId]) => orderId);
    }
    expect([...retryAfter]).toEqual(['2']);
    const { rows } = await t.sql.query(`SELECT count(DISTINCT order_id)::int AS orders, count(DISTINCT agent_id)::int AS agents FROM assignments WHERE order_id = ANY($1)`, [
      orders,
    ]);
    expect(rows[0]).toEqual({ orders: 50, agents: 10 });
    for (const orderId of orders) expect(await orderStatus(t.sql, orderId)).toBe('delivered');
    await Promise.all(containers.slice(1).map((c) => c.close()));
  });
});

describe('a courier who comes free takes the longest-waiting order at once', () => {
  const agentEvent = (agentId: number) =>
    hasuraEvent({ trigger: 'agent-available', table: 'agents', op: 'UPDATE', newRow: { id: agentId, is_available: true }, oldRow: { id: agentId, is_available: false } });

  async function waitingOrders(count: number): Promise<string[]> {
    const orders: string[] = [];
    // One after the other, so each has a later approved_at than the one before.
    for (let i = 0; i < count; i++) orders.push(await approvedOrder());
    for (const orderId of orders) {
      const response = await deliver(t.server, '/agent-assignment', await statusChangeEvent(t.sql, 'agent-assignment', orderId, 'paid'));
      expect(response.status).toBe(503);
    }
    return orders;
  }
  const agentOf = async (orderId: string) => (await t.sql.query('SELECT agent_id FROM assignments WHERE order_id = $1', [orderId])).rows[0]?.agent_id as number | undefined;

  it('pairs an order while another transaction holds a foreign-key share lock on it (a notification of its approval being written)', { timeout: 20_000 }, async () => {
    await t.sql.query('UPDATE agents SET is_available = (id = 5)');
    const orderId = await approvedOrder();
    const [customer] = (await t.sql.query<{ customer_id: string }>('SELECT customer_id FROM orders WHERE id = $1', [orderId])).rows;
    // notify-status writing the approval's notification (its FK takes FOR KEY SHARE on the
    // order), still uncommitted while the pairing runs.
    const other = await t.sql.connect();
    try {
      await other.query('BEGIN');
      await other.query(`INSERT INTO notifications (user_id, order_id, kind, title, body) VALUES ($1, $2, 'status', 'Approved', 'The kitchen accepted')`, [
        customer!.customer_id,
        orderId,
      ]);
      const paired = await deliver(t.server, '/agent-assignment', await statusChangeEvent(t.sql, 'agent-assignment', orderId, 'paid'));
      expect(paired.body).toMatchObject({ status: 'applied', orderStatus: 'agent_assigned', agentId: 5 });
    } finally {
      await other.query('ROLLBACK');
      other.release();
    }
    await deliverOrder(orderId);
    await t.sql.query('UPDATE agents SET is_available = true');
  });

  it('pairs the freed agent with the oldest approved order, then the next freed agent with the next one', async () => {
    await t.sql.query('UPDATE agents SET is_available = false');
    const [oldest, middle, newest] = await waitingOrders(3);
    await t.sql.query('UPDATE agents SET is_available = true WHERE id = 4');
    const first = await deliver(t.server, '/agent-available', agentEvent(4));
    expect(first.body).toMatchObject({ status: 'applied', assigned: [{ orderId: oldest, agentId: 4 }] });
    expect(await orderStatus(t.sql, oldest!)).toBe('agent_assigned');
    expect(await orderStatus(t.sql, middle!)).toBe('approved');
    await t.sql.query('UPDATE agents SET is_available = true WHERE id = 6');
    await deliver(t.server, '/agent-available', agentEvent(6));
    expect(await agentOf(middle!)).toBe(6);
    expect(await orderStatus(t.sql, newest!)).toBe('approved');
    // The backstop retry of an order that was paired meanwhile acknowledges it.
    const retried = await deliver(t.server, '/agent-assignment', await statusChangeEvent(t.sql, 'agent-assignment', oldest!, 'paid'));
    expect(retried.status).toBe(200);
    // Another event about an agent who is no longer free pairs nothing; one about an agent who became busy is skipped.
    const again = await deliver(t.server, '/agent-available', agentEvent(4));
    expect(again.body).toMatchObject({ status: 'skipped' });
    expect(await agentOf(newest!)).toBeUndefined();
    const busy = await deliver(
      t.server,
      '/agent-available',
      hasuraEvent({ trigger: 'agent-available', table: 'agents', op: 'UPDATE', newRow: { id: 4, is_available: false }, oldRow: { id: 4, is_available: true } }),
    );
    expect(busy.body).toMatchObject({ status: 'skipped' });
    for (const orderId of [oldest!, middle!]) await deliverOrder(orderId);
  });

  it('5 agents freed at once while 20 orders wait and their events race: the 5 oldest get one agent each', async () => {
    await t.sql.query('UPDATE agents SET is_available = false');
    const stale = await t.sql.query<{ id: string }>(`SELECT id FROM orders WHERE status = 'approved'`);
    const orders = await waitingOrders(20);
    await t.sql.query('UPDATE agents SET is_available = true WHERE id BETWEEN 1 AND 5');
    const events = await Promise.all(orders.map((orderId) => statusChangeEvent(t.sql, 'agent-assignment', orderId, 'paid')));
    await Promise.all([
      ...[1, 2, 3, 4, 5].map((id) => deliver(t.server, '/agent-available', agentEvent(id))),
      ...events.map((event) => deliver(t.server, '/agent-assignment', event)),
    ]);
    const { rows } = await t.sql.query<{ order_id: string; agent_id: number }>(`SELECT order_id, agent_id FROM assignments WHERE order_id = ANY($1::uuid[]) ORDER BY agent_id`, [
      [...stale.rows.map((r) => r.id), ...orders],
    ]);
    // Orders left waiting by the test before are older still; they go first.
    const expected = [...stale.rows.map((r) => r.id), ...orders].slice(0, 5);
    expect(rows.map((r) => r.order_id).sort()).toEqual([...expected].sort());
    expect(new Set(rows.map((r) => r.agent_id)).size).toBe(5);
  });
});
