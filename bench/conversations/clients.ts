/**
 * Both members of every conversation, each on a WebSocket of their own (graphql-transport-ws,
 * as browsers speak it) following order_messages_stream of their order from revision 0, as the
 * order app does, and a writer inserting messages at a fixed rate, each from one member of a
 * conversation. A message's latency is its arrival on the OTHER member's socket minus the
 * moment its INSERT was sent (an upper bound on the commit); writer and sockets share a clock.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import WebSocket from 'ws';
import { SignJWT } from 'jose';
import { courierUserId, customerId, orderId } from './database.js';

const STREAM = `subscription ($o: uuid!) {
  order_messages_stream(batch_size: 50, cursor: { initial_value: { revision: 0 } }, where: { order_id: { _eq: $o } }) { id sender_id }
}`;
const now = (): number => performance.timeOrigin + performance.now();

/** Latencies above this are listed with their moment in the run (BENCH_CONV_TRACE). */
export const SLOW_MS = 100;

export interface Slow {
  kind: 'insert' | 'delivery';
  /** When the INSERT was sent, in ms since the timed run began. */
  intoRun: number;
  ms: number;
}

export interface Run {
  /** When the timed run began (performance.timeOrigin + performance.now()). */
  startedAt: number;
  latencies: number[];
  /** Each INSERT's round trip (sent to the writer's promise resolved). */
  insertMs: number[];
  /** Deliveries and INSERTs over SLOW_MS, with when in the run they were sent. */
  slow: Slow[];
  writes: number;
  /** Messages the other member had not received when the run ended. */
  missing: number;
}

export class Members {
  private sockets: WebSocket[] = [];
  private sent = new Map<string, { at: number; to: string; intoRun: number }>();
  private latencies: number[] = [];
  private slowDeliveries: Slow[] = [];

  private constructor(private readonly conversations: number) {}

  static async connect(wsUrl: string, jwtKey: string, conversations: number): Promise<Members> {
    const members = new Members(conversations);
    const key = new TextEncoder().encode(jwtKey);
    const token = (user: string, role: string) =>
      new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role], 'x-hasura-user-id': user } })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(key);
    const opens: Promise<void>[] = [];
    for (let i = 1; i <= conversations; i++) {
      opens.push(members.open(wsUrl, await token(customerId(i), 'customer'), customerId(i), orderId(i)));
      opens.push(members.open(wsUrl, await token(courierUserId(i), 'agent'), courierUserId(i), orderId(i)));
      // Opened in small groups: a thousand handshakes at once time out on a 2-core machine.
      if (i % 50 === 0) await Promise.all(opens.splice(0));
    }
    await Promise.all(opens);
    return members;
  }

  private open(url: string, jwt: string, me: string, order: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
      this.sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${jwt}` } } })));
      ws.on('error', reject);
      ws.on('message', (data) => {
        const at = now();
        const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { order_messages_stream?: { id: string }[] }; errors?: unknown } };
        if (message.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: STREAM, variables: { o: order } } }));
          resolve();
        } else if (message.type === 'ping') ws.send('{"type":"pong"}');
        else if (message.type === 'next') {
          if (message.payload?.errors) reject(new Error(JSON.stringify(message.payload.errors)));
          for (const row of message.payload?.data?.order_messages_stream ?? []) {
            const sent = this.sent.get(row.id);
            if (sent && sent.to === me) {
              this.latencies.push(at - sent.at);
              if (at - sent.at > SLOW_MS) this.slowDeliveries.push({ kind: 'delivery', intoRun: sent.intoRun, ms: at - sent.at });
              this.sent.delete(row.id);
            }
          }
        } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
      });
    });
  }

  /**
   * `perSecond` messages a second for `seconds`, round robin over the conversations,
   * alternating senders, after `warmupSeconds` of the same traffic that is not timed: the
   * writer's new connections (their authentication, each backend's first run of the message
   * triggers) and the engine's first deliveries cost once what a running service paid long ago.
   */
  async run(dbUrl: string, perSecond: number, seconds: number, warmupSeconds: number): Promise<Run> {
    const pool = new pg.Pool({ connectionString: dbUrl, max: 8 });
    const warmup = Math.round(perSecond * warmupSeconds);
    const total = perSecond * seconds;
    const inserts: Promise<unknown>[] = [];
    const insertMs: number[] = [];
    const slow: Slow[] = [];
    let start = now();
    for (let n = 0; n < warmup + total; n++) {
      if (n === warmup) {
        // Let the warm-up's deliveries settle, then start the timed clock.
        await Promise.all(inserts.splice(0));
        await new Promise((r) => setTimeout(r, 1_000));
        start = now();
      }
      const timed = n >= warmup;
      const wait = start + ((timed ? n - warmup : n) * 1000) / perSecond - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const i = (n % this.conversations) + 1;
      const fromCustomer = Math.floor(n / this.conversations) % 2 === 0;
      const id = randomUUID();
      const at = now();
      if (timed) this.sent.set(id, { at, to: fromCustomer ? courierUserId(i) : customerId(i), intoRun: at - start });
      inserts.push(
        pool
          .query('INSERT INTO order_messages (id, order_id, sender_id, body) VALUES ($1, $2, $3, $4)', [
            id,
            orderId(i),
            fromCustomer ? customerId(i) : courierUserId(i),
            `message ${n}`,
          ])
          .then(() => {
            if (!timed) return;
            const ms = now() - at;
            insertMs.push(ms);
            if (ms > SLOW_MS) slow.push({ kind: 'insert', intoRun: at - start, ms });
          }),
      );
    }
    await Promise.all(inserts);
    // Whatever has not arrived 3 s after the last insert counts as missing.
    const deadline = now() + 3_000;
    while (this.sent.size > 0 && now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await pool.end();
    const run = { startedAt: start, latencies: this.latencies, insertMs, slow: [...slow, ...this.slowDeliveries], writes: total, missing: this.sent.size };
    this.latencies = [];
    this.slowDeliveries = [];
    this.sent.clear();
    return run;
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate();
  }
}
