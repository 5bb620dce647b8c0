/**
 * The benchmark's webhook, in its own process so it does not share the engine's event
 * loop: answers every POST with 200 `{}` and notes when each row's event arrived
 * (epoch milliseconds with sub-millisecond precision, comparable across processes).
 * Talks to the parent over IPC: sends {port} once, answers {collect} with the arrivals.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const now = () => performance.timeOrigin + performance.now();
let arrivals: [string, number, number][] = [];

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const at = now();
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    arrivals.push([body.table.name, body.event.data.new.id, at]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

process.on('message', (message: { collect?: boolean }) => {
  if (message.collect) {
    process.send!({ arrivals });
    arrivals = [];
  }
});
process.on('disconnect', () => process.exit(0));
