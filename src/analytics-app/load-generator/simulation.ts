import { randomUUID } from 'node:crypto';
import { isPaidOrderStatus } from '@3factor/domain';
import { nextStep, type Step, type TrackedOrder } from './next-step.js';
import { deliveryAddress, planOrder, type Card, type Mix, DEFAULT_MIX, type Restaurant } from './order-plan.js';
import { Pacer } from './pacer.js';
import type { Random } from './random.js';

/** Everything the simulation does to the outside world (GraphQL, auth), passed in. */
export interface SimulationApi {
  loadRestaurants(): Promise<Restaurant[]>;
  prepareCustomers(count: number): Promise<void>;
  placeOrder(customer: number, order: { id: string; restaurantId: number; address: string; items: { menu_item_id: number; quantity: number }[] }): Promise<void>;
  pay(customer: number, payment: { id: string; orderId: string; card: Card }): Promise<void>;
  cancel(customer: number, orderId: string): Promise<void>;
  decide(staffUserId: string, orderId: string, decision: 'approve' | 'reject'): Promise<void>;
  advanceDelivery(orderId: string, status: 'picked_up' | 'delivered'): Promise<void>;
  statuses(orderIds: string[]): Promise<Map<string, string>>;
}

export interface StartOptions {
  ordersPerMinute: number;
  customers: number;
}

export interface SimulationStatus {
  running: boolean;
  ordersPerMinute: number;
  customers: number;
  startedAt: string | null;
  placed: number;
  paid: number;
  delivered: number;
  failed: number;
  inFlight: number;
  errors: number;
  lastError: string | null;
}

export const LIMITS = { minOrdersPerMinute: 1, maxOrdersPerMinute: 600, minCustomers: 1, maxCustomers: 50 } as const;
/** Orders followed at once; beyond it no new order is placed until some finish. */
export const MAX_TRACKED = 1000;
/** Requests in flight at once, so a slow engine sees back-pressure, not a pile-up. */
export const MAX_CONCURRENT = 16;
export const POLL_INTERVAL_MS = 1000;

export class InvalidStartOptions extends Error {
  override name = 'InvalidStartOptions';
}

export function checkStartOptions(options: unknown): StartOptions {
  const o = (options ?? {}) as Record<string, unknown>;
  const rate = Number(o.ordersPerMinute);
  const customers = Number(o.customers);
  if (!Number.isInteger(rate) || rate < LIMITS.minOrdersPerMinute || rate > LIMITS.maxOrdersPerMinute) {
    throw new InvalidStartOptions(`ordersPerMinute must be a whole number from ${LIMITS.minOrdersPerMinute} to ${LIMITS.maxOrdersPerMinute}`);
  }
  if (!Number.isInteger(customers) || customers < LIMITS.minCustomers || customers > LIMITS.maxCustomers) {
    throw new InvalidStartOptions(`customers must be a whole number from ${LIMITS.minCustomers} to ${LIMITS.maxCustomers}`);
  }
  return { ordersPerMinute: rate, customers };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Simulated customers, restaurant staff and delivery agents. `tick(now)` does one round:
 * place the orders that are due, and every second read the statuses of the orders it
 * follows and take the next step for each. The caller decides when ticks happen
 * (a timer in production, explicit calls in tests).
 */
export class Simulation {
  private restaurants: Restaurant[] = [];
  private options: StartOptions = { ordersPerMinute: 0, customers: 0 };
  private pacer: Pacer | undefined;
  private running = false;
  private startedAt: Date | null = null;
  private readonly orders = new Map<string, TrackedOrder & { countedPaid: boolean }>();
  private readonly busy = new Set<string>();
  private active = 0;
  private nextCustomer = 0;
  private lastPoll = 0;
  private polling = false;
  private counters = { placed: 0, paid: 0, delivered: 0, failed: 0, errors: 0 };
  private lastError: string | null = null;

  constructor(
    private readonly api: SimulationApi,
    private readonly random: Random,
    private readonly pace: number,
    private readonly mix: Mix = DEFAULT_MIX,
  ) {}

  async start(options: StartOptions, now: number): Promise<void> {
    const checked = checkStartOptions(options);
    this.running = false;
    this.restaurants = await this.api.loadRestaurants();
    await this.api.prepareCustomers(checked.customers);
    this.options = checked;
    this.pacer = new Pacer(checked.ordersPerMinute, now);
    this.counters = { placed: 0, paid: 0, delivered: 0, failed: 0, errors: 0 };
    this.lastError = null;
    this.startedAt = new Date(now);
    this.nextCustomer = 0;
    this.running = true;
  }

  /** Stops placing orders; the ones already placed are still carried to the end. */
  stop(): void {
    this.running = false;
  }

  /** Whether ticks still have work: placing, or orders on their way. */
  get hasWork(): boolean {
    return this.running || this.orders.size > 0;
  }

  status(): SimulationStatus {
    return {
      running: this.running,
      ordersPerMinute: this.options.ordersPerMinute,
      customers: this.options.customers,
      startedAt: this.startedAt ? this.startedAt.toISOString() : null,
      ...this.counters,
      inFlight: this.orders.size,
      lastError: this.lastError,
    };
  }

  /** One round. Resolves when the work it started has finished (tests await it). */
  async tick(now: number): Promise<void> {
    const work: Promise<void>[] = [];
    if (this.running && this.pacer) {
      const due = this.pacer.due(now);
      for (let i = 0; i < due && this.orders.size < MAX_TRACKED && this.active < MAX_CONCURRENT; i++) {
        work.push(this.placeOne(now));
      }
    }
    if (!this.polling && now - this.lastPoll >= POLL_INTERVAL_MS && this.orders.size > 0) {
      this.lastPoll = now;
      work.push(this.pollAndAct(now));
    }
    await Promise.all(work);
  }

  private async guarded(key: string | undefined, run: () => Promise<void>): Promise<void> {
    this.active++;
    if (key) this.busy.add(key);
    try {
      await run();
    } catch (error) {
      this.counters.errors++;
      this.lastError = message(error);
    } finally {
      this.active--;
      if (key) this.busy.delete(key);
    }
  }

  private placeOne(now: number): Promise<void> {
    const customer = this.nextCustomer++ % Math.max(1, this.options.customers);
    const plan = planOrder(this.random, this.restaurants, this.mix);
    const id = randomUUID();
    const restaurant = this.restaurants.find((r) => r.id === plan.restaurantId);
    return this.guarded(id, async () => {
      await this.api.placeOrder(customer, { id, restaurantId: plan.restaurantId, address: deliveryAddress(this.random), items: plan.items });
      this.counters.placed++;
      this.orders.set(id, {
        id,
        customer,
        plan,
        autoApprove: restaurant?.auto_approve ?? true,
        status: 'placed',
        payments: 0,
        seenAt: now,
        countedPaid: false,
      });
    });
  }

  private async pollAndAct(now: number): Promise<void> {
    this.polling = true;
    try {
      const statuses = await this.api.statuses([...this.orders.keys()]);
      for (const order of this.orders.values()) {
        const status = statuses.get(order.id);
        if (status && status !== order.status) {
          order.status = status;
          order.seenAt = now;
        }
        if (!order.countedPaid && isPaidOrderStatus(order.status)) {
          order.countedPaid = true;
          this.counters.paid++;
        }
      }
    } catch (error) {
      this.counters.errors++;
      this.lastError = message(error);
      return;
    } finally {
      this.polling = false;
    }
    const work: Promise<void>[] = [];
    for (const order of [...this.orders.values()]) {
      if (this.busy.has(order.id)) continue;
      const step = nextStep(order, now, this.pace);
      if (step.kind === 'done') {
        this.orders.delete(order.id);
        this.counters[step.outcome]++;
        continue;
      }
      if (step.kind === 'wait' || this.active >= MAX_CONCURRENT) continue;
      work.push(this.guarded(order.id, () => this.perform(order, step)));
    }
    await Promise.all(work);
  }

  private async perform(order: TrackedOrder, step: Exclude<Step, { kind: 'wait' } | { kind: 'done' }>): Promise<void> {
    switch (step.kind) {
      case 'pay': {
        const card = order.plan.cards[step.attempt] ?? order.plan.cards[order.plan.cards.length - 1]!;
        await this.api.pay(order.customer, { id: randomUUID(), orderId: order.id, card });
        order.payments++;
        return;
      }
      case 'cancel':
        return this.api.cancel(order.customer, order.id);
      case 'approve':
      case 'reject': {
        const staff = this.restaurants.find((r) => r.id === order.plan.restaurantId)?.staff[0];
        if (!staff) throw new Error(`restaurant ${order.plan.restaurantId} approves by hand but has no staff account`);
        return this.api.decide(staff, order.id, step.kind);
      }
      case 'pick-up':
        return this.api.advanceDelivery(order.id, 'picked_up');
      case 'deliver':
        return this.api.advanceDelivery(order.id, 'delivered');
    }
  }
}
