import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { metadataWith, scalar, trigger, waitUntil } from './helpers/events-fixture.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';
import { startChildProcessor, type ChildProcessor } from './helpers/child-processor.js';
import { syncEventTriggers } from '../../src/events/index.js';

/**
 * Processors in separate OS processes: one killed with SIGKILL while holding 200 events,
 * and two delivering 1,000 events side by side.
 */
describe('events across processes', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let holding = true;
  const children: ChildProcessor[] = [];

  const metadata = () =>
    metadataWith([
      {
        table: { schema: 'public', name: 'crash_items' },
        // timeout_sec 5 + lease margin 1: a dead processor's claims come back after 6 s.
        triggers: [
          trigger('crash', `WEBHOOK/crash`, { definition: { enable_manual: false, insert: { columns: '*' } }, retry_conf: { num_retries: 0, interval_sec: 1, timeout_sec: 5 } }),
        ],
      },
      {
        table: { schema: 'public', name: 'shared_items' },
        triggers: [
          trigger('shared', `WEBHOOK/shared`, {
            definition: { enable_manual: false, insert: { columns: '*' } },
            headers: [{ name: 'X-Processor', value_from_env: 'PROCESSOR_NAME' }],
          }),
        ],
      },
    ]);

  function withWebhook() {
    return JSON.parse(JSON.stringify(metadata()).replaceAll('WEBHOOK', webhook.url));
  }

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    await pool.query(`CREATE TABLE public.crash_items (id int PRIMARY KEY); CREATE TABLE public.shared_items (id int PRIMARY KEY);`);
    webhook = await startWebhookServer((request) => (request.path === '/crash' && holding ? { hang: true } : { status: 200 }));
    await syncEventTriggers(pool, withWebhook());
  });

  afterAll(async () => {
    for (const c of children) c.child.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  it('delivers all 200 events a killed processor held, after the lease', async () => {
    const first = await startChildProcessor({ databaseUrl: db.url, metadata: withWebhook(), events: { httpPoolSize: 200, fetchBatchSize: 100 } });
    children.push(first);
    await pool.query(`INSERT INTO public.crash_items SELECT g FROM generate_series(1, 200) g`);
    const crashIds = (rs: typeof webhook.requests) => new Set(rs.filter((r) => r.path === '/crash').map((r) => r.body.id));
    await webhook.waitFor((rs) => crashIds(rs).size === 200);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'crash' AND locked IS NOT NULL AND NOT delivered`)).toBe(200);

    holding = false;
    const answeredBefore = webhook.requests.length;
    const second = await startChildProcessor({ databaseUrl: db.url, metadata: withWebhook() });
    children.push(second);
    await waitUntil(
      async () => (await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'crash' AND delivered`)) === 200,
      '200 crash events delivered',
    );
    const redelivered = webhook.requests.slice(answeredBefore).filter((r) => r.path === '/crash');
    expect(new Set(redelivered.map((r) => r.body.id)).size).toBe(200);
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'crash' AND (error OR tries <> 1)`)).toBe(0);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('two processors deliver 1,000 events, each exactly once', async () => {
    const small = { httpPoolSize: 16, fetchBatchSize: 16 };
    const a = await startChildProcessor({ databaseUrl: db.url, metadata: withWebhook(), events: small, env: { PROCESSOR_NAME: 'a' } });
    const b = await startChildProcessor({ databaseUrl: db.url, metadata: withWebhook(), events: small, env: { PROCESSOR_NAME: 'b' } });
    children.push(a, b);
    for (let batch = 0; batch < 10; batch++) {
      await pool.query(`INSERT INTO public.shared_items SELECT g FROM generate_series($1::int, $2::int) g`, [batch * 100 + 1, batch * 100 + 100]);
    }
    await waitUntil(
      async () => (await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_log WHERE trigger_name = 'shared' AND delivered`)) === 1000,
      '1000 shared events delivered',
    );
    const shared = webhook.requests.filter((r) => r.path === '/shared');
    expect(shared).toHaveLength(1000);
    expect(new Set(shared.map((r) => r.body.id)).size).toBe(1000);
    expect(new Set(shared.map((r) => r.body.event.data.new.id)).size).toBe(1000);
    const byProcessor = new Map<string, number>();
    for (const r of shared) byProcessor.set(String(r.headers['x-processor']), (byProcessor.get(String(r.headers['x-processor'])) ?? 0) + 1);
    expect([...byProcessor.keys()].sort()).toEqual(['a', 'b']);
    expect(await scalar<number>(pool, `SELECT count(*)::int FROM hdb_catalog.event_invocation_logs WHERE trigger_name = 'shared'`)).toBe(1000);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
  });
});
