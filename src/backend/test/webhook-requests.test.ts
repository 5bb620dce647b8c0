import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, startFunctionsUnderTest, WEBHOOK_SECRET, type FunctionsUnderTest } from './helpers/functions.js';
import { startFunctionsServer } from '../src/localDevelopment.js';
import { backendConfigFromEnv } from '../src/shared/config.js';
import { hasuraEvent, rowOf } from './helpers/events.js';
import { orderStatus, placeOrder } from './helpers/orders.js';

let t: FunctionsUnderTest;
let orderId: string;
let validEvent: ReturnType<typeof hasuraEvent>;
beforeAll(async () => {
  t = await startFunctionsUnderTest({ FUNCTIONS_MAX_BODY_BYTES: '20000' });
  orderId = await placeOrder(t.sql, 2, [['Edamame', 1]]);
  validEvent = hasuraEvent({ trigger: 'validate-order', table: 'orders', op: 'INSERT', newRow: await rowOf(t.sql, 'orders', orderId) });
});
afterAll(async () => {
  await t?.close();
});

const EVENT_PATHS = ['/validate-order', '/payment', '/tip-payment', '/restaurant-approval', '/agent-assignment', '/schedule-order'];

describe('what every event function refuses', () => {
  it.each(EVENT_PATHS)('%s answers 401 without the shared secret, and changes nothing', async (path) => {
    const missing = await deliver(t.server, path, validEvent, { secret: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: 'unauthorized', message: 'the x-webhook-secret header is missing' });
    const wrong = await deliver(t.server, path, validEvent, { secret: 'guess' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('the x-webhook-secret header does not match');
    expect(await orderStatus(t.sql, orderId)).toBe('placed');
  });

  it('answers 400 with the reason for a body that is not JSON', async () => {
    const response = await deliver(t.server, '/validate-order', null, { rawBody: '{"id": ' });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid-payload');
    expect(response.body.message).toMatch(/^the request body is not valid JSON/);
  });

  it('answers 400 naming the missing fields of a payload that is not a Hasura event', async () => {
    const response = await deliver(t.server, '/payment', { order_id: orderId });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^not a Hasura event payload: /);
    expect(response.body.message).toContain('id:');
    expect(response.body.message).toContain('trigger:');
    expect(response.body.message).toContain('event:');
  });

  it('answers 400 for an event about another table', async () => {
    const response = await deliver(t.server, '/payment', validEvent);
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('this function handles events on public.payments, not on public.orders');
  });

  it('answers 400 when the row lacks the id the function needs', async () => {
    const event = hasuraEvent({ trigger: 'validate-order', table: 'orders', op: 'INSERT', newRow: { id: 'not-a-uuid' } });
    const response = await deliver(t.server, '/validate-order', event);
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('event.data.new.id: id must be the order uuid');
  });

  it('answers 400 for an UPDATE event without the old row', async () => {
    const row = await rowOf(t.sql, 'orders', orderId);
    const event = hasuraEvent({ trigger: 'agent-assignment', table: 'orders', op: 'UPDATE', newRow: row, oldRow: null });
    const response = await deliver(t.server, '/agent-assignment', event);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^event\.data\.old: /);
  });

  it('answers 400 for an operation the trigger never sends', async () => {
    const event = { ...validEvent, event: { ...validEvent.event, op: 'DELETE' } };
    const response = await deliver(t.server, '/validate-order', event);
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('this function handles INSERT/MANUAL events, not DELETE');
  });

  it('answers 405 to anything but POST', async () => {
    const response = await fetch(`${t.server.url}/payment`, { headers: { 'x-webhook-secret': 'x' } });
    expect(response.status).toBe(405);
  });

  it('answers 413 for a body over the limit and 404 for an unknown path', async () => {
    const big = await deliver(t.server, '/validate-order', { padding: 'x'.repeat(30_000) });
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('payload-too-large');
    const unknown = await deliver(t.server, '/nope', validEvent);
    expect(unknown.status).toBe(404);
  });

  it('serves /healthz', async () => {
    const response = await fetch(`${t.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('OK');
  });

  it('answers 500 so Hasura retries when the database is unreachable', async () => {
    const broken = await startFunctionsServer(
      backendConfigFromEnv({ DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:1/nowhere', EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET, FUNCTIONS_PORT: '0', LOG_LEVEL: 'silent' }),
    );
    try {
      const response = await deliver(broken, '/validate-order', validEvent);
      expect(response.status).toBe(500);
      expect(response.body.error).toBe('internal-error');
    } finally {
      await broken.close();
    }
  });
});
