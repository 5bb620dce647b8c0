/**
 * The subscribers and the writer, in a process of their own (their CPU is not the engine's).
 * Every subscriber is its own WebSocket speaking graphql-transport-ws, as browsers would.
 *
 *   {connect}  open all sockets, subscribe, wait for every first result  → {ready}
 *   {run}      write at a fixed rate, time each change to each subscriber → {results}
 *   {close}    close every socket                                        → {closed}
 *
 * Latency of a push = its arrival minus the moment the UPDATE that caused it was sent (an
 * upper bound on the commit). Writer and subscribers share this process's clock.
 */
import pg from 'pg';
import WebSocket from 'ws';
import { SignJWT } from 'jose';
import { customerId, orderId } from './database.js';

export interface ConnectMessage {
  wsUrl: string;
  dbUrl: string;
  jwtKey: string;
  live: number;
  shared: number;
}
export interface RunMessage {
  ratePerSec: number;
  seconds: number;
}
export interface RunResults {
  writes: number;
  liveLatencies: number[];
  sharedLatencies: number[];
  /** Writes whose subscriber never saw them (a later write to the same order superseded it, or lost). */
  liveMissed: number;
  messages: number;
}

const now = (): number => performance.timeOrigin + performance.now();
const LIVE_QUERY = 'subscription ($id: uuid!) { orders_by_pk(id: $id) { id status total_cents } }';
const SHARED_QUERY = 'subscription { orders_aggregate { aggregate { count max { total_cents } } } }';
const SEQ = /"total_cents"\s*:\s*(\d+)/;

interface Subscriber {
  ws: WebSocket;
  /** Order index for live subscribers; 0 for the shared aggregate. */
  order: number;
}

let subscribers: Subscriber[] = [];
const sendTime = new Map<number, number>();
const orderOfSeq = new Map<number, number>();
const delivered = new Set<number>();
let liveLatencies: number[] = [];
let sharedLatencies: number[] = [];
let sharedLastSeq = new Map<Subscriber, number>();
let firstSeq = 0;
let messages = 0;
let recording = false;

function token(key: Uint8Array, user: string, role: string): Promise<string> {
  return new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role], 'x-hasura-user-id': user } })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(key);
}

function onResult(subscriber: Subscriber, text: string): void {
  messages++;
  if (!recording) return;
  const match = SEQ.exec(text);
  if (!match) return;
  const seq = Number(match[1]);
  const sent = sendTime.get(seq);
  if (sent === undefined) return;
  const latency = now() - sent;
  if (subscriber.order === 0) {
    // The aggregate shows the highest value written so far: every write up to `seq` that this
    // subscriber had not seen yet became visible with this push.
    const seen = sharedLastSeq.get(subscriber) ?? firstSeq - 1;
    const at = now();
    for (let w = Math.max(seen + 1, firstSeq); w <= seq; w++) {
      const t = sendTime.get(w);
      if (t !== undefined) sharedLatencies.push(at - t);
    }
    if (seq > seen) sharedLastSeq.set(subscriber, seq);
  } else if (orderOfSeq.get(seq) === subscriber.order && !delivered.has(seq)) {
    delivered.add(seq);
    liveLatencies.push(latency);
  }
}

function open(url: string, authorization: string, query: string, variables: Record<string, unknown> | undefined, order: number): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    const subscriber: Subscriber = { ws, order };
    let first = true;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { headers: { Authorization: authorization } } })));
    ws.on('error', reject);
    ws.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('{"type":"next"')) {
        if (first) {
          first = false;
          resolve(subscriber);
        }
        onResult(subscriber, text);
      } else if (text.startsWith('{"type":"connection_ack"')) {
        ws.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query, variables } }));
      } else if (text.startsWith('{"type":"ping"')) {
        ws.send('{"type":"pong"}');
      } else if (text.startsWith('{"type":"error"')) {
        reject(new Error(text));
      }
    });
    ws.on('close', (code, reason) => {
      if (first) reject(new Error(`closed ${code} ${reason.toString()}`));
    });
  });
}

async function connect(message: ConnectMessage): Promise<{ ms: number }> {
  const started = now();
  const key = new TextEncoder().encode(message.jwtKey);
  const jobs: Array<() => Promise<Subscriber>> = [];
  for (let i = 1; i <= message.live; i++) {
    jobs.push(async () => open(message.wsUrl, `Bearer ${await token(key, customerId(i), 'customer')}`, LIVE_QUERY, { id: orderId(i) }, i));
  }
  for (let i = 1; i <= message.shared; i++) {
    jobs.push(async () => open(message.wsUrl, `Bearer ${await token(key, `00000000-0000-4000-b000-${String(i).padStart(12, '0')}`, 'analyst')}`, SHARED_QUERY, undefined, 0));
  }
  // A bounded number of handshakes in flight, as a crowd of browsers arriving would be.
  const opened: Subscriber[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < jobs.length) opened.push(await jobs[next++]!());
    }),
  );
  subscribers = opened;
  return { ms: now() - started };
}

async function run(message: RunMessage, dbUrl: string): Promise<RunResults> {
  liveLatencies = [];
  sharedLatencies = [];
  sharedLastSeq = new Map();
  sendTime.clear();
  orderOfSeq.clear();
  delivered.clear();
  const liveCount = subscribers.filter((s) => s.order !== 0).length;
  const shared = subscribers.filter((s) => s.order === 0);
  const writer = new pg.Client({ connectionString: dbUrl });
  await writer.connect();
  const base = Date.now() % 1_000_000_000;
  firstSeq = base + 1;
  const total = Math.round(message.ratePerSec * message.seconds);
  const interval = 1000 / message.ratePerSec;
  recording = true;
  const start = now();
  let lastSeq = 0;
  for (let n = 0; n < total; n++) {
    const seq = base + n + 1;
    const order = 1 + Math.floor(Math.random() * liveCount);
    orderOfSeq.set(seq, order);
    sendTime.set(seq, now());
    await writer.query('UPDATE orders SET total_cents = $1 WHERE id = $2', [seq, orderId(order)]);
    lastSeq = seq;
    const wait = start + (n + 1) * interval - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await writer.end();
  // Let the pushes for the last writes arrive: until every shared subscriber has the last
  // write and every order's last write reached its subscriber, or 5 s pass.
  const latest = new Map<number, number>();
  for (const [seq, order] of orderOfSeq) latest.set(order, Math.max(latest.get(order) ?? 0, seq));
  const deadline = now() + 5000;
  while (now() < deadline) {
    if (shared.every((s) => sharedLastSeq.get(s) === lastSeq) && [...latest.values()].every((seq) => delivered.has(seq))) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  recording = false;
  return { writes: total, liveLatencies, sharedLatencies, liveMissed: total - delivered.size, messages };
}

let connectMessage: ConnectMessage | null = null;
process.on('message', async (message: { connect?: ConnectMessage; run?: RunMessage; close?: true }) => {
  try {
    if (message.connect) {
      connectMessage = message.connect;
      process.send!({ ready: await connect(message.connect) });
    } else if (message.run) {
      process.send!({ results: await run(message.run, connectMessage!.dbUrl) });
    } else if (message.close) {
      await Promise.all(
        subscribers.map(
          (s) =>
            new Promise<void>((resolve) => {
              if (s.ws.readyState === WebSocket.CLOSED) return resolve();
              s.ws.once('close', () => resolve());
              s.ws.close();
            }),
        ),
      );
      subscribers = [];
      process.send!({ closed: true });
    }
  } catch (error) {
    process.send!({ error: String((error as Error).stack ?? error) });
  }
});
