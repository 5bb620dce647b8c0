import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, globalAgent, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * notify's Web Push, configured with VAPID keys, against a push service on this machine:
 * the subscriptions of the members told get one encrypted push each, the sender none, a
 * subscription the service calls gone (410) is deleted, and a redelivered event pushes nothing.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let pushService: Server;
let pushUrl: string;
const received: Array<{ path: string; headers: IncomingHttpHeaders; bytes: number }> = [];

beforeAll(async () => {
  const vapid = webpush.generateVAPIDKeys();
  t = await startFunctionsUnderTest({ WEB_PUSH_VAPID_PUBLIC_KEY: vapid.publicKey, WEB_PUSH_VAPID_PRIVATE_KEY: vapid.privateKey, WEB_PUSH_SUBJECT: 'mailto:ops@example.com' });
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  // Push services speak HTTPS only (web-push never sends plain HTTP): a certificate for
  // 127.0.0.1, trusted by this process's global agent, which web-push uses.
  const dir = mkdtempSync(join(tmpdir(), 'push-service-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  globalAgent.options.ca = tls.cert;
  pushService = createServer(tls, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, bytes: Buffer.concat(chunks).length });
      response.writeHead(request.url?.startsWith('/gone') ? 410 : 201).end();
    });
  });
  await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
  pushUrl = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => pushService?.close(resolve));
  await engine?.stop();
  await t?.close();
});

/** A browser's PushSubscription keys: a P-256 public key and a 16-byte secret, URL-safe base64. */
function browserKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

const SUBSCRIBE = 'mutation ($s: push_subscriptions_insert_input!) { insert_push_subscriptions_one(object: $s) { id } }';

describe('notify with Web Push configured', () => {
  it('pushes once to each subscription of the members told, drops a gone one, and pushes nothing on a redelivery', async () => {
    const login = (username: string) => AppClient.login(t.server.url, engine.url, username);
    const [alice, bella] = await Promise.all([login('alice'), login('bella')]);
    // The order's own status notifications are pushed before anyone subscribes: only the message's count.
    const orderId = await alice.placeOrder(1, [{ menu_item_id: (await alice.menuItemIds(1))[0]!, quantity: 1 }]);
    await alice.waitForStatus(orderId, 'validated');
    await waitFor(
      async () =>
        (await t.sql.query(`SELECT 1 FROM hdb_catalog.event_log WHERE trigger_name = 'notify-status' AND payload->'data'->'new'->>'id' = $1 AND delivered`, [orderId])).rowCount ===
        1,
      { timeoutMs: 30_000, what: 'the status notification', intervalMs: 50 },
    );
    for (const [client, path] of [
      [alice, '/alice'],
      [bella, '/bella'],
      [bella, '/gone/bella'],
    ] as const) {
      const added = await client.graphql(SUBSCRIBE, { s: { endpoint: `${pushUrl}${path}`, ...browserKeys() } });
      expect(added.errors).toBeUndefined();
    }
    const forged = await alice.graphql(SUBSCRIBE, { s: { endpoint: `${pushUrl}/x`, user_id: '00000000-0000-4000-8000-0000000be11a', ...browserKeys() } });
    expect(forged.errors?.[0]?.extensions?.code).toBe('validation-failed');

    const messageId = randomUUID();
    const posted = await alice.graphql('mutation ($m: order_messages_insert_input!) { insert_order_messages_one(object: $m) { id } }', {
      m: { id: messageId, order_id: orderId, body: 'Please no onions' },
    });
    expect(posted.errors).toBeUndefined();

    await waitFor(async () => received.length >= 2 && (await t.sql.query("SELECT 1 FROM push_subscriptions WHERE endpoint LIKE '%/gone/%'")).rowCount === 0, {
      timeoutMs: 30_000,
      what: 'the pushes',
      intervalMs: 50,
    });
    expect(received.map((r) => r.path).sort()).toEqual(['/bella', '/gone/bella']);
    const push = received.find((r) => r.path === '/bella')!;
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    expect(push.bytes).toBeGreaterThan('Please no onions'.length);

    // The pushes go out before the function answers the engine, which marks the event delivered
    // only once the answer arrives: wait for that before replaying it.
    const deliveredEvent = () =>
      t.sql.query<{ id: string; payload: unknown }>(
        `SELECT id, payload FROM hdb_catalog.event_log WHERE trigger_name = 'notify-message' AND payload->'data'->'new'->>'id' = $1 AND delivered`,
        [messageId],
      );
    await waitFor(async () => (await deliveredEvent()).rowCount === 1, { timeoutMs: 30_000, what: 'the message event to be marked delivered', intervalMs: 50 });
    const event = await deliveredEvent();
    const replay = await deliver(t.server, '/notify-message', {
      id: event.rows[0]!.id,
      table: { schema: 'public', name: 'order_messages' },
      trigger: { name: 'notify-message' },
      event: event.rows[0]!.payload,
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('x-idempotent-replay')).toBe('true');
    expect(received).toHaveLength(2);
  });
});
