import { describe, expect, it } from 'vitest';
import { compactJson, formatCreatedAt, webhookBody, type ClaimedEvent } from '../../src/events/webhook-body.js';
import { decide, parseRetryAfter } from '../../src/events/retry-policy.js';
import { MissingEnvError, resolveHeaders, resolveTemplate, resolveWebhookUrl } from '../../src/events/env-template.js';
import { invocationResponse, invocationStatus } from '../../src/events/invocation.js';
import { renderTriggerFunction, triggerFunctionName } from '../../src/events/trigger-sql.js';
import { createEventMetrics } from '../../src/events/metrics.js';
import { checkTriggerName, parseCreateEventTrigger } from '../../src/events/api/trigger-args.js';
import { leaseSeconds } from '../../src/events/trigger-config.js';

describe('webhook body', () => {
  const event: ClaimedEvent = {
    id: 'e1',
    schemaName: 'public',
    tableName: 'orders',
    triggerName: 'validate-order',
    op: 'INSERT',
    sessionVariables: '{"x-hasura-role": "user", "x-hasura-user-id": "7"}',
    oldData: 'null',
    newData: '{"id": 1, "note": "a b", "big": 12345678901234567890}',
    traceContext: 'null',
    tries: 2,
    createdAt: '2024-05-01T10:00:00.123000',
    createdMs: 0,
    locked: '',
  };

  it("keeps Hasura's key order and splices stored JSON without re-encoding numbers", () => {
    expect(webhookBody(event, 5)).toBe(
      '{"event":{"session_variables":{"x-hasura-role":"user","x-hasura-user-id":"7"},"op":"INSERT",' +
        '"data":{"old":null,"new":{"id":1,"note":"a b","big":12345678901234567890}},"trace_context":null},' +
        '"created_at":"2024-05-01T10:00:00.123","id":"e1","delivery_info":{"max_retries":5,"current_retry":2},' +
        '"trigger":{"name":"validate-order"},"table":{"schema":"public","name":"orders"}}',
    );
  });

  it('compacts JSON text but leaves whitespace and escapes inside strings alone', () => {
    expect(compactJson('{"a": "x \\" y", "b": [1, 2]}')).toBe('{"a":"x \\" y","b":[1,2]}');
    expect(compactJson('{"a\\\\": " "}')).toBe('{"a\\\\":" "}');
  });

  it('formats created_at like aeson formats a LocalTime', () => {
    expect(formatCreatedAt('2024-05-01T10:00:00.123456')).toBe('2024-05-01T10:00:00.123456');
    expect(formatCreatedAt('2024-05-01T10:00:00.120000')).toBe('2024-05-01T10:00:00.120');
    expect(formatCreatedAt('2024-05-01T10:00:00.000000')).toBe('2024-05-01T10:00:00');
    expect(formatCreatedAt('2024-05-01T10:00:00.000001')).toBe('2024-05-01T10:00:00.000001');
  });
});

describe('retry decisions', () => {
  const conf = { num_retries: 2, interval_sec: 10 };
  const failed = (headers: { name: string; value: string }[] = []) => ({ kind: 'response' as const, status: 500, headers, body: '' });

  it('retries until tries reaches num_retries, then errors', () => {
    expect(decide(failed(), 0, conf)).toEqual({ kind: 'retry', delaySec: 10 });
    expect(decide(failed(), 1, conf)).toEqual({ kind: 'retry', delaySec: 10 });
    expect(decide(failed(), 2, conf)).toEqual({ kind: 'error' });
    expect(decide({ kind: 'timeout', message: 't' }, 2, conf)).toEqual({ kind: 'error' });
    expect(decide({ kind: 'response', status: 204, headers: [], body: '' }, 0, conf)).toEqual({ kind: 'delivered' });
  });

  it('lets a positive integer Retry-After override interval_sec and exhaustion', () => {
    expect(decide(failed([{ name: 'retry-after', value: '3' }]), 2, conf)).toEqual({ kind: 'retry', delaySec: 3 });
    expect(decide(failed([{ name: 'Retry-After', value: '0' }]), 2, conf)).toEqual({ kind: 'error' });
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBeUndefined();
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(parseRetryAfter(' 7 ')).toBe(7);
  });

  it('ignores Retry-After on a 2xx', () => {
    expect(decide({ kind: 'response', status: 200, headers: [{ name: 'Retry-After', value: '5' }], body: '' }, 0, conf)).toEqual({ kind: 'delivered' });
  });

  it("describes attempts as Hasura's invocation log does", () => {
    expect(invocationStatus({ kind: 'timeout', message: 'slow' })).toBe(500);
    expect(invocationStatus({ kind: 'error', message: 'refused' })).toBeNull();
    expect(JSON.parse(invocationResponse({ kind: 'response', status: 404, headers: [], body: 'nope' }))).toEqual({
      type: 'client_error',
      data: { message: 'nope' },
      version: '2',
    });
  });
});

describe('environment templates', () => {
  const env = { BASE: 'http://h:1', SECRET: 's3' };

  it('resolves {{VAR}} URLs, webhook_from_env and header values', () => {
    expect(resolveTemplate('{{BASE}}/a/{{ BASE }}', env)).toBe('http://h:1/a/http://h:1');
    expect(resolveWebhookUrl({ webhook_from_env: 'BASE' }, env)).toBe('http://h:1');
    const headers = resolveHeaders(
      [
        { name: 'x-secret', value_from_env: 'SECRET' },
        { name: 'User-Agent', value: 'mine' },
      ],
      env,
    );
    expect(headers.send).toEqual({ 'x-secret': 's3', 'Content-Type': 'application/json', 'User-Agent': headers.send['User-Agent'] });
    expect(headers.send['User-Agent']).not.toBe('mine');
    expect(headers.logged.at(-1)).toEqual({ name: 'x-secret', value_from_env: 'SECRET' });
  });

  it('names the missing variable', () => {
    expect(() => resolveTemplate('{{NOPE}}/x', env)).toThrow(MissingEnvError);
    expect(() => resolveWebhookUrl({ webhook_from_env: 'NOPE' }, env)).toThrow("environment variable 'NOPE' not set");
  });
});

describe('trigger SQL', () => {
  const columns = [
    { name: 'id', type: 'int4' },
    { name: 'where', type: 'geometry' },
    { name: 'status', type: 'text' },
  ];

  it('names functions notify_hasura_<name>_<OP> and compares only listened columns', () => {
    const fn = renderTriggerFunction('orders-status', { schema: 'public', name: 'orders' }, columns, 'UPDATE', {
      columns: ['status'],
    });
    expect(fn.name).toBe(triggerFunctionName('orders-status', 'UPDATE'));
    expect(fn.name).toBe('notify_hasura_orders-status_UPDATE');
    expect(fn.body).toContain(`_old := row((SELECT "e" FROM (SELECT OLD."status") AS "e"));`);
    expect(fn.body).toContain(`'old', row_to_json((SELECT "e" FROM (SELECT OLD."id", ST_AsGeoJSON(OLD."where", 15, 4)::json AS "where", OLD."status") AS "e"))`);
    expect(fn.body).toContain(`hdb_catalog.insert_event_log(CAST('public' AS text), CAST('orders' AS text), CAST('orders-status' AS text), TG_OP, _data)`);
    expect(fn.createTrigger).toBe(
      `CREATE TRIGGER "notify_hasura_orders-status_UPDATE" AFTER UPDATE ON "public"."orders" FOR EACH ROW EXECUTE PROCEDURE hdb_catalog."notify_hasura_orders-status_UPDATE"()`,
    );
  });

  it('sends NULL for the missing side of INSERT and DELETE and quotes literals', () => {
    const ins = renderTriggerFunction('t', { schema: 'public', name: "it's" }, columns, 'INSERT', { columns: '*', payload: ['id'] });
    expect(ins.body).toContain(`'old', NULL,`);
    expect(ins.body).toContain(`'new', row_to_json((SELECT "e" FROM (SELECT NEW."id") AS "e"))`);
    expect(ins.body).toContain(`CAST('it''s' AS text)`);
    const del = renderTriggerFunction('t', { schema: 'public', name: 'x' }, columns, 'DELETE', { columns: '*' });
    expect(del.body).toContain(`'new', NULL`);
  });
});

describe('create_event_trigger arguments', () => {
  const base = { name: 'ok_name-1', table: { schema: 'public', name: 'orders' }, webhook: 'http://x', insert: { columns: '*' } };

  it("stores the metadata form with Hasura's defaults", () => {
    expect(parseCreateEventTrigger(base)).toEqual({
      source: 'default',
      table: { schema: 'public', name: 'orders' },
      replace: false,
      trigger: {
        name: 'ok_name-1',
        definition: { enable_manual: false, insert: { columns: '*' } },
        retry_conf: { num_retries: 0, interval_sec: 10, timeout_sec: 60 },
        webhook: 'http://x',
      },
    });
  });

  it('rejects what Hasura rejects', () => {
    const { insert: _insert, ...noOps } = base;
    expect(() => parseCreateEventTrigger(noOps)).toThrow('atleast one amongst insert/update/delete/enable_manual spec must be provided');
    expect(() => parseCreateEventTrigger({ ...base, webhook_from_env: 'X' })).toThrow('Only one of webhook or webhook_from_env should be given');
    const { webhook: _webhook, ...noWebhook } = base;
    expect(() => parseCreateEventTrigger(noWebhook)).toThrow('Either webhook or webhook_from_env should be given');
    expect(() => parseCreateEventTrigger({ ...base, update: { columns: [] } })).toThrow('column list cannot be empty');
    expect(() => checkTriggerName('has space')).toThrow('only alphanumeric and underscore and hyphens allowed for name');
    expect(() => checkTriggerName('x'.repeat(43))).toThrow('event trigger name can be at most 42 characters');
    expect(() => checkTriggerName('x'.repeat(42))).not.toThrow();
  });

  it("bounds the lease by timeout_sec, capped at Hasura's 30 minutes", () => {
    expect(leaseSeconds({ num_retries: 0, interval_sec: 10, timeout_sec: 60 }, 30)).toBe(90);
    expect(leaseSeconds({ num_retries: 0, interval_sec: 10, timeout_sec: 7200 }, 30)).toBe(1830);
  });
});

describe('metrics text', () => {
  it('renders counters per trigger and a cumulative histogram', () => {
    const metrics = createEventMetrics();
    metrics.attempt('a"b', 'delivered', 0.004, 0.003);
    metrics.attempt('a"b', 'delivered', 0.2, 0.05);
    metrics.attempt('a"b', 'retried', 0.2, 0.1);
    metrics.setQueueDepth(3);
    const text = metrics.text();
    expect(text).toContain('engine_events_delivered_total{trigger_name="a\\"b"} 2');
    expect(text).toContain('engine_events_retried_total{trigger_name="a\\"b"} 1');
    expect(text).toContain('engine_events_delivery_latency_seconds_bucket{trigger_name="a\\"b",le="0.005"} 1');
    expect(text).toContain('engine_events_delivery_latency_seconds_bucket{trigger_name="a\\"b",le="0.25"} 2');
    expect(text).toContain('engine_events_delivery_latency_seconds_count{trigger_name="a\\"b"} 2');
    expect(text).toContain('engine_events_queue_depth 3');
    // The webhook call of every attempt, a retried one too.
    expect(text).toContain('engine_events_webhook_duration_seconds_count{trigger_name="a\\"b"} 3');
    expect(text).toContain('engine_events_webhook_duration_seconds_sum{trigger_name="a\\"b"} 0.153');
  });
});
