import { isPayableOrderStatus, isTransitionAllowed } from '@3factor/domain';
import type { Card, Restaurant } from '../../load-generator/order-plan.js';
import type { SimulationApi } from '../../load-generator/simulation.js';

/**
 * The outside world of a simulation, in memory: a tiny stand-in for the engine plus the
 * four functions, following the project's status machine. Each `statuses` read is one
 * "round" in which the functions move every order one step, as events would.
 */
export const RESTAURANTS: Restaurant[] = [
  {
    id: 1,
    is_open: true,
    auto_approve: false,
    menu: [
      { id: 1, price_cents: 1150 },
      { id: 2, price_cents: 650 },
    ],
    staff: ['bella-id'],
  },
  { id: 2, is_open: true, auto_approve: true, menu: [{ id: 7, price_cents: 590 }], staff: [] },
  { id: 6, is_open: false, auto_approve: true, menu: [{ id: 31, price_cents: 1290 }], staff: [] },
];

interface WorldOrder {
  id: string;
  customer: number;
  restaurantId: number;
  status: string;
  pendingCard?: Card;
  history: string[];
}

export class FakeWorld implements SimulationApi {
  readonly orders = new Map<string, WorldOrder>();
  preparedCustomers = 0;
  calls: string[] = [];
  /** Agents free to take an approved order. */
  freeAgents = Number.POSITIVE_INFINITY;

  private move(order: WorldOrder, to: string): void {
    if (!isTransitionAllowed(order.status, to)) throw new Error(`illegal order status transition: ${order.status} -> ${to}`);
    order.status = to;
    order.history.push(to);
  }

  async loadRestaurants() {
    return RESTAURANTS;
  }
  async prepareCustomers(count: number) {
    this.preparedCustomers = count;
  }
  async placeOrder(customer: number, order: { id: string; restaurantId: number; items: { menu_item_id: number; quantity: number }[] }) {
    this.calls.push('place');
    if (order.items.length === 0) throw new Error('an order needs items');
    this.orders.set(order.id, { id: order.id, customer, restaurantId: order.restaurantId, status: 'placed', history: ['placed'] });
  }
  async pay(customer: number, payment: { orderId: string; card: Card }) {
    this.calls.push(`pay:${payment.card.token}`);
    const order = this.orders.get(payment.orderId)!;
    if (order.customer !== customer) throw new Error('permission denied');
    if (!isPayableOrderStatus(order.status)) throw new Error(`cannot pay an order that is ${order.status}`);
    order.pendingCard = payment.card;
  }
  async cancel(customer: number, orderId: string) {
    this.calls.push('cancel');
    const order = this.orders.get(orderId)!;
    if (order.customer !== customer) throw new Error('permission denied');
    this.move(order, 'cancelled');
  }
  async decide(staffUserId: string, orderId: string, decision: 'approve' | 'reject') {
    this.calls.push(decision);
    if (staffUserId !== 'bella-id') throw new Error('permission denied');
    this.move(this.orders.get(orderId)!, decision === 'approve' ? 'approved' : 'restaurant_rejected');
  }
  async advanceDelivery(orderId: string, status: 'picked_up' | 'delivered') {
    this.calls.push(status);
    const order = this.orders.get(orderId)!;
    this.move(order, status);
    if (status === 'delivered') this.freeAgents++;
  }
  async statuses(ids: string[]) {
    this.runFunctions();
    return new Map(ids.flatMap((id) => (this.orders.has(id) ? [[id, this.orders.get(id)!.status] as [string, string]] : [])));
  }

  /** validate-order, payment, restaurant-approval (auto), agent-assignment. */
  private runFunctions(): void {
    for (const order of this.orders.values()) {
      const restaurant = RESTAURANTS.find((r) => r.id === order.restaurantId)!;
      if (order.status === 'placed') this.move(order, restaurant.is_open ? 'validated' : 'rejected');
      else if (order.pendingCard) {
        this.move(order, order.pendingCard.token === 'tok_visa' ? 'paid' : 'payment_failed');
        delete order.pendingCard;
      } else if (order.status === 'paid' && restaurant.auto_approve) this.move(order, 'approved');
      else if (order.status === 'approved' && this.freeAgents > 0) {
        this.freeAgents--;
        this.move(order, 'agent_assigned');
      }
    }
  }
}
