import { sleep } from './clock.js';
import { COURIER_ORDERS, MARK_DELIVERED, MARK_PICKED_UP } from './documents.js';
import { GraphQLClient } from './graphql-client.js';

/**
 * The delivery fleet: each agent watches, by subscription, the orders handed to them; on
 * one it picks the order up and delivers it at once (after `deliveryMs`). Delivering frees
 * the agent in the database, whose agent-available event hands them the oldest waiting
 * order: so assignment keeps flowing with the seed's twelve couriers.
 *
 * Most agents have no login (seed.sql), so the fleet acts with the admin secret.
 */
export class Couriers {
  private readonly clients: GraphQLClient[] = [];
  private readonly stops: Array<() => void> = [];
  private readonly handled = new Set<string>();
  private inFlight = 0;
  errors = 0;
  lastError = '';

  constructor(
    private readonly engineUrl: string,
    private readonly wsUrl: string,
    private readonly adminSecret: string,
    private readonly deliveryMs: number,
  ) {}

  async start(agentIds: number[]): Promise<void> {
    for (const agentId of agentIds) {
      const client = new GraphQLClient(`${this.engineUrl}/v1/graphql`, this.wsUrl, { 'x-hasura-admin-secret': this.adminSecret });
      this.clients.push(client);
      await client.connected();
      this.stops.push(
        client.subscribe<{ orders: Array<{ id: string }> }>(
          COURIER_ORDERS,
          { agentId },
          (data) => {
            for (const { id } of data.orders) if (!this.handled.has(id)) void this.deliver(client, id);
          },
          (error) => this.fail(error),
        ),
      );
    }
  }

  private async deliver(client: GraphQLClient, orderId: string): Promise<void> {
    this.handled.add(orderId);
    this.inFlight++;
    try {
      await client.request(MARK_PICKED_UP, { id: orderId });
      if (this.deliveryMs > 0) await sleep(this.deliveryMs);
      await client.request(MARK_DELIVERED, { id: orderId });
    } catch (error) {
      this.fail(error as Error);
    } finally {
      this.inFlight--;
    }
  }

  private fail(error: Error): void {
    this.errors++;
    this.lastError = error.message;
  }

  get busy(): number {
    return this.inFlight;
  }

  async stop(): Promise<void> {
    for (const stop of this.stops) stop();
    await Promise.all(this.clients.map((c) => c.close()));
  }
}
