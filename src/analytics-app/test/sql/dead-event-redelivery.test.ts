import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import { metadataUrlFor, redeliverEvent } from '../../src/event-health/redeliver.js';
import { ALICE } from './order-timeline.js';

/**
 * The dashboard's way out for a dead event, against the real engine: the analyst sees it
 * in analytics_dead_events, the operator redelivers it with the admin secret through
 * pg_redeliver_event, and the engine delivers it again to the (real, local) webhook.
 */
const ADMIN_SECRET = 'dashboard-admin-secret';
let db: TestDatabase;
let sql: pg.Pool;
let engine: RunningEngine;
let webhook: Server;
let webhookUp = false;
const delivered: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase('app');
  sql = new pg.Pool({ connectionString: db.url, max: 2 });
  webhook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
      if (!webhookUp) return res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"down for maintenance"}');
      delivered.push(body.id);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"applied"}');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: db.url,
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
      ACTION_BASE_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}`,
      EVENT_WEBHOOK_SECRET: 'unused-here',
    }),
    { logger: silentLogger() },
  );
});

afterAll(async () => {
  await engine?.stop();
  await new Promise((resolve) => webhook?.close(resolve));
  await sql?.end();
  await db?.drop();
});

describe('redelivering a dead event from the dashboard', () => {
  it('lists the dead event with its order, redelivers it through pg_redeliver_event, and it leaves the list once delivered', { timeout: 60_000 }, async () => {
    const { rows } = await sql.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE]);
    const orderId = rows[0]!.id;
    const eventOf = async () =>
      (
        await sql.query<{ id: string; tries: number; error: boolean; delivered: boolean }>(
          `SELECT id, tries, error, delivered FROM hdb_catalog.event_log WHERE trigger_name = 'validate-order' AND payload->'data'->'new'->>'id' = $1`,
          [orderId],
        )
      ).rows[0];
    await waitFor(async () => ((await eventOf())?.tries ?? 0) > 0, { timeoutMs: 20_000, what: 'the first failed delivery' });
    // What the engine does when the retry budget is spent: the event is an error and is not tried again.
    const eventId = (await eventOf())!.id;
    await sql.query('UPDATE hdb_catalog.event_log SET error = true, next_retry_at = NULL WHERE id = $1', [eventId]);

    const dead = (await sql.query('SELECT event_id, trigger_name, order_id, last_error_status FROM analytics_dead_events')).rows;
    expect(dead).toEqual([{ event_id: eventId, trigger_name: 'validate-order', order_id: orderId, last_error_status: 500 }]);

    const metadataUrl = metadataUrlFor(`${engine.url}/v1/graphql`);
    await expect(redeliverEvent(metadataUrl, 'not-the-secret', eventId)).rejects.toThrow('The admin secret was not accepted.');
    expect((await eventOf())!.error).toBe(true);

    webhookUp = true;
    await redeliverEvent(metadataUrl, ADMIN_SECRET, eventId);
    await waitFor(async () => (await eventOf())!.delivered, { timeoutMs: 20_000, what: 'the redelivered event' });
    expect(delivered).toEqual([eventId]);
    expect((await sql.query('SELECT 1 FROM analytics_dead_events')).rowCount).toBe(0);
  });
});
