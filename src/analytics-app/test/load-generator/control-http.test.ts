import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJwtSecret } from '../../load-generator/config.js';
import { createControlHandler } from '../../load-generator/control-http.js';
import { seededRandom } from '../../load-generator/random.js';
import { SimulationRunner } from '../../load-generator/runner.js';
import { Simulation } from '../../load-generator/simulation.js';
import { FakeWorld } from './fake-world.js';

const jwt = parseJwtSecret('{"type":"HS256","key":"dev-jwt-secret-change-me-0123456789abcdef"}')!;

async function token(role: string, key = jwt.key): Promise<string> {
  return new SignJWT({
    'https://hasura.io/jwt/claims': { 'x-hasura-user-id': 'u1', 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role] },
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u1')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(key));
}

describe('load generator HTTP control', () => {
  let server: Server;
  let base: string;
  let runner: SimulationRunner;
  const world = new FakeWorld();

  beforeAll(async () => {
    runner = new SimulationRunner(new Simulation(world, seededRandom(5), 0));
    const handle = createControlHandler(runner, jwt);
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    runner.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const call = async (method: string, path: string, auth?: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: response.status === 204 ? undefined : await response.json(), headers: response.headers };
  };

  it('refuses requests without an analyst token', async () => {
    expect(await call('GET', '/status')).toMatchObject({ status: 401, body: { error: 'send the analyst token as Authorization: Bearer <token>' } });
    expect(await call('GET', '/status', await token('customer'))).toMatchObject({ status: 403, body: { error: 'the load generator is for the analyst role' } });
    expect(await call('GET', '/status', await token('analyst', 'another-key-another-key-another-key!'))).toMatchObject({ status: 401 });
    expect(world.calls).toEqual([]);
  });

  it('answers CORS preflights and names its routes', async () => {
    const preflight = await call('OPTIONS', '/start');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(await call('GET', '/nope', await token('analyst'))).toMatchObject({ status: 404 });
  });

  it('starts, reports and stops the simulation for an analyst', async () => {
    const analyst = await token('analyst');
    expect(await call('GET', '/status', analyst)).toMatchObject({ status: 200, body: { running: false, placed: 0 } });
    expect(await call('POST', '/start', analyst, { ordersPerMinute: 0, customers: 2 })).toMatchObject({
      status: 400,
      body: { error: 'ordersPerMinute must be a whole number from 1 to 600' },
    });
    expect(await call('POST', '/start', analyst, '{not json')).toMatchObject({ status: 400, body: { error: 'request body is not JSON' } });
    const started = await call('POST', '/start', analyst, { ordersPerMinute: 600, customers: 2 });
    expect(started).toMatchObject({ status: 200, body: { running: true, ordersPerMinute: 600, customers: 2 } });
    expect(world.preparedCustomers).toBe(2);
    // The runner's timer places orders in the background: wait until one is placed.
    await expect.poll(async () => (await call('GET', '/status', analyst)).body.placed, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await call('POST', '/stop', analyst)).toMatchObject({ status: 200, body: { running: false } });
  });
});
