import { afterAll, beforeAll, describe, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';
import { metadataWith, startEvents, testConfig, trigger, type RunningEvents } from './helpers/events-fixture.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/**
 * The claim runs on a connection of its own, as a named statement where the source allows
 * prepared statements. Both ways deliver every event: straight to Postgres with prepared
 * statements on (the statement is prepared once and run for each batch), and through pgBouncer
 * in transaction mode with them off, as a source behind a pooler is configured (the claim is
 * then unnamed, and the pooler drops the connection's planner options).
 */
describe('the claim connection', () => {
  let db: TestDatabase;
  let webhook: WebhookServer;
  const running: { events: RunningEvents; pool: pg.Pool }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    const setup = new pg.Pool({ connectionString: db.url, max: 1 });
    await setup.query(`CREATE TABLE public.direct_pings (id int PRIMARY KEY); CREATE TABLE public.pooled_pings (id int PRIMARY KEY)`);
    await setup.end();
    webhook = await startWebhookServer();
  });

  afterAll(async () => {
    for (const { events, pool } of running) {
      await events.service.stop();
      await pool.end();
    }
    await webhook?.close();
    await db?.drop();
  });

  const pings = (table: string, prepared: boolean): HasuraMetadata => {
    const metadata = metadataWith([
      { table: { schema: 'public', name: table }, triggers: [trigger(table, `${webhook.url}/${table}`, { definition: { enable_manual: false, insert: { columns: '*' } } })] },
    ]);
    metadata.sources[0]!.configuration!.connection_info!.use_prepared_statements = prepared;
    return metadata;
  };

  async function deliversAll(url: string, table: string, prepared: boolean): Promise<void> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // Polling only: LISTEN needs a session, which pgBouncer in transaction mode does not keep.
    const events = await startEvents(pool, testConfig(db.url, { fetchIntervalMs: 50, notify: false }), pings(table, prepared));
    running.push({ events, pool });
    // In several commits, so the claim runs many times on its connection.
    for (let batch = 0; batch < 5; batch++) {
      await pool.query(`INSERT INTO public.${table} SELECT g FROM generate_series($1::int, $1::int + 9) g`, [batch * 10 + 1]);
      await new Promise((r) => setTimeout(r, 120));
    }
    await webhook.waitFor((requests) => new Set(requests.filter((r) => r.body?.trigger?.name === table).map((r) => r.body?.event?.data?.new?.id)).size === 50, 20_000);
  }

  it('straight to Postgres, with prepared statements: every event delivered', async () => {
    await deliversAll(db.url, 'direct_pings', true);
  });

  it('through pgBouncer in transaction mode, with prepared statements off: every event delivered', async () => {
    await deliversAll(db.pgbouncerUrl, 'pooled_pings', false);
  });
});
