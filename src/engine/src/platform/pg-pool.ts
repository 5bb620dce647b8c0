import pg from 'pg';

/**
 * A Postgres pool whose connections never raise an uncaught error.
 *
 * pg-pool listens for errors on idle connections only: it removes its listener when a
 * connection is checked out. A connection that breaks while checked out but between two
 * statements (a transaction waiting for its next step, a prepared statement's session setup)
 * would then emit an `error` event nobody hears, which crashes the process. Every connection
 * gets a listener of its own that lets it fail quietly: the holder's next statement rejects
 * ("not queryable"), its release removes the connection, and idle failures still go to `onIdleError`.
 */
export function createPool(config: pg.PoolConfig, onIdleError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', onIdleError);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
