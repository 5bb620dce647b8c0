import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { metadataWith, scalar, startEvents, testConfig, trigger, waitUntil, type RunningEvents } from './helpers/events-fixture.js';
import { CLAIM_APPLICATION_NAME } from '../../src/events/service.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/**
 * NOTIFY wakes the processor: with polling set to a minute, events still go out at once,
 * also when written through pgBouncer in transaction mode (as the functions write), and
 * again after the LISTEN connection is killed and re-established.
 */
describe('NOTIFY wake-up', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let bouncer: pg.Pool;
  let webhook: WebhookServer;
  let events: RunningEvents;

  const listenerPid = () =>
    scalar<number | undefined>(pool, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`);

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    bouncer = new pg.Pool({ connectionString: db.pgbouncerUrl });
    await pool.query(`CREATE TABLE public.pings (id int PRIMARY KEY)`);
    webhook = await startWebhookServer();
    events = await startEvents(
      pool,
      testConfig(db.url, { fetchIntervalMs: 60_000, notify: true }),
      metadataWith([
        { table: { schema: 'public', name: 'pings' }, triggers: [trigger('pings', `${webhook.url}/pings`, { definition: { enable_manual: false, insert: { columns: '*' } } })] },
      ]),
    );
    await waitUntil(async () => (await listenerPid()) !== undefined, 'LISTEN connection');
  });

  afterAll(async () => {
    await events?.service.stop();
    await webhook?.close();
    await bouncer?.end();
    await pool?.end();
    await db?.drop();
  });

  const delivered = (id: number) => (rs: typeof webhook.requests) => rs.some((r) => r.body?.event?.data?.new?.id === id);

  it('delivers a commit made through pgBouncer without waiting for a poll', async () => {
    await bouncer.query(`INSERT INTO public.pings VALUES (1)`);
    await webhook.waitFor(delivered(1), 20_000);
  });

  it('reconnects the LISTEN connection after it is killed and keeps waking the processor', async () => {
    const before = await listenerPid();
    expect(await scalar<boolean>(pool, `SELECT pg_terminate_backend($1)`, [before])).toBe(true);
    await waitUntil(async () => {
      const now = await listenerPid();
      return now !== undefined && now !== before;
    }, 'a new LISTEN connection');
    await bouncer.query(`INSERT INTO public.pings VALUES (2)`);
    await webhook.waitFor(delivered(2), 20_000);
    expect(events.logs.some((l) => l.stage === 'listen' && l.level === 'error')).toBe(true);
  });

  it('claims on a new connection after its claim connection is killed, without waiting for a poll', async () => {
    const claimPid = () =>
      scalar<number | undefined>(pool, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [CLAIM_APPLICATION_NAME]);
    const before = await claimPid();
    expect(before).toEqual(expect.any(Number));
    expect(await scalar<boolean>(pool, `SELECT pg_terminate_backend($1)`, [before])).toBe(true);
    await bouncer.query(`INSERT INTO public.pings VALUES (3)`);
    await webhook.waitFor(delivered(3), 20_000);
    expect(await claimPid()).not.toBe(before);
  });
});
