import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { metadataWith, startEvents, testConfig, trigger, waitUntil, type RunningEvents } from './helpers/events-fixture.js';
import { startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

/** retry_conf, Retry-After, timeouts and headers, as Hasura treats them. */
describe('event retries, timeouts and headers', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let webhook: WebhookServer;
  let events: RunningEvents;
  let refusedUrl: string;
  const retryAfterCalls = new Map<string, number>();

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    const tables = ['t_fail', 't_retry_after', 't_bad_retry_after', 't_timeout', 't_headers', 't_missing_env', 't_refused'];
    await pool.query(tables.map((t) => `CREATE TABLE public.${t} (id int PRIMARY KEY, note text);`).join('\n'));
    webhook = await startWebhookServer((request) => {
      if (request.path === '/fail') return { status: 500, body: 'failed on purpose' };
      if (request.path === '/retry-after') {
        const seen = (retryAfterCalls.get(request.body.id) ?? 0) + 1;
        retryAfterCalls.set(request.body.id, seen);
        return seen === 1 ? { status: 503, headers: { 'Retry-After': '1' }, body: 'busy' } : { status: 200 };
      }
      if (request.path === '/bad-retry-after') return { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } };
      if (request.path === '/hang') return { hang: true };
      return { status: 200 };
    });
    refusedUrl = `http://127.0.0.1:${await freePort()}/nobody-listens`;
    const env = { EVENT_WEBHOOK_HANDLER: `${webhook.url}/headers`, EVENT_WEBHOOK_HEADER: 'MyEnvValue' };
    const table = (name: string) => ({ schema: 'public', name });
    const insertOnly = { enable_manual: false, insert: { columns: '*' as const } };
    events = await startEvents(
      pool,
      testConfig(db.url, {}, env),
      metadataWith([
        { table: table('t_fail'), triggers: [trigger('fail', `${webhook.url}/fail`, { definition: insertOnly, retry_conf: { num_retries: 3, interval_sec: 0 } })] },
        {
          table: table('t_retry_after'),
          triggers: [trigger('retry_after', `${webhook.url}/retry-after`, { definition: insertOnly, retry_conf: { num_retries: 0, interval_sec: 100 } })],
        },
        { table: table('t_bad_retry_after'), triggers: [trigger('bad_retry_after', `${webhook.url}/bad-retry-after`, { definition: insertOnly })] },
        {
          table: table('t_timeout'),
          triggers: [trigger('timeout', `${webhook.url}/hang`, { definition: insertOnly, retry_conf: { num_retries: 1, interval_sec: 0, timeout_sec: 1 } })],
        },
        {
          table: table('t_headers'),
          triggers: [
            {
              name: 'headers',
              definition: insertOnly,
              retry_conf: { num_retries: 0, interval_sec: 10 },
              webhook_from_env: 'EVENT_WEBHOOK_HANDLER',
              headers: [
                { name: 'X-Header-From-Value', value: 'MyValue' },
                { name: 'X-Header-From-Env', value_from_env: 'EVENT_WEBHOOK_HEADER' },
                { name: 'Content-Type', value: 'text/plain' },
              ],
            },
          ],
        },
        { table: table('t_missing_env'), triggers: [trigger('missing_env', '{{NOT_SET_ANYWHERE}}/x', { definition: insertOnly })] },
        { table: table('t_refused'), triggers: [trigger('refused', refusedUrl, { definition: insertOnly })] },
      ]),
    );
  });

  afterAll(async () => {
    await events?.service.stop();
    await webhook?.close();
    await pool?.end();
    await db?.drop();
  });

  async function settled(triggerName: string) {
    await waitUntil(async () => {
      const { rows } = await pool.query(`SELECT delivered OR error AS done FROM hdb_catalog.event_log WHERE trigger_name = $1`, [triggerName]);
      return rows.length > 0 && rows.every((r) => r.done);
    }, `${triggerName} events settled`);
    const { rows } = await pool.query(
      `SELECT e.id, e.delivered, e.error, e.tries,
              coalesce(json_agg(json_build_object('status', i.status, 'response', i.response, 'request', i.request) ORDER BY i.created_at, i.id)
                       FILTER (WHERE i.id IS NOT NULL), '[]') AS attempts
       FROM hdb_catalog.event_log e LEFT JOIN hdb_catalog.event_invocation_logs i ON i.event_id = e.id
       WHERE e.trigger_name = $1 GROUP BY e.id`,
      [triggerName],
    );
    return rows[0] as { id: string; delivered: boolean; error: boolean; tries: number; attempts: { status: number | null; response: any; request: any }[] };
  }

  it('makes num_retries + 1 attempts with current_retry 0..n, then marks the event as an error', async () => {
    await pool.query(`INSERT INTO public.t_fail VALUES (1, 'fail')`);
    const event = await settled('fail');
    const seen = webhook.requests.filter((r) => r.path === '/fail');
    expect(seen.map((r) => r.body.delivery_info)).toEqual([0, 1, 2, 3].map((n) => ({ max_retries: 3, current_retry: n })));
    expect(event).toMatchObject({ delivered: false, error: true, tries: 4 });
    expect(event.attempts).toHaveLength(4);
    for (const attempt of event.attempts) {
      expect(attempt.status).toBe(500);
      expect(attempt.response).toEqual({ type: 'client_error', data: { message: 'failed on purpose' }, version: '2' });
    }
    const text = events.service.metricsText();
    expect(text).toMatch(/^engine_events_retried_total\{trigger_name="fail"\} 3$/m);
    expect(text).toMatch(/^engine_events_failed_total\{trigger_name="fail"\} 1$/m);
    const lines = events.logs.filter((l) => l.event_id === event.id);
    expect(lines.map((l) => [l.attempt, l.outcome, l.status])).toEqual([
      [1, 'retried', 500],
      [2, 'retried', 500],
      [3, 'retried', 500],
      [4, 'failed', 500],
    ]);
  });

  it('honours an integer Retry-After even when the retries are exhausted', async () => {
    await pool.query(`INSERT INTO public.t_retry_after VALUES (1, 'busy first')`);
    const event = await settled('retry_after');
    expect(event).toMatchObject({ delivered: true, error: false, tries: 2 });
    expect(event.attempts.map((a) => a.status)).toEqual([503, 200]);
    const seen = webhook.requests.filter((r) => r.path === '/retry-after');
    expect(seen.map((r) => r.body.delivery_info.current_retry)).toEqual([0, 1]);
    // The retry waited for Retry-After (1 s), not for interval_sec (100 s): it happened at all.
    expect(seen).toHaveLength(2);
  });

  it('ignores the HTTP-date form of Retry-After', async () => {
    await pool.query(`INSERT INTO public.t_bad_retry_after VALUES (1, 'date')`);
    const event = await settled('bad_retry_after');
    expect(event).toMatchObject({ delivered: false, error: true, tries: 1 });
  });

  it('counts a webhook that does not answer within timeout_sec as a failed attempt with status 500', async () => {
    await pool.query(`INSERT INTO public.t_timeout VALUES (1, 'slow')`);
    const event = await settled('timeout');
    expect(event).toMatchObject({ delivered: false, error: true, tries: 2 });
    expect(event.attempts.map((a) => a.status)).toEqual([500, 500]);
    expect(event.attempts[0]!.response.type).toBe('client_error');
    expect(webhook.requests.filter((r) => r.path === '/hang')).toHaveLength(2);
  });

  it('sends value and value_from_env headers to a webhook_from_env URL and logs the env form', async () => {
    await pool.query(`INSERT INTO public.t_headers VALUES (1, 'headers')`);
    const event = await settled('headers');
    expect(event.delivered).toBe(true);
    const request = webhook.requests.find((r) => r.path === '/headers')!;
    expect(request.headers['x-header-from-value']).toBe('MyValue');
    expect(request.headers['x-header-from-env']).toBe('MyEnvValue');
    expect(request.headers['content-type']).toBe('application/json');
    expect(event.attempts[0]!.request.headers).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'User-Agent', value: request.headers['user-agent'] },
      { name: 'X-Header-From-Value', value: 'MyValue' },
      { name: 'X-Header-From-Env', value_from_env: 'EVENT_WEBHOOK_HEADER' },
    ]);
  });

  it('records a missing environment variable and a refused connection as attempts without a status', async () => {
    await pool.query(`INSERT INTO public.t_missing_env VALUES (1, 'env')`);
    await pool.query(`INSERT INTO public.t_refused VALUES (1, 'refused')`);
    const missing = await settled('missing_env');
    const refused = await settled('refused');
    for (const event of [missing, refused]) {
      expect(event).toMatchObject({ delivered: false, error: true, tries: 1 });
      expect(event.attempts[0]!.status).toBeNull();
      expect(event.attempts[0]!.response.type).toBe('client_error');
    }
    expect(JSON.parse(missing.attempts[0]!.response.data.message).message).toBe("environment variable 'NOT_SET_ANYWHERE' not set");
    expect(JSON.parse(refused.attempts[0]!.response.data.message).message).toMatch(/ECONNREFUSED/);
  });
});
