import { now } from './clock.js';
import { DASHBOARD_KPIS, DASHBOARD_THROUGHPUT, ORDER_LIVE } from './documents.js';
import { GraphQLClient } from './graphql-client.js';
import type { PipelineStack } from './stack.js';
import type { Watcher } from './watchers.js';

/**
 * The extra live-query subscribers held open through a scenario: every watcher's order pages
 * (the order app's OrderLive, one subscription per order, all of a watcher's on its socket),
 * and a few operations dashboards (the analytics app's headline figures and throughput, as
 * role analyst). Every push of an order page is reported with its arrival time, so a probe
 * can tell when a change it made reached the page.
 */
export const DASHBOARDS = 3;

export type OnOrderPush = (orderId: string, deliveryAddress: string, at: number) => void;

interface OrderLiveData {
  orders_by_pk: { delivery_address: string } | null;
}

export class Subscribers {
  errors = 0;
  firstError?: string;
  private readonly clients: GraphQLClient[] = [];
  private readonly ends: Array<() => void> = [];

  constructor(
    private readonly stack: PipelineStack,
    private readonly watchers: readonly Watcher[],
    private readonly onOrderPush: OnOrderPush,
  ) {}

  /** Opens every socket, then every subscription; resolves once each has shown a first result. */
  async open(timeoutMs = 300_000): Promise<void> {
    const url = `${this.stack.engineUrl}/v1/graphql`;
    const pages = this.watchers.map((watcher) => ({ watcher, client: this.client(url, { Authorization: `Bearer ${watcher.token}` }) }));
    const dashboards = Array.from({ length: DASHBOARDS }, () => this.client(url, { 'x-hasura-admin-secret': this.stack.adminSecret, 'x-hasura-role': 'analyst' }));
    await Promise.all(this.clients.map((c) => c.connected()));
    const first: Array<Promise<void>> = [];
    for (const { watcher, client } of pages) {
      for (const orderId of watcher.orderIds) {
        first.push(
          this.follow<OrderLiveData>(client, ORDER_LIVE, { id: orderId }, (data) => {
            if (data.orders_by_pk) this.onOrderPush(orderId, data.orders_by_pk.delivery_address, now());
          }),
        );
      }
    }
    for (const client of dashboards) first.push(this.follow(client, DASHBOARD_KPIS, {}), this.follow(client, DASHBOARD_THROUGHPUT, {}));
    let shown = 0;
    for (const p of first) void p.then(() => shown++);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const done = await Promise.race([Promise.all(first).then(() => true), timedOut]);
    clearTimeout(timer);
    if (!done) throw new Error(`only ${shown} of ${first.length} subscriptions showed a first result within ${timeoutMs / 1000} s`);
  }

  async close(): Promise<void> {
    for (const end of this.ends.splice(0)) end();
    await Promise.all(this.clients.splice(0).map((c) => c.close()));
  }

  private client(url: string, headers: Record<string, string>): GraphQLClient {
    const client = new GraphQLClient(url, this.stack.wsUrl, headers);
    this.clients.push(client);
    return client;
  }

  /** Subscribes; the promise settles at the first result (or error), `onData` sees every one. */
  private follow<T>(client: GraphQLClient, query: string, variables: Record<string, unknown>, onData?: (data: T) => void): Promise<void> {
    return new Promise((resolve) => {
      this.ends.push(
        client.subscribe<T>(
          query,
          variables,
          (data) => {
            resolve();
            onData?.(data);
          },
          (error) => {
            this.errors++;
            this.firstError ??= error.message;
            resolve();
          },
        ),
      );
    });
  }
}
