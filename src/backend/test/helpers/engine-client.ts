import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import { JWT_SECRET, WEBHOOK_SECRET } from './functions.js';
import { tokenizeCard } from '@3factor/domain';

export interface GraphqlResult {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * The engine with the repository's metadata (its event triggers and their retry_conf),
 * delivering to the functions at `functionsUrl`, on the test database `databaseUrl`.
 */
export function startEngineForFunctions(databaseUrl: string, functionsUrl: string): Promise<RunningEngine> {
  return startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_ADMIN_SECRET: 'engine-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
      ACTION_BASE_URL: functionsUrl,
      EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    }),
    { logger: silentLogger() },
  );
}

/** A customer (or staff) of the app as the apps talk to the stack: auth function, then GraphQL with the JWT. */
export class AppClient {
  constructor(
    private readonly engineUrl: string,
    readonly token: string,
  ) {}

  static async login(functionsUrl: string, engineUrl: string, username: string): Promise<AppClient> {
    const response = await fetch(`${functionsUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'password123' }),
    });
    expect(response.status).toBe(200);
    return new AppClient(engineUrl, ((await response.json()) as { token: string }).token);
  }

  async graphql(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult> {
    const response = await fetch(`${this.engineUrl}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult;
  }

  async orderStatus(orderId: string): Promise<string | undefined> {
    return (await this.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { status } }', { id: orderId })).data?.orders_by_pk?.status;
  }

  async waitForStatus(orderId: string, wanted: string, timeoutMs = 30_000): Promise<void> {
    await waitFor(async () => (await this.orderStatus(orderId)) === wanted, { timeoutMs, what: `order ${orderId} to become ${wanted}`, intervalMs: 50 });
  }

  /** insert_orders_one with its lines nested, as the order app sends it. */
  async placeOrder(restaurantId: number, lines: Array<{ menu_item_id: number; quantity: number }>): Promise<string> {
    const orderId = randomUUID();
    const placed = await this.graphql('mutation ($order: orders_insert_input!) { insert_orders_one(object: $order) { id } }', {
      order: { id: orderId, restaurant_id: restaurantId, delivery_address: '12 Event Street', items: { data: lines } },
    });
    expect(placed.errors).toBeUndefined();
    return orderId;
  }

  /** Tokenizes the card as the browser does and inserts the payment row; returns its id. */
  async pay(orderId: string, cardNumber = '4242 4242 4242 4242'): Promise<string> {
    const card = tokenizeCard(cardNumber, '12/39', '123');
    if (!card.ok) throw new Error(card.message);
    const id = randomUUID();
    const paid = await this.graphql('mutation ($p: payments_insert_input!) { insert_payments_one(object: $p) { id } }', {
      p: { id, order_id: orderId, payment_token: card.token, card_last4: card.last4 },
    });
    expect(paid.errors).toBeUndefined();
    return id;
  }

  async menuItemIds(restaurantId: number): Promise<number[]> {
    const menu = await this.graphql('query ($r: Int!) { menu_items(where: {restaurant_id: {_eq: $r}, is_available: {_eq: true}}, order_by: {id: asc}) { id } }', {
      r: restaurantId,
    });
    return (menu.data.menu_items as Array<{ id: number }>).map((m) => m.id);
  }
}
