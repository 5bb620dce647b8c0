import pg from 'pg';
import { toError } from './errors.js';
import { isRetryableDatabaseError } from './sqlstate.js';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * One small pool per container, pointed at pgBouncer in transaction mode. A Lambda
 * container handles one request at a time, so two connections are plenty; pgBouncer (or
 * RDS Proxy) multiplexes thousands of containers onto a few server connections.
 *
 * Every statement is an unnamed parameterized query (`pool.query(text, values)`): named
 * prepared statements would be bound to one server connection, which transaction mode
 * hands to somebody else after COMMIT.
 */
export function createPool(connectionString: string, max = 2): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    // A frozen Lambda container keeps its sockets; pgBouncer's client side is cheap, but
    // idle ones are closed so a thawed container reconnects instead of finding a dead socket.
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  // An idle client losing its connection (a pgBouncer or Postgres restart) must not crash
  // the process; the pool drops it and the next checkout connects again.
  pool.on('error', () => {});
  return pool;
}

export interface TransactionOptions {
  /** Attempts for retryable failures (serialization, deadlock, lost connection). */
  attempts?: number;
  onRetry?: (error: Error, attempt: number) => void;
}

/**
 * Runs `work` inside BEGIN/COMMIT on one connection. The transaction is run again, from
 * the start, only for a retryable SQLSTATE; every other error rolls back and is thrown.
 * Running it again is safe because the handlers record their event id in the same
 * transaction: a commit whose acknowledgement was lost is seen as done on the next attempt.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    let client: pg.PoolClient | undefined;
    let broken = false;
    try {
      client = await pool.connect();
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (thrown) {
      const error = toError(thrown);
      if (client) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
      }
      if (attempt >= attempts || !isRetryableDatabaseError(error)) throw error;
      options.onRetry?.(error, attempt);
      // Jittered backoff keeps racing transactions from colliding again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    } finally {
      client?.release(broken ? true : undefined);
    }
  }
}
