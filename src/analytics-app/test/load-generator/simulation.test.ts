import { describe, expect, it } from 'vitest';
import { nextStep, type TrackedOrder } from '../../load-generator/next-step.js';
import { CARDS, planOrder, type Mix } from '../../load-generator/order-plan.js';
import { Pacer } from '../../load-generator/pacer.js';
import { seededRandom } from '../../load-generator/random.js';
import { checkStartOptions, InvalidStartOptions, Simulation } from '../../load-generator/simulation.js';
import { FakeWorld, RESTAURANTS } from './fake-world.js';

describe('Pacer', () => {
  it('spreads a rate per minute evenly, carrying fractions', () => {
    const pacer = new Pacer(30, 0);
    const due = [1000, 2000, 3000, 4000, 10_000].map((t) => pacer.due(t));
    expect(due).toEqual([0, 1, 0, 1, 3]);
  });

  it('never releases more than a burst after a stall', () => {
    const pacer = new Pacer(600, 0);
    expect(pacer.due(3_600_000)).toBe(100);
  });
});

describe('planOrder', () => {
  const never: Mix = { closedRestaurant: 0, declinedCard: 0, cancel: 0, restaurantRejects: 0 };
  const always: Mix = { closedRestaurant: 1, declinedCard: 1, cancel: 1, restaurantRejects: 1 };

  it('orders one to three available items from an open restaurant and pays with the good test card', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const plan = planOrder(random, RESTAURANTS, never);
      const restaurant = RESTAURANTS.find((r) => r.id === plan.restaurantId)!;
      expect(restaurant.is_open).toBe(true);
      expect(plan.items.length).toBeGreaterThanOrEqual(1);
      expect(plan.items.length).toBeLessThanOrEqual(Math.min(3, restaurant.menu.length));
      for (const item of plan.items) {
        expect(restaurant.menu.map((m) => m.id)).toContain(item.menu_item_id);
        expect(item.quantity).toBeGreaterThanOrEqual(1);
      }
      expect(new Set(plan.items.map((i) => i.menu_item_id)).size).toBe(plan.items.length);
      expect(plan.cards).toEqual([CARDS.good]);
      expect(plan.cancel || plan.restaurantRejects).toBe(false);
    }
  });

  it('can send an order to a closed restaurant, decline a card first, cancel, and have a manual restaurant reject', () => {
    const plan = planOrder(seededRandom(1), RESTAURANTS, always);
    expect(plan.restaurantId).toBe(6);
    expect(plan.cards).toEqual([CARDS.declined, CARDS.good]);
    expect(plan.cancel).toBe(true);
    // Restaurant 6 auto-approves: only a restaurant approving by hand can reject.
    expect(plan.restaurantRejects).toBe(false);
  });
});

describe('nextStep', () => {
  const order = (status: string, over: Partial<TrackedOrder> = {}): TrackedOrder => ({
    id: 'o',
    customer: 0,
    plan: { restaurantId: 1, items: [], cards: [CARDS.declined, CARDS.good], cancel: false, restaurantRejects: false },
    autoApprove: false,
    status,
    payments: 0,
    seenAt: 0,
    ...over,
  });

  it('lets each person act after their pause, and waits while a function works', () => {
    expect(nextStep(order('placed'), 10_000, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('validated'), 100, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('validated'), 1000, 1)).toEqual({ kind: 'pay', attempt: 0 });
    expect(nextStep(order('validated', { payments: 1 }), 1000, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('payment_failed', { payments: 1 }), 1000, 1)).toEqual({ kind: 'pay', attempt: 1 });
    expect(nextStep(order('payment_failed', { payments: 2 }), 0, 1)).toEqual({ kind: 'cancel' });
    expect(nextStep(order('paid'), 2000, 1)).toEqual({ kind: 'approve' });
    expect(nextStep(order('paid', { autoApprove: true }), 2000, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('approved'), 60_000, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('agent_assigned'), 2000, 1)).toEqual({ kind: 'wait' });
    expect(nextStep(order('agent_assigned'), 2500, 1)).toEqual({ kind: 'pick-up' });
    expect(nextStep(order('picked_up'), 4000, 1)).toEqual({ kind: 'deliver' });
    expect(nextStep(order('picked_up'), 0, 0)).toEqual({ kind: 'deliver' });
    expect(nextStep(order('delivered'), 0, 1)).toEqual({ kind: 'done', outcome: 'delivered' });
    expect(nextStep(order('restaurant_rejected'), 0, 1)).toEqual({ kind: 'done', outcome: 'failed' });
  });
});

describe('checkStartOptions', () => {
  it('accepts whole numbers within the limits only', () => {
    expect(checkStartOptions({ ordersPerMinute: 60, customers: 5 })).toEqual({ ordersPerMinute: 60, customers: 5 });
    for (const bad of [
      { ordersPerMinute: 0, customers: 5 },
      { ordersPerMinute: 601, customers: 5 },
      { ordersPerMinute: 1.5, customers: 5 },
      { ordersPerMinute: 60, customers: 0 },
      { ordersPerMinute: 60, customers: 51 },
      {},
    ]) {
      expect(() => checkStartOptions(bad)).toThrow(InvalidStartOptions);
    }
  });
});

describe('Simulation', () => {
  async function run(sim: Simulation, from: number, until: number): Promise<number> {
    let t = from;
    for (; t <= until; t += 250) await sim.tick(t);
    return t;
  }

  it('places orders at the chosen rate and carries every one of them to an end', async () => {
    const world = new FakeWorld();
    const sim = new Simulation(world, seededRandom(42), 0, { closedRestaurant: 0.1, declinedCard: 0.3, cancel: 0.1, restaurantRejects: 0.3 });
    await sim.start({ ordersPerMinute: 120, customers: 3 }, 0);
    expect(world.preparedCustomers).toBe(3);
    let t = await run(sim, 250, 60_000);
    sim.stop();
    expect(sim.status().running).toBe(false);
    // Stopped: no new orders, the ones on their way finish.
    for (let i = 0; sim.hasWork && i < 100; i++) t = await run(sim, t, t + 1000);
    const status = sim.status();
    expect(status.placed).toBe(120);
    expect(world.orders.size).toBe(120);
    expect(status.inFlight).toBe(0);
    expect(status.errors).toBe(0);
    expect(status.delivered + status.failed).toBe(120);

    const ends = [...world.orders.values()].map((o) => o.status);
    expect(ends.filter((s) => s === 'delivered')).toHaveLength(status.delivered);
    expect(new Set(ends)).toEqual(new Set(['delivered', 'rejected', 'cancelled', 'restaurant_rejected']));
    // A declined card is followed by a good one, never by a third attempt.
    const declinedThenPaid = [...world.orders.values()].filter((o) => o.history.join(',').includes('payment_failed,paid'));
    expect(declinedThenPaid.length).toBeGreaterThan(0);
    expect(world.calls.filter((c) => c === 'pay:tok_chargeDeclined').length).toBe([...world.orders.values()].filter((o) => o.history.includes('payment_failed')).length);
    expect(status.paid).toBe([...world.orders.values()].filter((o) => o.history.includes('paid')).length);
  });

  it('waits for a free agent instead of failing, and counts a failed call as an error without losing the order', async () => {
    const world = new FakeWorld();
    world.freeAgents = 0;
    const sim = new Simulation(world, seededRandom(3), 0, { closedRestaurant: 0, declinedCard: 0, cancel: 0, restaurantRejects: 0 });
    await sim.start({ ordersPerMinute: 60, customers: 1 }, 0);
    let t = await run(sim, 250, 1000);
    sim.stop();
    t = await run(sim, t, t + 10_000);
    expect(sim.status()).toMatchObject({ placed: 1, inFlight: 1, delivered: 0 });
    expect([...world.orders.values()][0]!.status).toBe('approved');

    const realAdvance = world.advanceDelivery.bind(world);
    let failures = 1;
    world.advanceDelivery = async (id, status) => {
      if (failures-- > 0) throw new Error('connection reset');
      return realAdvance(id, status);
    };
    world.freeAgents = 1;
    for (let i = 0; sim.hasWork && i < 30; i++) t = await run(sim, t, t + 1000);
    expect(sim.status()).toMatchObject({ placed: 1, inFlight: 0, delivered: 1, errors: 1, lastError: 'connection reset' });
  });
});
