/**
 * The no-op webhook that answers the `notify` event trigger's deliveries, in a process of its
 * own (as the notify function is), so its HTTP work does not share an event loop with the
 * sockets whose arrival times are measured. Sends {port} over IPC once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => server.close(() => process.exit(0)));
