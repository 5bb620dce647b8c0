import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type pg from 'pg';

/**
 * The benchmark's unit of work: a validate-order event for a freshly placed order, as
 * API Gateway would hand it to the Lambda handler (one transaction: claim the event,
 * lock the order, read its lines, write the prices, the total and the status).
 */
export async function placeOrders(sql: pg.Pool, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await sql.query(
    `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address)
     SELECT id, '00000000-0000-4000-8000-00000000a11c', 2, '1 Benchmark Road' FROM unnest($1::uuid[]) AS id`,
    [ids],
  );
  await sql.query(
    `INSERT INTO order_items (order_id, menu_item_id, quantity)
     SELECT o.id, mi.id, 2 FROM unnest($1::uuid[]) AS o(id)
     CROSS JOIN (SELECT id FROM menu_items WHERE name IN ('Tonkotsu ramen', 'Miso soup')) mi`,
    [ids],
  );
  return ids;
}

export function validateOrderRequest(orderId: string, secret: string): APIGatewayProxyEventV2 {
  const body = JSON.stringify({
    id: randomUUID(),
    created_at: new Date().toISOString().replace('Z', ''),
    table: { schema: 'public', name: 'orders' },
    trigger: { name: 'validate-order' },
    event: { op: 'INSERT', data: { old: null, new: { id: orderId, status: 'placed' } }, session_variables: null },
    delivery_info: { current_retry: 0, max_retries: 5 },
  });
  const now = new Date();
  return {
    version: '2.0',
    routeKey: 'POST /validate-order',
    rawPath: '/validate-order',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'x-webhook-secret': secret },
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: 'POST', path: '/validate-order', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'hasura-graphql-engine' },
      requestId: randomUUID(),
      routeKey: 'POST /validate-order',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}
