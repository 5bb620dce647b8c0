import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { deliver, WEBHOOK_SECRET } from './helpers/functions.js';
import { hasuraEvent, rowOf } from './helpers/events.js';
import { insertPayment, orderStatus, validatedOrder } from './helpers/orders.js';

let db: TestDatabase;
let sql: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase('app');
  sql = new pg.Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await sql?.end();
  await db?.drop();
});

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`localDevelopment exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('localDevelopment.ts as npm start runs it', () => {
  it('serves on FUNCTIONS_PORT, and on SIGTERM finishes the request in flight before exiting 0', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'src/backend/src/localDevelopment.ts')], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        FUNCTIONS_PORT: String(port),
        DATABASE_URL: db.pgbouncerUrl,
        EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
        LOG_LEVEL: 'debug',
        // A slow gateway keeps the payment in flight while the signal arrives.
        PAYMENT_GATEWAY_LATENCY_MS: '800',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const done = exited(child);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, child, () => output);

    const orderId = await validatedOrder(sql, 2, [['Edamame', 2]]);
    const paymentId = await insertPayment(sql, orderId, 'tok_visa');
    const event = hasuraEvent({ trigger: 'payment', table: 'payments', op: 'INSERT', newRow: await rowOf(sql, 'payments', paymentId) });
    const inFlight = deliver({ url }, '/payment', event);
    // SIGTERM once the handler has the event (its debug line), while the charge is still running.
    await new Promise<void>((resolve) => {
      const check = () => {
        if (output.includes('"msg":"event received"')) {
          child.stdout!.off('data', check);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      check();
    });
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'applied', orderStatus: 'paid' });
    expect(await done).toEqual({ code: 0, signal: null });
    expect(await orderStatus(sql, orderId)).toBe('paid');
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'card charged')).toMatchObject({ eventId: event.id, trigger: 'payment', function: 'payment' });
    expect(lines.some((l) => l.msg === 'stopping: finishing requests in flight')).toBe(true);
  });
});
