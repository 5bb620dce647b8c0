import net from 'node:net';
import type pg from 'pg';

/** The protocol's CancelRequest code (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80877102;

/** What a cancel needs of a connection: where its server listens and the key its backend gave at startup. */
export interface CancelTarget {
  host: string;
  port: number;
  processID: number;
  secretKey: number;
}

/**
 * node-postgres keeps the backend's key data on the client (`processID`, `secretKey`), outside
 * its typings. Throws when they are missing: a time limit that could not cancel would not hold.
 */
export function cancelTargetOf(client: pg.PoolClient): CancelTarget {
  const c = client as unknown as Partial<CancelTarget>;
  if (typeof c.processID !== 'number' || typeof c.secretKey !== 'number' || !c.host || !c.port) {
    throw new Error('the Postgres connection has no cancel key: the time limit cannot be enforced');
  }
  return { host: c.host, port: c.port, processID: c.processID, secretKey: c.secretKey };
}

/**
 * Asks Postgres to cancel whatever statement the connection's backend runs, as libpq's
 * `PQcancel` does: a new connection to the server carrying only a CancelRequest (the backend's
 * pid and secret key; no login, no pooled connection needed, so it works when every pooled
 * connection is busy). Resolves once the server has closed that connection, by when it has
 * signalled the backend; the statement then fails with SQLSTATE 57014. Never rejects: a cancel
 * that cannot be sent leaves the statement to finish on its own.
 */
export function cancelBackend(target: CancelTarget, timeoutMs = 5000): Promise<void> {
  const packet = Buffer.alloc(16);
  packet.writeInt32BE(16, 0);
  packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  packet.writeInt32BE(target.processID, 8);
  packet.writeInt32BE(target.secretKey, 12);
  return new Promise((resolve) => {
    const socket = target.host.startsWith('/') ? net.connect(`${target.host}/.s.PGSQL.${target.port}`) : net.connect(target.port, target.host);
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.once('connect', () => socket.end(packet));
    socket.on('error', () => undefined); // 'close' follows
    socket.once('close', () => resolve());
  });
}
