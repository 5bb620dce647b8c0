import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { HAPPY_PATH, insertOrder, path } from './order-timeline.js';

// Every test runs in its own transaction and rolls back: now() is fixed inside it, so
// "today" and "the last 60 minutes" are the same instant for the fixture and the views.
describe('analytics views: exact figures from orders and their status history', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function inRolledBackTransaction(run: () => Promise<void>): Promise<void> {
    await client.query('BEGIN');
    try {
      await run();
    } finally {
      await client.query('ROLLBACK');
    }
  }
  async function instant(expression: string): Promise<Date> {
    const { rows } = await client.query<{ t: Date }>(`SELECT ${expression} AS t`);
    return rows[0]!.t;
  }
  const rows = async (sql: string) => (await client.query(sql)).rows;

  /**
   * Today's orders (placed a minute after midnight, plus seconds):
   *   A r2 2000 delivered; B r2 1000 paid; C r3 3000 rejected; D r1 1500 restaurant-rejected;
   *   E r3 2500 payment failed once, then paid and approved; H r2 cancelled before validation.
   * Yesterday's: F r2 4000 paid yesterday, delivered today; G r3 cancelled yesterday.
   */
  async function businessDay(): Promise<void> {
    const dayStart = await instant(`date_trunc('day', now())`);
    const today = new Date(dayStart.getTime() + 60_000);
    await insertOrder(client, today, { restaurantId: 2, totalCents: 2000, steps: path(0, HAPPY_PATH, [2, 28, 10, 60, 300, 600]) });
    await insertOrder(client, today, { restaurantId: 2, totalCents: 1000, steps: path(5, ['validated', 'paid'], [1, 10]) });
    await insertOrder(client, today, { restaurantId: 3, totalCents: 3000, steps: path(6, ['rejected'], [1]) });
    await insertOrder(client, today, {
      restaurantId: 1,
      totalCents: 1500,
      steps: path(7, ['validated', 'paid', 'restaurant_rejected'], [1, 10, 120]),
    });
    await insertOrder(client, today, {
      restaurantId: 3,
      totalCents: 2500,
      steps: path(8, ['validated', 'payment_failed', 'paid', 'approved'], [1, 19, 30, 4]),
    });
    await insertOrder(client, today, { restaurantId: 2, totalCents: 900, steps: path(9, ['cancelled'], [30]) });
    const yesterday = new Date(dayStart.getTime() - 2 * 3600_000);
    await insertOrder(client, yesterday, {
      restaurantId: 2,
      totalCents: 4000,
      // Delivered two hours and ten seconds later: ten seconds into today.
      steps: path(0, HAPPY_PATH, [1, 1, 1, 1, 1, 7205]),
    });
    await insertOrder(client, yesterday, { restaurantId: 3, totalCents: 700, steps: path(0, ['cancelled'], [5]) });
  }

  it('KPIs: orders today, in flight, delivered and failed today, revenue and average basket of orders paid today', async () => {
    await inRolledBackTransaction(async () => {
      await businessDay();
      expect(await rows('SELECT * FROM analytics_kpis')).toEqual([
        {
          orders_today: 6,
          in_flight: 2,
          delivered_today: 2,
          failed_today: 3,
          payment_failures_today: 1,
          paid_orders_today: 3,
          // A + B + E; D's payment was refunded, F was paid yesterday.
          revenue_today_cents: '5500',
          average_basket_cents: 1833,
        },
      ]);
    });
  });

  it('KPIs of an empty day are zeros, with no average basket', async () => {
    await inRolledBackTransaction(async () => {
      expect(await rows('SELECT * FROM analytics_kpis')).toEqual([
        {
          orders_today: 0,
          in_flight: 0,
          delivered_today: 0,
          failed_today: 0,
          payment_failures_today: 0,
          paid_orders_today: 0,
          revenue_today_cents: '0',
          average_basket_cents: null,
        },
      ]);
    });
  });

  it("funnel: how far today's orders got, who is waiting at each stage, conversion rates", async () => {
    await inRolledBackTransaction(async () => {
      await businessDay();
      expect(await rows('SELECT * FROM analytics_funnel ORDER BY position')).toEqual([
        { position: 1, stage: 'placed', reached: 6, waiting: 0, dropped: 2, conversion_from_previous: null, conversion_from_placed: '1.0000' },
        { position: 2, stage: 'validated', reached: 4, waiting: 0, dropped: 0, conversion_from_previous: '0.6667', conversion_from_placed: '0.6667' },
        { position: 3, stage: 'paid', reached: 4, waiting: 1, dropped: 1, conversion_from_previous: '1.0000', conversion_from_placed: '0.6667' },
        { position: 4, stage: 'approved', reached: 2, waiting: 1, dropped: 0, conversion_from_previous: '0.5000', conversion_from_placed: '0.3333' },
        { position: 5, stage: 'agent_assigned', reached: 1, waiting: 0, dropped: 0, conversion_from_previous: '0.5000', conversion_from_placed: '0.1667' },
        { position: 6, stage: 'delivered', reached: 1, waiting: 0, dropped: 0, conversion_from_previous: '1.0000', conversion_from_placed: '0.1667' },
      ]);
      expect(await rows('SELECT from_stage, outcome, orders FROM analytics_funnel_branches ORDER BY position')).toEqual([
        { from_stage: 'placed', outcome: 'rejected', orders: 1 },
        { from_stage: 'placed', outcome: 'cancelled', orders: 1 },
        // E's declined card was followed by a good one: it is no longer in the branch.
        { from_stage: 'validated', outcome: 'payment_failed', orders: 0 },
        { from_stage: 'validated', outcome: 'cancelled', orders: 0 },
        { from_stage: 'paid', outcome: 'restaurant_rejected', orders: 1 },
        { from_stage: 'paid', outcome: 'cancelled', orders: 0 },
      ]);
    });
  });

  it('funnel and revenue: an order cancelled by its customer after paying left at paid, and its refunded money is not revenue', async () => {
    await inRolledBackTransaction(async () => {
      const now = await instant('now()');
      await insertOrder(client, now, { restaurantId: 2, totalCents: 800, steps: path(-60, ['validated', 'paid', 'cancelled'], [1, 5, 5]) });
      expect(await rows('SELECT stage, reached, waiting, dropped FROM analytics_funnel WHERE position <= 4 ORDER BY position')).toEqual([
        { stage: 'placed', reached: 1, waiting: 0, dropped: 0 },
        { stage: 'validated', reached: 1, waiting: 0, dropped: 0 },
        { stage: 'paid', reached: 1, waiting: 0, dropped: 1 },
        { stage: 'approved', reached: 0, waiting: 0, dropped: 0 },
      ]);
      expect(await rows(`SELECT outcome, orders FROM analytics_funnel_branches WHERE from_stage IN ('validated', 'paid') ORDER BY position`)).toEqual([
        { outcome: 'payment_failed', orders: 0 },
        { outcome: 'cancelled', orders: 0 },
        { outcome: 'restaurant_rejected', orders: 0 },
        { outcome: 'cancelled', orders: 1 },
      ]);
      expect(await rows('SELECT paid_orders_today, revenue_today_cents FROM analytics_kpis')).toEqual([{ paid_orders_today: 0, revenue_today_cents: '0' }]);
    });
  });

  it('funnel: an order waiting for a second payment and one cancelled after validation are counted in their branches', async () => {
    await inRolledBackTransaction(async () => {
      const now = await instant('now()');
      await insertOrder(client, now, { restaurantId: 2, totalCents: 800, steps: path(-60, ['validated', 'payment_failed'], [1, 5]) });
      await insertOrder(client, now, { restaurantId: 2, totalCents: 800, steps: path(-50, ['validated', 'cancelled'], [1, 5]) });
      expect(await rows('SELECT stage, reached, waiting, dropped FROM analytics_funnel WHERE position <= 3 ORDER BY position')).toEqual([
        { stage: 'placed', reached: 2, waiting: 0, dropped: 0 },
        { stage: 'validated', reached: 2, waiting: 1, dropped: 1 },
        { stage: 'paid', reached: 0, waiting: 0, dropped: 0 },
      ]);
      expect(await rows(`SELECT outcome, orders FROM analytics_funnel_branches WHERE from_stage = 'validated' ORDER BY position`)).toEqual([
        { outcome: 'payment_failed', orders: 1 },
        { outcome: 'cancelled', orders: 1 },
      ]);
    });
  });

  it('throughput: sixty one-minute buckets ending with the current minute, empty minutes as zeros', async () => {
    await inRolledBackTransaction(async () => {
      const minute = await instant(`date_trunc('minute', now())`);
      // Placed 60.5 minutes ago (outside), rejected in the first bucket.
      await insertOrder(client, minute, { restaurantId: 2, totalCents: 500, steps: path(-3630, ['rejected'], [95]) });
      await insertOrder(client, minute, { restaurantId: 2, totalCents: 500, steps: path(-175, [], []) });
      await insertOrder(client, minute, { restaurantId: 3, totalCents: 500, steps: path(-170, [], []) });
      await insertOrder(client, minute, { restaurantId: 3, totalCents: 500, steps: path(-60, [], []) });
      // Placed 20 minutes ago, delivered in the current minute.
      await insertOrder(client, minute, { restaurantId: 4, totalCents: 500, steps: path(-1200, HAPPY_PATH, [1, 1, 1, 1, 1, 1195]) });

      const buckets = await rows('SELECT * FROM analytics_throughput ORDER BY bucket_start');
      expect(buckets).toHaveLength(60);
      expect(buckets[0].bucket_start).toEqual(new Date(minute.getTime() - 59 * 60_000));
      expect(buckets[59].bucket_start).toEqual(minute);
      const nonEmpty = buckets
        .map((b, i) => ({ minutesAgo: 59 - i, placed: b.placed, delivered: b.delivered, failed: b.failed }))
        .filter((b) => b.placed + b.delivered + b.failed > 0);
      expect(nonEmpty).toEqual([
        { minutesAgo: 59, placed: 0, delivered: 0, failed: 1 },
        { minutesAgo: 20, placed: 1, delivered: 0, failed: 0 },
        { minutesAgo: 3, placed: 2, delivered: 0, failed: 0 },
        { minutesAgo: 1, placed: 1, delivered: 0, failed: 0 },
        { minutesAgo: 0, placed: 0, delivered: 1, failed: 0 },
      ]);
    });
  });

  it('stage latency: p50, p95 and mean time in each stage over the last hour', async () => {
    await inRolledBackTransaction(async () => {
      const halfAnHourAgo = await instant(`now() - interval '30 minutes'`);
      // Time in placed (until validated): 1, 2, 3, 4 and 10 seconds; time in validated: 20 s each.
      for (const [i, seconds] of [1, 2, 3, 4, 10].entries()) {
        await insertOrder(client, halfAnHourAgo, { restaurantId: 2, totalCents: 900, steps: path(i * 100, ['validated', 'paid'], [seconds, 20]) });
      }
      // Outside the window: a 500-second validation that started 70 minutes ago.
      await insertOrder(client, halfAnHourAgo, { restaurantId: 2, totalCents: 900, steps: path(-2400, ['validated'], [500]) });
      // Still in placed: not a sample.
      await insertOrder(client, halfAnHourAgo, { restaurantId: 2, totalCents: 900, steps: path(1500, [], []) });

      expect(await rows('SELECT * FROM analytics_stage_latency ORDER BY position')).toEqual([
        // percentile_cont(0.95) over 1,2,3,4,10: 4 + 0.8 * (10 - 4) = 8.8
        { position: 1, stage: 'placed', samples: 5, p50_seconds: '3.000', p95_seconds: '8.800', avg_seconds: '4.000' },
        { position: 2, stage: 'validated', samples: 5, p50_seconds: '20.000', p95_seconds: '20.000', avg_seconds: '20.000' },
        { position: 3, stage: 'payment_failed', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
        { position: 4, stage: 'paid', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
        { position: 5, stage: 'approved', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
        { position: 6, stage: 'agent_assigned', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
        { position: 7, stage: 'picked_up', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
      ]);
    });
  });

  it('per restaurant: orders and revenue today, approval decisions, rejection rate and approval time', async () => {
    await inRolledBackTransaction(async () => {
      await businessDay();
      const table = await rows(
        `SELECT restaurant_id, orders_today, in_flight, revenue_today_cents, approved_today, rejected_today,
                rejection_rate, avg_approval_seconds
           FROM analytics_restaurants ORDER BY restaurant_id`,
      );
      expect(table).toEqual([
        { restaurant_id: 1, orders_today: 1, in_flight: 0, revenue_today_cents: '0', approved_today: 0, rejected_today: 1, rejection_rate: '1.0000', avg_approval_seconds: null },
        {
          restaurant_id: 2,
          orders_today: 3,
          in_flight: 1,
          revenue_today_cents: '3000',
          approved_today: 1,
          rejected_today: 0,
          rejection_rate: '0.0000',
          avg_approval_seconds: '10.000',
        },
        {
          restaurant_id: 3,
          orders_today: 2,
          in_flight: 1,
          revenue_today_cents: '2500',
          approved_today: 1,
          rejected_today: 0,
          rejection_rate: '0.0000',
          avg_approval_seconds: '4.000',
        },
        { restaurant_id: 4, orders_today: 0, in_flight: 0, revenue_today_cents: '0', approved_today: 0, rejected_today: 0, rejection_rate: null, avg_approval_seconds: null },
        { restaurant_id: 5, orders_today: 0, in_flight: 0, revenue_today_cents: '0', approved_today: 0, rejected_today: 0, rejection_rate: null, avg_approval_seconds: null },
        { restaurant_id: 6, orders_today: 0, in_flight: 0, revenue_today_cents: '0', approved_today: 0, rejected_today: 0, rejection_rate: null, avg_approval_seconds: null },
      ]);
    });
  });

  it('the windows are read through indexes', async () => {
    await inRolledBackTransaction(async () => {
      // Tiny tables make sequential scans cheapest; forbid them to see which index each window uses.
      await client.query('SET LOCAL enable_seqscan = off');
      const plan = async (sql: string) => (await rows(`EXPLAIN ${sql}`)).map((r) => r['QUERY PLAN'] as string).join('\n');
      expect(await plan('SELECT * FROM analytics_kpis')).toContain('order_status_history_to_status_changed_at_idx');
      expect(await plan('SELECT * FROM analytics_kpis')).toContain('orders_created_at_idx');
      expect(await plan('SELECT * FROM analytics_kpis')).toContain('orders_status_idx');
      expect(await plan('SELECT * FROM analytics_kpis')).toContain('orders_paid_at_idx');
      expect(await plan('SELECT * FROM analytics_restaurants')).toContain('orders_approved_at_idx');
      expect(await plan('SELECT * FROM analytics_restaurants')).toContain('orders_restaurant_rejected_at_idx');
      expect(await plan('SELECT * FROM analytics_throughput')).toContain('order_status_history_changed_at_idx');
      expect(await plan('SELECT * FROM analytics_stage_latency')).toContain('order_status_history_changed_at_idx');
      expect(await plan('SELECT * FROM analytics_funnel')).toContain('orders_created_at_idx');
    });
  });
});
