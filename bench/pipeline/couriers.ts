import { sleep } from './clock.js';
import { MARK_DELIVERED, MARK_PICKED_UP, MY_DELIVERIES, RECENTLY_DELIVERED } from './documents.js';
import { GraphQLClient } from './graphql-client.js';

/**
 * The delivery fleet, each courier an agent with a login doing what the order app's
 * Deliveries page does: its two subscriptions (role agent: the permission keeps them to the
 * agent's own orders); on an order handed to it, "picked up" and, `deliveryMs` later,
 * "delivered". Delivering frees the agent in the database, whose agent-available event hands
 * it the oldest waiting order: so assignment keeps flowing with the seed's twelve couriers.
 */
export class Couriers {
  private readonly clients: GraphQLClient[] = [];
  private readonly stops: Array<() => void> = [];
  private readonly handled = new Set<string>();
  errors = 0;
  lastError = '';

  constructor(
    private readonly engineUrl: string,
    private readonly wsUrl: string,
    private readonly deliveryMs: number,
  ) {}

  /** One courier per token (a JWT with role agent). */
  async start(tokens: string[]): Promise<void> {
    for (const token of tokens) {
      const client = new GraphQLClient(`${this.engineUrl}/v1/graphql`, this.wsUrl, { Authorization: `Bearer ${token}` });
      this.clients.push(client);
      await client.connected();
      const onError = (error: Error) => this.fail(error);
      this.stops.push(
        client.subscribe<{ orders: Array<{ id: string; status: string }> }>(
          MY_DELIVERIES,
          {},
          (data) => {
            for (const { id, status } of data.orders) if (status === 'agent_assigned' && !this.handled.has(id)) void this.deliver(client, id);
          },
          onError,
        ),
        client.subscribe(RECENTLY_DELIVERED, {}, () => {}, onError),
      );
    }
  }

  private async deliver(client: GraphQLClient, orderId: string): Promise<void> {
    this.handled.add(orderId);
    try {
      await client.request(MARK_PICKED_UP, { id: orderId });
      if (this.deliveryMs > 0) await sleep(this.deliveryMs);
      await client.request(MARK_DELIVERED, { id: orderId });
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private fail(error: Error): void {
    this.errors++;
    this.lastError = error.message;
  }

  async stop(): Promise<void> {
    for (const stop of this.stops) stop();
    await Promise.all(this.clients.map((c) => c.close()));
  }
}
