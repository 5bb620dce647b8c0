import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, ALICE, customerToken, startTestEngine, type TestEngine } from '../realtime/engine-harness.js';

/**
 * /metrics answers admin only: the admin secret (`x-hasura-admin-secret`, or the deprecated
 * `x-hasura-access-key`), or HASURA_GRAPHQL_METRICS_SECRET sent as `Authorization: Bearer
 * <secret>`, the way Hasura EE secures its Prometheus endpoint (docs: enterprise/metrics).
 * Anything else gets 401 with Hasura's `{path, error, code}`.
 */
const METRICS_SECRET = 'prometheus-scrape-secret';
let withMetricsSecret: TestEngine;
let adminOnly: TestEngine;

beforeAll(async () => {
  [withMetricsSecret, adminOnly] = await Promise.all([startTestEngine({ HASURA_GRAPHQL_METRICS_SECRET: METRICS_SECRET }), startTestEngine()]);
});

afterAll(async () => {
  await Promise.all([withMetricsSecret?.stop(), adminOnly?.stop()]);
});

async function get(t: TestEngine, headers: Record<string, string> = {}, path = '/metrics'): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(t.httpUrl + path, { headers });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

const denied = (error: string) => ({ status: 401, type: 'application/json; charset=utf-8', body: JSON.stringify({ path: '$', error, code: 'access-denied' }) });

describe('/metrics', () => {
  it("refuses a request without credentials with 401 in Hasura's error format", async () => {
    for (const t of [withMetricsSecret, adminOnly]) {
      expect(await get(t)).toEqual(denied('x-hasura-admin-secret/x-hasura-access-key required, but not found'));
    }
  });

  it("refuses a wrong admin secret, a wrong metrics secret, and a customer's JWT", async () => {
    expect(await get(adminOnly, { 'x-hasura-admin-secret': 'wrong' })).toEqual(denied('invalid x-hasura-admin-secret/x-hasura-access-key'));
    expect(await get(withMetricsSecret, { authorization: 'Bearer wrong' })).toEqual(denied('invalid metrics secret'));
    const jwt = `Bearer ${await customerToken(ALICE)}`;
    expect(await get(withMetricsSecret, { authorization: jwt })).toEqual(denied('invalid metrics secret'));
    // Without a metrics secret configured, an Authorization header is no credential for /metrics.
    expect(await get(adminOnly, { authorization: jwt })).toEqual(denied('x-hasura-admin-secret/x-hasura-access-key required, but not found'));
    expect(await get(adminOnly, { authorization: `Bearer ${METRICS_SECRET}` })).toEqual(denied('x-hasura-admin-secret/x-hasura-access-key required, but not found'));
  });

  it('serves the Prometheus text to the admin secret', async () => {
    for (const t of [withMetricsSecret, adminOnly]) {
      for (const name of ['x-hasura-admin-secret', 'x-hasura-access-key']) {
        const response = await get(t, { [name]: ADMIN_SECRET });
        expect(response.status).toBe(200);
        expect(response.type).toContain('text/plain');
        expect(response.body).toMatch(/^hasura_websocket_connections \d+$/m);
      }
    }
  });

  it("serves it to the metrics secret as a bearer token, on /metrics and Hasura EE's /v1/metrics", async () => {
    for (const path of ['/metrics', '/v1/metrics']) {
      const response = await get(withMetricsSecret, { authorization: `Bearer ${METRICS_SECRET}` }, path);
      expect(response.status).toBe(200);
      expect(response.body).toMatch(/^hasura_active_subscriptions \d+$/m);
    }
    expect((await get(withMetricsSecret, {}, '/v1/metrics')).status).toBe(401);
  });

  it('does not let the metrics secret stand in for the admin secret anywhere else', async () => {
    const response = await fetch(withMetricsSecret.httpUrl + '/v1/metadata', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': METRICS_SECRET },
      body: JSON.stringify({ type: 'export_metadata', args: {} }),
    });
    expect(response.status).toBe(401);
  });
});
