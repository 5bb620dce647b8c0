import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { startEngineProcess, type EngineProcess } from '../scheduled/helpers/engine-process.js';
import { ALICE, customerToken, JWT_KEY } from './engine-harness.js';
import { wsClient } from './gql-ws.js';

/**
 * A conversation's stream across an engine killed with SIGKILL in the middle of a burst of
 * messages and edits: the engine keeps no state a client needs, the client resumes from the last
 * revision it holds, and gets every revision exactly once, in order, nothing lost and nothing
 * twice, while the writes never stopped.
 */
const METADATA_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../hasura/metadata');
const STREAM = `subscription ($order: uuid!, $after: bigint!) {
  order_messages_stream(batch_size: 20, cursor: {initial_value: {revision: $after}, ordering: ASC}, where: {order_id: {_eq: $order}}) { id revision body }
}`;

interface Streamed {
  id: string;
  revision: number;
  body: string | null;
}

let db: TestDatabase;
let sql: pg.Pool;
const engines: EngineProcess[] = [];
const ORDER = randomUUID();

function engineEnv(): Record<string, string> {
  return {
    HASURA_GRAPHQL_DATABASE_URL: db.url,
    HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
    HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
    HASURA_GRAPHQL_METADATA_DIR: METADATA_DIR,
    ACTION_BASE_URL: 'http://127.0.0.1:9',
    EVENT_WEBHOOK_SECRET: 'unused',
  };
}

/** Follows the conversation from `after`, appending each revision to `into`; resolves the socket once the subscription is up. */
function follow(engine: EngineProcess, token: string, after: number, into: Streamed[]): { client: Client; closed: Promise<void> } {
  const client = wsClient(engine.url.replace(/^http/, 'ws') + '/v1/graphql', { Authorization: `Bearer ${token}` });
  const closed = new Promise<void>((resolve) => {
    client.subscribe<{ order_messages_stream: Streamed[] }>(
      { query: STREAM, variables: { order: ORDER, after } },
      {
        next: (value) => into.push(...(value.data?.order_messages_stream ?? []).map((m) => ({ ...m, revision: Number(m.revision) }))),
        error: () => resolve(),
        complete: () => resolve(),
      },
    );
  });
  return { client, closed };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  db = await createTestDatabase('app');
  sql = new pg.Pool({ connectionString: db.url, max: 2 });
  // A fixture, not a flow: an order of alice's, inserted past the order rules.
  const client = await sql.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await client.query(`INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, total_cents) VALUES ($1, $2, 1, '1 Stream Street', 0)`, [ORDER, ALICE]);
  } finally {
    await client.query('SET session_replication_role = DEFAULT');
    client.release();
  }
}, 120_000);

afterAll(async () => {
  for (const engine of engines) engine.child.kill('SIGKILL');
  await Promise.all(engines.map((e) => e.exited));
  await sql?.end();
  await db?.drop();
});

describe('a conversation stream across an engine killed with SIGKILL', () => {
  it('resumes from the last revision the client holds and gets every later revision exactly once, in order', async () => {
    const token = await customerToken(ALICE);
    const first = await startEngineProcess(engineEnv());
    engines.push(first);
    const received: Streamed[] = [];
    const before = follow(first, token, 0, received);

    // The writer: 240 messages, and an edit of an earlier one every tenth, one statement at a time, never pausing.
    const ids: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 1; i <= 240; i++) {
        const id = randomUUID();
        await sql.query(`INSERT INTO order_messages (id, order_id, sender_id, body) VALUES ($1, $2, $3, $4)`, [id, ORDER, ALICE, `message ${i}`]);
        ids.push(id);
        if (i % 10 === 0) await sql.query(`UPDATE order_messages SET body = body || ' (edited)' WHERE id = $1`, [ids[i - 5]!]);
        await new Promise((r) => setTimeout(r, 5));
      }
      writing = false;
    })();

    await until(() => received.length >= 60, 'the first revisions over the first engine');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await before.closed;
    const held = received.length;
    const resumeAfter = received.at(-1)!.revision;

    const second = await startEngineProcess(engineEnv());
    engines.push(second);
    const after = follow(second, token, resumeAfter, received);
    await writer;
    expect(writing).toBe(false);

    const { rows } = await sql.query<{ id: string; revision: string; body: string }>(`SELECT id, revision, body FROM order_messages WHERE order_id = $1 ORDER BY revision`, [
      ORDER,
    ]);
    // Every message's latest revision, and every revision the stream passed on the way: the
    // stream carries a row at each revision it held when read, so compare the revisions received
    // with those that existed: strictly increasing (in order, none twice), ending at the last.
    await until(() => received.at(-1)?.revision === Number(rows.at(-1)!.revision), 'the last revision over the second engine');
    await after.client.dispose();

    const revisions = received.map((m) => m.revision);
    expect(revisions.every((r, i) => i === 0 || r > revisions[i - 1]!)).toBe(true);
    expect(held).toBeGreaterThanOrEqual(60);
    expect(received.length).toBeGreaterThan(held);
    // Nothing lost: each message's final text arrived, as the last revision received for its id.
    const latest = new Map<string, Streamed>();
    for (const m of received) latest.set(m.id, m);
    expect(latest.size).toBe(240);
    for (const row of rows) expect(latest.get(row.id)?.body).toBe(row.body);
    expect([...latest.values()].map((m) => m.revision).sort((a, b) => a - b)).toEqual(rows.map((r) => Number(r.revision)));
  }, 180_000);
});
