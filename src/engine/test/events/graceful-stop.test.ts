import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { metadataWith, scalar, startEvents, testConfig, trigger, waitUntil } from './helpers/events-fixture.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/** stop(): no new claims, in-flight deliveries finish within the bound, the rest are unlocked. */
describe('graceful stop', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let mode: 'hang' | 'slow' | 'ok' = 'hang';
  const metadata = () =>
    metadataWith([
      {
        table: { schema: 'public', name: 'jobs' },
        triggers: [
          trigger('jobs', `${webhook.url}/jobs`, {
            definition: { enable_manual: false, insert: { columns: '*' } },
            retry_conf: { num_retries: 0, interval_sec: 1, timeout_sec: 60 },
          }),
        ],
      },
    ]);

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    await pool.query(`CREATE TABLE public.jobs (id int PRIMARY KEY)`);
    webhook = await startWebhookServer(() => (mode === 'hang' ? { hang: true } : mode === 'slow' ? { delayMs: 200 } : {}));
  });

  afterAll(async () => {
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  it('unlocks deliveries still running at the shutdown deadline without counting an attempt', async () => {
    const events = await startEvents(pool, testConfig(db.url, { shutdownTimeoutSec: 0.2 }), metadata());
    await pool.query(`INSERT INTO public.jobs SELECT g FROM generate_series(1, 3) g`);
    await webhook.waitFor((rs) => rs.length === 3);
    await events.service.stop();
    const { rows } = await pool.query(`SELECT locked, tries, delivered FROM hdb_catalog.event_log`);
    expect(rows).toEqual([0, 1, 2].map(() => ({ locked: null, tries: 0, delivered: false })));
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_invocation_logs`)).toBe(0);

    // Unlocked, not leased: the next processor takes them at once.
    mode = 'slow';
    const next = await startEvents(pool, testConfig(db.url, { shutdownTimeoutSec: 30 }), metadata());
    await webhook.waitFor((rs) => rs.length === 6);
    // These three are in flight (200 ms each) and finish inside the bound: stop waits and records them.
    await next.service.stop();
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE delivered AND tries = 1 AND locked IS NULL`)).toBe(3);
  });

  it('claims nothing after stop', async () => {
    mode = 'ok';
    const events = await startEvents(pool, testConfig(db.url), metadata());
    await events.service.stop();
    const before = webhook.requests.length;
    await pool.query(`INSERT INTO public.jobs VALUES (100)`);
    // Had the stopped processor claimed it, the row would stay locked for the lease (61 s)
    // and the probe could not deliver it in time; delivered once, by the probe.
    const probe = await startEvents(pool, testConfig(db.url), metadata());
    await waitUntil(
      async () => (await scalar<boolean>(pool, `SELECT delivered FROM hdb_catalog.event_log WHERE payload->'data'->'new'->>'id' = '100'`)) === true,
      'probe delivered',
    );
    await probe.service.stop();
    const forHundred = webhook.requests.slice(before).filter((r) => r.body.event.data.new.id === 100);
    expect(forHundred).toHaveLength(1);
    expect(forHundred[0]!.headers['user-agent']).toBeDefined();
  });
});
