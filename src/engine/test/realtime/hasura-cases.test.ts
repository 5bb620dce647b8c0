import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ADMIN_SECRET, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';
import { conformanceDataRoot } from '../../conformance/defaults.js';

/**
 * Hasura's own subscription cases (server/tests-py/queries/subscriptions), read at test time
 * from ../shared/hasura-conformance: the setup goes to /v1/query, each mutation step runs over
 * HTTP, and the subscription must show the `live_response` / `stream_response` Hasura's
 * test_subscriptions.py expects. The multiplexing files check which subscriptions share a poller.
 */
const CASES = join(conformanceDataRoot(), 'server', 'tests-py', 'queries');
const SUBSCRIPTIONS = join(CASES, 'subscriptions');
const yamlFile = (path: string): any => parseYaml(readFileSync(join(SUBSCRIPTIONS, path), 'utf8'));

interface Step {
  query: string;
  variables: string | null;
  response: string;
  live_response?: string;
  stream_response?: string;
}

let t: TestEngine;
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };

async function setup(dir: string): Promise<void> {
  const result = await t.post('/v1/query', yamlFile(`${dir}/setup.yaml`));
  expect(result.status, JSON.stringify(result.body)).toBe(200);
}

async function teardown(dir: string): Promise<void> {
  await t.post('/v1/query', yamlFile(`${dir}/teardown.yaml`));
}

async function runStep(step: Step): Promise<void> {
  const result = await t.graphql(step.query, step.variables ? JSON.parse(step.variables) : undefined);
  expect(result).toEqual({ data: JSON.parse(step.response) });
}

beforeAll(async () => {
  t = await startTestEngine({}, { database: 'empty' });
  const cleared = await t.post('/v2/query', parseYaml(readFileSync(join(CASES, 'clear_db.yaml'), 'utf8')));
  expect(cleared.status).toBe(200);
});

afterAll(async () => {
  await t?.stop();
});

describe.runIf(existsSync(SUBSCRIPTIONS))("Hasura's subscription cases", () => {
  it('live_queries/steps.yaml: every mutation step shows up in the live query', async () => {
    await setup('live_queries');
    const steps = yamlFile('live_queries/steps.yaml') as Step[];
    const client = wsClient(t.wsUrl, admin);
    const sub = new Subscription(client, 'subscription { hge_tests_test_t2(order_by: {c1: asc}) { c1 c2 } }');
    expect(await sub.next()).toEqual({ data: { hge_tests_test_t2: [] } });
    for (const step of steps) {
      await runStep(step);
      const pushed = await sub.next();
      if (step.live_response) expect(pushed).toEqual({ data: { hge_tests_test_t2: JSON.parse(step.live_response) } });
    }
    // The last step deletes every row.
    expect((await t.graphql('query { hge_tests_test_t2 { c1 } }')).data).toEqual({ hge_tests_test_t2: [] });
    sub.stop();
    await client.dispose();
    await teardown('live_queries');
  });

  it('streaming/steps.yaml: each insert arrives as one batch, nothing before', async () => {
    await setup('streaming');
    const steps = yamlFile('streaming/steps.yaml') as Step[];
    const client = wsClient(t.wsUrl, admin);
    const sub = new Subscription(client, 'subscription { hge_tests_test_t2_stream(cursor: {initial_value: {c1: 0}}, batch_size: 10) { c1 c2 } }');
    for (const step of steps) {
      await runStep(step);
      expect(await sub.next()).toEqual({ data: { hge_tests_test_t2_stream: JSON.parse(step.stream_response!) } });
    }
    expect(sub.buffered).toBe(0);
    sub.stop();
    await client.dispose();
    await teardown('streaming');
  });

  it('multiplexing/query.yaml: variables that differ only in values share a poller; other shapes do not', async () => {
    await setup('multiplexing');
    const spec = yamlFile('multiplexing/query.yaml') as {
      query: string;
      variables_representative: Record<string, unknown>;
      variables_same: Record<string, unknown>[];
      variables_different: Record<string, unknown>[];
    };
    const pollers = () => t.metric('hasura_active_subscription_pollers', '{subscription_kind="live-query"}');
    const client = wsClient(t.wsUrl, admin);
    const subs = [new Subscription(client, spec.query, spec.variables_representative)];
    await subs[0]!.next();
    const base = await pollers();
    for (const variables of spec.variables_same) {
      const sub = new Subscription(client, spec.query, variables);
      await sub.next();
      subs.push(sub);
    }
    expect(await pollers()).toBe(base);
    for (const [i, variables] of spec.variables_different.entries()) {
      const sub = new Subscription(client, spec.query, variables);
      await sub.next();
      subs.push(sub);
      expect(await pollers()).toBe(base + i + 1);
    }
    subs.forEach((s) => s.stop());
    await client.dispose();
  });

  it('multiplexing/articles_query.yaml: extraneous session variables do not split a cohort', async () => {
    const spec = yamlFile('multiplexing/articles_query.yaml') as { query: string; variables?: Record<string, unknown> };
    const cohorts = () => t.metric('hasura_realtime_cohorts', '{subscription_kind="live-query"}');
    const before = await cohorts();
    const headers = (extra: string) => ({ ...admin, 'x-hasura-role': 'user', 'x-hasura-user-id': '1', 'x-hasura-extra': extra });
    // The role's filter reads x-hasura-user-id; x-hasura-extra is read by nothing.
    const clients = [wsClient(t.wsUrl, headers('a')), wsClient(t.wsUrl, headers('b'))];
    const subs = clients.map((c) => new Subscription(c, spec.query, spec.variables));
    for (const sub of subs) expect(await sub.next()).toEqual({ data: { articles: [] } });
    expect(await cohorts()).toBe(before + 1);
    const other = wsClient(t.wsUrl, { ...headers('a'), 'x-hasura-user-id': '2' });
    const otherSub = new Subscription(other, spec.query, spec.variables);
    await otherSub.next();
    expect(await cohorts()).toBe(before + 2);
    otherSub.stop();
    await other.dispose();
    subs.forEach((s) => s.stop());
    await Promise.all(clients.map((c) => c.dispose()));
    await teardown('multiplexing');
  });
});
