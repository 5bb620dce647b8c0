import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { startWebhookServer, type WebhookServer } from '../events/helpers/webhook-server.js';
import { scalar, waitUntil } from '../events/helpers/events-fixture.js';
import { metadataCall, startEngineProcess, type EngineProcess } from './helpers/engine-process.js';

/**
 * Engines as separate OS processes: one killed with SIGKILL while it holds due events and
 * with more falling due while no engine runs, then restarted (none lost); two engines on one
 * database (each event delivered once, cron events generated once).
 */
describe('scheduled events across engine processes', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let holding = true;
  const engines: EngineProcess[] = [];

  const env = (name: string) => ({
    HASURA_GRAPHQL_DATABASE_URL: db.url,
    HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
    HASURA_GRAPHQL_ENABLED_LOG_TYPES: 'startup',
    // A dead engine's claims come back after timeout_seconds + 1 s.
    ENGINE_SCHEDULED_EVENTS_LEASE_MARGIN_SEC: '1',
    ENGINE_SCHEDULED_EVENTS_FETCH_INTERVAL: '1000',
    HASURA_GRAPHQL_SCHEDULED_EVENTS_FETCH_BATCH_SIZE: '20',
    HASURA_GRAPHQL_EVENTS_HTTP_POOL_SIZE: '20',
    ENGINE_NAME: name,
    WEBHOOK: webhook.url,
  });
  const start = async (name: string) => {
    const engine = await startEngineProcess(env(name));
    engines.push(engine);
    return engine;
  };
  const oneOff = (engine: EngineProcess, path: string, at: number, n: number, timeoutSeconds = 60) =>
    metadataCall(engine.url, 'create_scheduled_event', {
      webhook: `{{WEBHOOK}}${path}`,
      schedule_at: new Date(at).toISOString(),
      payload: { n },
      headers: [{ name: 'X-Engine', value_from_env: 'ENGINE_NAME' }],
      retry_conf: { timeout_seconds: timeoutSeconds },
    });

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    // /shared answers slowly, so neither engine can take every event alone (20 held at a time).
    webhook = await startWebhookServer((request) =>
      request.path === '/crash' && holding ? { hang: true } : request.path === '/shared' ? { status: 200, delayMs: 100 } : { status: 200 },
    );
  });

  afterAll(async () => {
    for (const engine of engines) engine.child.kill('SIGKILL');
    await Promise.all(engines.map((e) => e.exited));
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  it('loses no event across a kill -9: held events are redelivered, events due meanwhile are delivered', async () => {
    const first = await start('first');
    // All held events fall due at one instant, so they are claimed together and all reach the
    // webhook well within their 5 s timeout; the later ones fall due after the kill.
    const dueAt = Date.now() + 3_000;
    const held: string[] = [];
    for (let n = 0; n < 20; n++) held.push((await oneOff(first, '/crash', dueAt, n, 5)).body.event_id);
    const later: string[] = [];
    for (let n = 0; n < 20; n++) later.push((await oneOff(first, '/later', dueAt + 6_000, n)).body.event_id);
    const crashIds = () => new Set(webhook.requests.filter((r) => r.path === '/crash').map((r) => r.body.id));
    await webhook.waitFor(() => crashIds().size === 20);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_events WHERE id = ANY($1) AND status = 'locked'`, [held])).toBe(20);
    expect(webhook.requests.filter((r) => r.path === '/later')).toHaveLength(0);
    // The later events fall due while no engine runs.
    await waitUntil(
      async () => (await scalar(pool, `SELECT bool_and(scheduled_time < now()) FROM hdb_catalog.hdb_scheduled_events WHERE id = ANY($1)`, [later])) === true,
      'later events due',
    );

    holding = false;
    const answeredBefore = webhook.requests.length;
    await start('second');
    await waitUntil(
      async () => (await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_events WHERE id = ANY($1) AND status = 'delivered'`, [[...held, ...later]])) === 40,
      '40 events delivered',
    );
    const after = webhook.requests.slice(answeredBefore);
    expect(new Set(after.filter((r) => r.path === '/crash').map((r) => r.body.id))).toEqual(new Set(held));
    expect(new Set(after.filter((r) => r.path === '/later').map((r) => r.body.id))).toEqual(new Set(later));
    expect(after.every((r) => r.headers['x-engine'] === 'second')).toBe(true);
    // Each held event was tried once by the dead engine (no outcome written) and once after.
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_events WHERE id = ANY($1) AND tries <> 1`, [[...held, ...later]])).toBe(0);
  });

  it('two engines on one database deliver each event once and generate cron events once', async () => {
    const a = engines.at(-1)!;
    const b = await start('third');
    const ids: string[] = [];
    const dueAt = Date.now() + 3_000;
    for (let n = 0; n < 200; n++) ids.push((await oneOff(n % 2 === 0 ? a : b, '/shared', dueAt, n)).body.event_id);
    await waitUntil(
      async () => (await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_scheduled_events WHERE id = ANY($1) AND status = 'delivered'`, [ids])) === 200,
      '200 events delivered',
    );
    const shared = webhook.requests.filter((r) => r.path === '/shared');
    expect(shared).toHaveLength(200);
    expect(new Set(shared.map((r) => r.body.id)).size).toBe(200);
    const byEngine = new Set(shared.map((r) => r.headers['x-engine']));
    expect(byEngine).toEqual(new Set(['second', 'third']));

    // Yearly: no event of the trigger falls due during the test. (Every five minutes, one could,
    // leaving 99 upcoming, and the generator would rightly add the next 100.)
    await metadataCall(a.url, 'create_cron_trigger', { name: 'both', webhook: '{{WEBHOOK}}/cron', schedule: '0 0 1 1 *', include_in_metadata: true });
    // The other engine picks the trigger up through schema sync and runs its own generator.
    await waitUntil(async () => (await metadataCall(b.url, 'get_cron_triggers', {})).body.cron_triggers.length === 1, 'trigger synced');
    await metadataCall(b.url, 'create_cron_trigger', { name: 'both', webhook: '{{WEBHOOK}}/cron', schedule: '0 0 1 1 *', include_in_metadata: true, replace: true });
    expect(await scalar(pool, `SELECT count(*)::int FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'both'`)).toBe(100);
    expect(await scalar(pool, `SELECT count(DISTINCT scheduled_time)::int FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'both'`)).toBe(100);
  });
});
