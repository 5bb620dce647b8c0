import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions, type GraphqlResult } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { Subscription, wsClient } from './helpers/graphql-ws.js';
import { hasuraEvent, rowOf } from './helpers/events.js';

/**
 * Order conversations on the real stack: the engine with the repository's metadata, the
 * functions (notify) behind its event triggers, Postgres through pgBouncer. The members of
 * one order (alice the customer, bella of its restaurant, dave its courier) talk over HTTP
 * and WebSocket; carol, a customer of another order, tries every path to their words.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bella: AppClient;
let dave: AppClient;
let carol: AppClient;
let analyst: AppClient;
let orderId: string;
let carolOrderId: string;
const sockets: Client[] = [];

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BELLA = '00000000-0000-4000-8000-0000000be11a';
const DAVE = '00000000-0000-4000-8000-000000000da7';

const SEND = 'mutation ($m: order_messages_insert_input!) { insert_order_messages_one(object: $m) { id seq revision body sender_id } }';
const STREAM = `subscription ($order: uuid!, $after: bigint!) {
  order_messages_stream(batch_size: 50, cursor: {initial_value: {revision: $after}, ordering: ASC}, where: {order_id: {_eq: $order}}) {
    id revision body sender_id edited_at deleted_at
  }
}`;
const EDIT =
  'mutation ($id: uuid!, $set: order_messages_set_input!) { update_order_messages(where: {id: {_eq: $id}}, _set: $set) { affected_rows returning { body edited_at deleted_at } } }';

interface StreamedMessage {
  id: string;
  revision: number;
  body: string | null;
  sender_id: string;
  edited_at: string | null;
  deleted_at: string | null;
}

function socket(client: AppClient): Client {
  const ws = wsClient(engine.url, client.token);
  sockets.push(ws);
  return ws;
}

async function send(client: AppClient, body: string, order = orderId): Promise<GraphqlResult> {
  return client.graphql(SEND, { m: { id: randomUUID(), order_id: order, body } });
}

async function sent(client: AppClient, body: string, order = orderId): Promise<{ id: string; revision: number }> {
  const result = await send(client, body, order);
  expect(result.errors).toBeUndefined();
  return { id: result.data.insert_order_messages_one.id, revision: Number(result.data.insert_order_messages_one.revision) };
}

/** Reads stream batches until `count` rows came; returns them in delivery order. */
async function streamed(sub: Subscription, count: number): Promise<StreamedMessage[]> {
  const rows: StreamedMessage[] = [];
  while (rows.length < count) {
    const batch = await sub.next();
    expect(batch.errors).toBeUndefined();
    rows.push(...(batch.data.order_messages_stream as StreamedMessage[]).map((r) => ({ ...r, revision: Number(r.revision) })));
  }
  return rows;
}

async function maxRevision(): Promise<number> {
  const { rows } = await t.sql.query<{ max: string | null }>('SELECT max(revision) FROM order_messages');
  return Number(rows[0]!.max ?? 0);
}

const errorOf = (result: GraphqlResult) => result.errors?.[0];

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  // dave (agent 1) is the only free courier, so the order becomes his.
  await t.sql.query('UPDATE agents SET is_available = false WHERE id <> 1');
  await t.sql.query(`INSERT INTO users (username, password_hash, role) SELECT 'carol', password_hash, 'customer' FROM users WHERE username = 'alice'`);
  const login = (username: string) => AppClient.login(t.server.url, engine.url, username);
  [alice, bella, dave, carol, analyst] = await Promise.all([login('alice'), login('bella'), login('dave'), login('carol'), login('admin')]);

  const menu = await alice.menuItemIds(1);
  orderId = await alice.placeOrder(1, [{ menu_item_id: menu[0]!, quantity: 1 }]);
  await alice.waitForStatus(orderId, 'validated');
  await alice.pay(orderId);
  await alice.waitForStatus(orderId, 'paid');
  const approved = await bella.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: approved}) { status } }', { id: orderId });
  expect(approved.errors).toBeUndefined();
  await alice.waitForStatus(orderId, 'agent_assigned');
  carolOrderId = await carol.placeOrder(2, [{ menu_item_id: (await carol.menuItemIds(2))[0]!, quantity: 1 }]);
}, 120_000);

afterAll(async () => {
  for (const ws of sockets) await ws.dispose();
  await engine?.stop();
  await t?.close();
});

describe('members talk live, both ways', () => {
  it("a message over HTTP reaches the other members' sockets, and the answer comes back", async () => {
    const after = await maxRevision();
    const daveStream = new Subscription(socket(dave), STREAM, { order: orderId, after });
    const aliceStream = new Subscription(socket(alice), STREAM, { order: orderId, after });
    const question = await sent(alice, '  Ring the bell, it is the blue door.  ');
    const [atDave] = await streamed(daveStream, 1);
    expect(atDave).toMatchObject({ id: question.id, body: 'Ring the bell, it is the blue door.', sender_id: ALICE });
    const answer = await sent(dave, "I'm outside");
    const atAlice = await streamed(aliceStream, 2);
    expect(atAlice.map((m) => m.id)).toEqual([question.id, answer.id]);
    expect(atAlice[1]).toMatchObject({ body: "I'm outside", sender_id: DAVE });
    const atBella = await bella.graphql('query ($o: uuid!) { orders_by_pk(id: $o) { messages(order_by: {seq: asc}) { id sender_member { username member_role } } } }', {
      o: orderId,
    });
    expect(atBella.data.orders_by_pk.messages.slice(-2)).toEqual([
      { id: question.id, sender_member: { username: 'alice', member_role: 'customer' } },
      { id: answer.id, sender_member: { username: 'dave', member_role: 'agent' } },
    ]);
    daveStream.stop();
    aliceStream.stop();
  });

  it('a retried send with the same id cannot post twice', async () => {
    const id = randomUUID();
    const first = await alice.graphql(SEND, { m: { id, order_id: orderId, body: 'Once' } });
    expect(first.errors).toBeUndefined();
    const again = await alice.graphql(SEND, { m: { id, order_id: orderId, body: 'Once' } });
    expect(errorOf(again)?.extensions?.code).toBe('constraint-violation');
    expect((await t.sql.query('SELECT count(*)::int AS n FROM order_messages WHERE id = $1', [id])).rows[0].n).toBe(1);
  });

  it('concurrent senders on one order: a stream gets every message once, in revision order', async () => {
    const after = await maxRevision();
    const stream = new Subscription(socket(bella), STREAM, { order: orderId, after });
    const posted = await Promise.all(Array.from({ length: 30 }, (_, i) => sent(i % 2 ? alice : dave, `Race ${i}`)));
    const rows = await streamed(stream, 30);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(posted.map((p) => p.id)));
    expect(rows.map((r) => r.revision)).toEqual([...rows.map((r) => r.revision)].sort((a, b) => a - b));
    stream.stop();
  });
});

describe('a reconnecting client', () => {
  it('gets exactly the changes it missed from its last revision, in order, without duplicates', async () => {
    const first = new Subscription(socket(dave), STREAM, { order: orderId, after: await maxRevision() });
    const before = [await sent(alice, 'Before 1'), await sent(alice, 'Before 2')];
    const seen = await streamed(first, 2);
    expect(seen.map((m) => m.id)).toEqual(before.map((m) => m.id));
    first.stop();
    const lastRevision = seen[seen.length - 1]!.revision;

    // Offline: three new messages and an edit of one it had already.
    const missed = [await sent(alice, 'Missed 1'), await sent(bella, 'Missed 2')];
    const edited = await alice.graphql(EDIT, { id: before[0]!.id, set: { body: 'Before 1, corrected' } });
    expect(edited.data.update_order_messages.affected_rows).toBe(1);
    missed.push(await sent(alice, 'Missed 3'));

    const again = new Subscription(socket(dave), STREAM, { order: orderId, after: lastRevision });
    const caughtUp = await streamed(again, 4);
    expect(caughtUp.map((m) => m.id)).toEqual([missed[0]!.id, missed[1]!.id, before[0]!.id, missed[2]!.id]);
    expect(caughtUp[2]).toMatchObject({ body: 'Before 1, corrected', edited_at: expect.any(String) });
    expect(new Set(caughtUp.map((m) => m.revision)).size).toBe(4);
    // Nothing more arrives: the next message is the next thing streamed.
    const next = await sent(bella, 'After');
    expect((await streamed(again, 1)).map((m) => m.id)).toEqual([next.id]);
    again.stop();
  });
});

describe('nobody else sees anything', () => {
  it("carol gets nothing of alice's order over HTTP: rows, aggregate, relationship from orders, members, receipts", async () => {
    await sent(alice, 'For members only');
    const read = await carol.graphql(
      `query ($o: uuid!) {
        order_messages(where: {order_id: {_eq: $o}}) { id }
        order_messages_aggregate(where: {order_id: {_eq: $o}}) { aggregate { count } }
        orders_by_pk(id: $o) { messages { id } }
        order_conversation_member_list(where: {order_id: {_eq: $o}}) { user_id }
        order_message_reads(where: {order_id: {_eq: $o}}) { user_id }
        order_typing(where: {order_id: {_eq: $o}}) { user_id }
      }`,
      { o: orderId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      order_messages: [],
      order_messages_aggregate: { aggregate: { count: 0 } },
      orders_by_pk: null,
      order_conversation_member_list: [],
      order_message_reads: [],
      order_typing: [],
    });
  });

  it('carol gets nothing over WebSocket either: a live query stays empty and her stream carries only her own order', async () => {
    const ws = socket(carol);
    const live = new Subscription(ws, 'subscription ($o: uuid!) { order_messages_aggregate(where: {order_id: {_eq: $o}}) { aggregate { count } } }', { o: orderId });
    expect((await live.next()).data.order_messages_aggregate.aggregate.count).toBe(0);
    const stream = new Subscription(ws, 'subscription { order_messages_stream(batch_size: 50, cursor: {initial_value: {revision: 0}}) { id order_id } }');
    const aliceStream = new Subscription(socket(alice), STREAM, { order: orderId, after: await maxRevision() });
    const secret = await sent(alice, 'Secret');
    await streamed(aliceStream, 1);
    const own = await sent(carol, 'About my own order', carolOrderId);
    // carol's stream from the beginning sees exactly her own message, although alice's came first.
    const batch = await stream.next();
    expect(batch.data.order_messages_stream).toEqual([{ id: own.id, order_id: carolOrderId }]);
    expect(batch.data.order_messages_stream.map((m: { id: string }) => m.id)).not.toContain(secret.id);
    expect(live.buffered).toBe(0);
    live.stop();
    stream.stop();
    aliceStream.stop();
  });

  it('the analyst counts messages and reads none', async () => {
    const counts = await analyst.graphql('{ order_messages_aggregate { aggregate { count } } }');
    expect(counts.errors).toBeUndefined();
    expect(counts.data.order_messages_aggregate.aggregate.count).toBeGreaterThan(0);
    const rows = await analyst.graphql('{ order_messages { id } }');
    expect(errorOf(rows)?.extensions?.code).toBe('validation-failed');
    const bodies = await analyst.graphql('{ order_messages_aggregate { nodes { body } } }');
    expect(errorOf(bodies)?.extensions?.code).toBe('validation-failed');
  });
});

describe('forged input is refused, for every role', () => {
  it('nobody can choose the sender', async () => {
    for (const [client, other] of [
      [alice, BELLA],
      [bella, ALICE],
      [dave, ALICE],
    ] as const) {
      const forged = await client.graphql(SEND, { m: { id: randomUUID(), order_id: orderId, body: 'As someone else', sender_id: other } });
      expect(errorOf(forged)?.extensions?.code).toBe('validation-failed');
    }
  });

  it('nobody posts to an order they are not a member of', async () => {
    for (const client of [alice, bella, dave]) {
      const forged = await send(client, 'Into a stranger conversation', carolOrderId);
      expect(errorOf(forged)?.extensions?.code).toBe('permission-error');
    }
    const intoAlice = await send(carol, 'Hello alice', orderId);
    expect(errorOf(intoAlice)?.extensions?.code).toBe('permission-error');
    expect((await t.sql.query('SELECT count(*)::int AS n FROM order_messages WHERE order_id = $1', [carolOrderId])).rows[0].n).toBe(1);
  });

  it('a message never moves to another order or sender, whatever writes it', async () => {
    const { id } = await sent(alice, 'Stay here');
    const moved = await alice.graphql('mutation ($id: uuid!, $o: uuid!) { update_order_messages(where: {id: {_eq: $id}}, _set: {order_id: $o}) { affected_rows } }', {
      id,
      o: carolOrderId,
    });
    expect(errorOf(moved)?.extensions?.code).toBe('validation-failed');
    // Below the permissions: the database refuses it to a session of alice and to admin alike.
    await expect(t.sql.query('UPDATE order_messages SET sender_id = $2 WHERE id = $1', [id, BELLA])).rejects.toThrow('a message cannot change its id, order or sender');
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('hasura.user', $1, true)", [JSON.stringify({ 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE })]);
      await expect(client.query('INSERT INTO order_messages (id, order_id, sender_id, body) VALUES ($1, $2, $3, $4)', [randomUUID(), orderId, BELLA, 'Forged'])).rejects.toThrow(
        'a message is sent as its sender only',
      );
      await client.query('ROLLBACK');
      // A non-admin session that names no user acts for nobody.
      await client.query('BEGIN');
      await client.query("SELECT set_config('hasura.user', $1, true)", [JSON.stringify({ 'x-hasura-role': 'anonymous' })]);
      await expect(client.query('INSERT INTO order_messages (id, order_id, sender_id, body) VALUES ($1, $2, $3, $4)', [randomUUID(), orderId, ALICE, 'Anonymous'])).rejects.toThrow(
        'the role anonymous acts for no user here',
      );
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('empty and oversize bodies are refused with a clear message, nothing written', async () => {
    const before = (await t.sql.query('SELECT count(*)::int AS n FROM order_messages')).rows[0].n;
    const empty = await send(alice, ' \n\t ');
    expect(errorOf(empty)).toMatchObject({
      message: expect.stringContaining('a message has 1 to 2000 characters (after trimming), not 0'),
      extensions: { code: 'permission-error' },
    });
    const long = await send(alice, 'x'.repeat(2001));
    expect(errorOf(long)?.message).toContain('a message has 1 to 2000 characters (after trimming), not 2001');
    expect((await send(alice, ` ${'y'.repeat(2000)} `)).errors).toBeUndefined();
    expect((await t.sql.query('SELECT count(*)::int AS n FROM order_messages')).rows[0].n).toBe(before + 1);
  });
});

describe('edit and delete windows', () => {
  it('the sender edits within 10 minutes; nobody else ever; nobody after the window', async () => {
    const { id } = await sent(alice, 'We are out of basil, is rucola fine?'.replace('We are', 'Are you'));
    const byBella = await bella.graphql(EDIT, { id, set: { body: 'Changed by the kitchen' } });
    expect(byBella.data.update_order_messages.affected_rows).toBe(0);
    const byAlice = await alice.graphql(EDIT, { id, set: { body: '  Is rucola fine?  ' } });
    expect(byAlice.data.update_order_messages).toEqual({ affected_rows: 1, returning: [{ body: 'Is rucola fine?', edited_at: expect.any(String), deleted_at: null }] });

    await t.sql.query("UPDATE order_messages SET created_at = now() - interval '11 minutes' WHERE id = $1", [id]);
    const late = await alice.graphql(EDIT, { id, set: { body: 'Too late' } });
    expect(late.data.update_order_messages.affected_rows).toBe(0);
    const lateDelete = await alice.graphql(EDIT, { id, set: { deleted_at: 'now()' } });
    expect(lateDelete.data.update_order_messages.affected_rows).toBe(0);
    // The database holds the window whatever the permission says.
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('hasura.user', $1, true)", [JSON.stringify({ 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE })]);
      await expect(client.query("UPDATE order_messages SET body = 'Too late' WHERE id = $1", [id])).rejects.toThrow('the 10 minutes are over');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    expect((await t.sql.query('SELECT body FROM order_messages WHERE id = $1', [id])).rows[0].body).toBe('Is rucola fine?');
  });

  it('a deleted message keeps its row, its text readable by admin only, and cannot be edited again', async () => {
    const { id } = await sent(dave, 'My phone number is 555-0100');
    const deleted = await dave.graphql(EDIT, { id, set: { deleted_at: 'now()' } });
    expect(deleted.data.update_order_messages).toEqual({ affected_rows: 1, returning: [{ body: null, edited_at: null, deleted_at: expect.any(String) }] });
    for (const client of [alice, bella, dave]) {
      const seen = await client.graphql('query ($id: uuid!) { order_messages_by_pk(id: $id) { body deleted_at } }', { id });
      expect(seen.data.order_messages_by_pk).toEqual({ body: null, deleted_at: expect.any(String) });
    }
    const asBella = await bella.graphql('query ($id: uuid!) { order_messages_by_pk(id: $id) { deleted_body { body } } }', { id });
    expect(errorOf(asBella)?.extensions?.code).toBe('validation-failed');
    const asAdmin = await fetch(`${engine.url}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': 'engine-admin-secret' },
      body: JSON.stringify({ query: 'query ($id: uuid!) { order_messages_by_pk(id: $id) { body deleted_body { body } } }', variables: { id } }),
    }).then((r) => r.json() as Promise<GraphqlResult>);
    expect(asAdmin.data.order_messages_by_pk).toEqual({ body: null, deleted_body: { body: 'My phone number is 555-0100' } });
    const revived = await dave.graphql(EDIT, { id, set: { body: 'Back again' } });
    expect(revived.data.update_order_messages.affected_rows).toBe(0);
  });
});

describe('receipts', () => {
  it('each member writes their own receipt, which never moves back; the others read it', async () => {
    const UPSERT = `mutation ($o: uuid!, $at: timestamptz!) {
      insert_order_message_reads_one(object: {order_id: $o, last_read_at: $at}, on_conflict: {constraint: order_message_reads_pkey, update_columns: [last_read_at]}) { user_id last_read_at }
    }`;
    const now = await alice.graphql(UPSERT, { o: orderId, at: 'now()' });
    expect(now.data.insert_order_message_reads_one.user_id).toBe(ALICE);
    const back = await alice.graphql(UPSERT, { o: orderId, at: '2001-01-01T00:00:00Z' });
    expect(back.data.insert_order_message_reads_one.last_read_at).toBe(now.data.insert_order_message_reads_one.last_read_at);
    const future = await alice.graphql(UPSERT, { o: orderId, at: '2999-01-01T00:00:00Z' });
    expect(new Date(future.data.insert_order_message_reads_one.last_read_at).getTime()).toBeLessThan(Date.now() + 60_000);
    const seenByDave = await dave.graphql('query ($o: uuid!) { order_message_reads(where: {order_id: {_eq: $o}}) { user_id } }', { o: orderId });
    expect(seenByDave.data.order_message_reads).toEqual([{ user_id: ALICE }]);
    expect(errorOf(await carol.graphql(UPSERT, { o: orderId, at: 'now()' }))?.extensions?.code).toBe('permission-error');
  });

  it("unread counts per order: the others' messages after one's receipt, for oneself only", async () => {
    const UNREAD = 'query ($o: uuid!) { order_conversation_unread(where: {order_id: {_eq: $o}}) { user_id unread } }';
    const mark = (client: AppClient) =>
      client.graphql(
        'mutation ($o: uuid!) { insert_order_message_reads_one(object: {order_id: $o, last_read_at: "now()"}, on_conflict: {constraint: order_message_reads_pkey, update_columns: [last_read_at]}) { user_id } }',
        { o: orderId },
      );
    await mark(alice);
    await sent(alice, 'My own message is never unread for me');
    await sent(bella, 'Unread 1');
    await sent(dave, 'Unread 2');
    expect((await alice.graphql(UNREAD, { o: orderId })).data.order_conversation_unread).toEqual([{ user_id: ALICE, unread: 2 }]);
    await mark(alice);
    expect((await alice.graphql(UNREAD, { o: orderId })).data.order_conversation_unread).toEqual([{ user_id: ALICE, unread: 0 }]);
    expect((await carol.graphql(UNREAD, { o: orderId })).data.order_conversation_unread).toEqual([]);
  });
});

describe('presence and typing', () => {
  const TYPE = `mutation ($o: uuid) {
    insert_user_presence_one(object: {typing_order_id: $o, typing_at: "now()"}, on_conflict: {constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at]}) { user_id }
  }`;

  it('typing shows to the members of that order only and disappears by itself', async () => {
    const ws = socket(dave);
    const typing = new Subscription(ws, 'subscription ($o: uuid!) { order_typing(where: {order_id: {_eq: $o}}) { user_id } }', { o: orderId });
    expect((await typing.next()).data.order_typing).toEqual([]);
    expect((await alice.graphql(TYPE, { o: orderId })).errors).toBeUndefined();
    await typing.until((r) => r.data.order_typing.some((x: { user_id: string }) => x.user_id === ALICE));
    expect((await carol.graphql('{ order_typing { user_id } }')).data.order_typing).toEqual([]);
    // No write: the keystroke is 5 s old and the live query drops it on its own.
    await typing.until((r) => r.data.order_typing.length === 0, 15_000);
    typing.stop();
    // A client cannot type into a conversation it is not in.
    expect(errorOf(await carol.graphql(TYPE, { o: orderId }))?.extensions?.code).toBe('permission-error');
  });

  it('online is seen by people who share a conversation, and expires', async () => {
    const HEARTBEAT = `mutation { insert_user_presence_one(object: {last_seen_at: "now()"}, on_conflict: {constraint: user_presence_pkey, update_columns: [last_seen_at]}) { user_id } }`;
    expect((await alice.graphql(HEARTBEAT)).errors).toBeUndefined();
    expect((await carol.graphql(HEARTBEAT)).errors).toBeUndefined();
    const status = (client: AppClient) => client.graphql('query ($u: uuid!) { user_presence_status(where: {user_id: {_eq: $u}}) { online } }', { u: ALICE });
    expect((await status(bella)).data.user_presence_status).toEqual([{ online: true }]);
    expect((await status(dave)).data.user_presence_status).toEqual([{ online: true }]);
    expect((await status(carol)).data.user_presence_status).toEqual([]);
    // A client cannot claim to be seen later than now.
    await alice.graphql(
      `mutation { insert_user_presence_one(object: {last_seen_at: "2999-01-01T00:00:00Z"}, on_conflict: {constraint: user_presence_pkey, update_columns: [last_seen_at]}) { user_id } }`,
    );
    await t.sql.query("UPDATE user_presence SET last_seen_at = now() - interval '31 seconds' WHERE user_id = $1", [ALICE]);
    expect((await status(bella)).data.user_presence_status).toEqual([{ online: false }]);
    const forged = await alice.graphql('mutation ($u: uuid!) { insert_user_presence_one(object: {user_id: $u}) { user_id } }', { u: BELLA });
    expect(errorOf(forged)?.extensions?.code).toBe('validation-failed');
  });
});

describe('notify', () => {
  const notificationsOf = async (messageId: string) =>
    (
      await t.sql.query<{ user_id: string }>(
        `SELECT n.user_id FROM notifications n JOIN order_messages m ON m.order_id = n.order_id
          WHERE m.id = $1 AND n.kind = 'message' AND n.created_at >= m.created_at AND n.title = 'Message from ' || (SELECT username FROM users WHERE id = m.sender_id)
            AND n.body = left(m.body, 140)`,
        [messageId],
      )
    ).rows
      .map((r) => r.user_id)
      .sort();

  it('writes one notification per member but the sender, once even when the event is delivered twice', async () => {
    const { id } = await sent(bella, 'Rucola it is, unique text ' + randomUUID());
    await waitFor(async () => (await notificationsOf(id)).length > 0, { timeoutMs: 30_000, what: 'the notifications', intervalMs: 50 });
    const event = await t.sql.query<{ payload: Record<string, unknown>; id: string }>(
      `SELECT id, payload FROM hdb_catalog.event_log WHERE trigger_name = 'notify-message' AND payload->'data'->'new'->>'id' = $1`,
      [id],
    );
    await waitFor(async () => (await t.sql.query('SELECT 1 FROM hdb_catalog.event_log WHERE id = $1 AND delivered', [event.rows[0]!.id])).rowCount === 1, {
      timeoutMs: 30_000,
      what: 'the first delivery',
      intervalMs: 50,
    });
    const body = { id: event.rows[0]!.id, table: { schema: 'public', name: 'order_messages' }, trigger: { name: 'notify-message' }, event: event.rows[0]!.payload };
    const replays = await Promise.all([deliver(t.server, '/notify-message', body), deliver(t.server, '/notify-message', body)]);
    for (const replay of replays) expect(replay.status).toBe(200);
    expect(await notificationsOf(id)).toEqual([ALICE, DAVE].sort());

    // One event delivered four times at the same moment (its id recorded last, with the result):
    // one delivery writes the two notifications, the others roll theirs back and answer its result.
    const count = async () =>
      (await t.sql.query("SELECT count(*)::int AS n FROM notifications WHERE kind = 'message' AND order_id = (SELECT order_id FROM order_messages WHERE id = $1)", [id])).rows[0].n;
    const before = await count();
    const fresh = { ...body, id: randomUUID() };
    const answers = await Promise.all(Array.from({ length: 4 }, () => deliver(t.server, '/notify-message', fresh)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.filter((a) => a.headers.get('x-idempotent-replay') !== 'true')).toHaveLength(1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect((await count()) - before).toBe(2);
  });

  it('a status change notifies every member but the person who made it; each reads and marks only their own', async () => {
    const before = await t.sql.query("SELECT count(*)::int AS n FROM notifications WHERE kind = 'status' AND order_id = $1", [orderId]);
    const picked = await dave.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: picked_up}) { status } }', { id: orderId });
    expect(picked.errors).toBeUndefined();
    await waitFor(async () => (await t.sql.query("SELECT 1 FROM notifications WHERE kind = 'status' AND order_id = $1 AND title LIKE '%Picked up'", [orderId])).rowCount === 2, {
      timeoutMs: 30_000,
      what: 'the status notifications',
      intervalMs: 50,
    });
    const pickedUp = await t.sql.query("SELECT user_id FROM notifications WHERE kind = 'status' AND order_id = $1 AND title LIKE '%Picked up' ORDER BY user_id", [orderId]);
    expect(pickedUp.rows.map((r) => r.user_id)).toEqual([ALICE, BELLA].sort());
    expect((await t.sql.query("SELECT count(*)::int AS n FROM notifications WHERE kind = 'status' AND order_id = $1", [orderId])).rows[0].n).toBeGreaterThan(before.rows[0].n);

    const mine = await alice.graphql('{ notifications(order_by: {created_at: desc}) { id user_id title read_at } }');
    expect(mine.data.notifications.length).toBeGreaterThan(0);
    expect(new Set(mine.data.notifications.map((n: { user_id: string }) => n.user_id))).toEqual(new Set([ALICE]));
    const first = mine.data.notifications[0].id;
    const marked = await alice.graphql('mutation ($id: uuid!) { update_notifications_by_pk(pk_columns: {id: $id}, _set: {read_at: "now()"}) { read_at } }', { id: first });
    expect(marked.data.update_notifications_by_pk.read_at).toEqual(expect.any(String));
    const retitled = await alice.graphql('mutation ($id: uuid!) { update_notifications_by_pk(pk_columns: {id: $id}, _set: {title: "Free pizza"}) { title } }', { id: first });
    expect(errorOf(retitled)?.extensions?.code).toBe('validation-failed');
    const ofOthers = await bella.graphql('mutation ($id: uuid!) { update_notifications_by_pk(pk_columns: {id: $id}, _set: {read_at: "now()"}) { id } }', { id: first });
    expect(ofOthers.data.update_notifications_by_pk).toBeNull();
    expect((await carol.graphql('{ notifications { id } }')).data.notifications.every((n: { id: string }) => n.id !== first)).toBe(true);
  });
  it('a forged status event for a change that never happened writes nothing, with or without a reason in its text', async () => {
    const row = await rowOf(t.sql, 'orders', orderId);
    expect(row.status).toBe('picked_up');
    const count = async () => (await t.sql.query('SELECT count(*)::int AS n FROM notifications WHERE order_id = $1', [orderId])).rows[0].n;
    const before = await count();
    for (const status of ['delivered', 'restaurant_rejected']) {
      const forged = hasuraEvent({ trigger: 'notify-status', table: 'orders', op: 'UPDATE', newRow: { ...row, status }, oldRow: row });
      const answer = await deliver(t.server, '/notify-status', forged);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'skipped', reason: `order ${orderId} never became ${status}` });
    }
    expect(await count()).toBe(before);
  });
});

describe('after delivery', () => {
  it('the conversation closes an hour after delivery: no new message, and the courier no longer sees it', async () => {
    const delivered = await dave.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: delivered}) { status } }', { id: orderId });
    expect(delivered.errors).toBeUndefined();
    expect((await send(alice, 'Thanks!')).errors).toBeUndefined();
    const count = (client: AppClient) =>
      client
        .graphql('query ($o: uuid!) { order_messages_aggregate(where: {order_id: {_eq: $o}}) { aggregate { count } } }', { o: orderId })
        .then((r) => r.data.order_messages_aggregate.aggregate.count as number);
    expect(await count(dave)).toBeGreaterThan(0);

    await t.sql.query("UPDATE orders SET delivered_at = now() - interval '61 minutes' WHERE id = $1", [orderId]);
    const late = await send(alice, 'One more thing');
    expect(errorOf(late)).toMatchObject({ message: expect.stringContaining('closed an hour after its delivery'), extensions: { code: 'permission-error' } });
    expect(await count(dave)).toBe(0);
    expect(await count(alice)).toBeGreaterThan(0);
  });
});
