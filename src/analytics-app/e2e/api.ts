import { randomUUID } from 'node:crypto';
import { ORDER_STATUS, PAY, PLACE_ORDER } from './driver-documents.js';

/** What a real client does over HTTP: sign up with the auth function, then GraphQL. */
export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; path?: string } }[];
}

export async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

export async function signUp(functionsUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${functionsUrl}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`signup failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export async function logIn(functionsUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${functionsUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`login failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export class Customer {
  constructor(
    private readonly graphqlUrl: string,
    readonly token: string,
  ) {}

  private async run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await graphql<T>(this.graphqlUrl, query, variables, { authorization: `Bearer ${this.token}` });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** One nested insert of the order and its items, with a client-generated id. */
  async placeOrder(restaurantId: number, items: { menu_item_id: number; quantity: number }[]): Promise<string> {
    const id = randomUUID();
    await this.run(PLACE_ORDER, {
      order: { id, restaurant_id: restaurantId, delivery_address: '12 Harbour Street', items: { data: items } },
    });
    return id;
  }

  async status(orderId: string): Promise<string | undefined> {
    const data = await this.run<{ orders_by_pk: { status: string } | null }>(ORDER_STATUS, { id: orderId });
    return data.orders_by_pk?.status;
  }

  async pay(orderId: string, token: 'tok_visa' | 'tok_chargeDeclined'): Promise<void> {
    await this.run(PAY, {
      p: { id: randomUUID(), order_id: orderId, payment_token: token, card_last4: token === 'tok_visa' ? '4242' : '0002' },
    });
  }
}
