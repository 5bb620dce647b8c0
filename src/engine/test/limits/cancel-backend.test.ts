import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { cancelBackend, cancelTargetOf } from '../../src/limits/cancel-backend.js';

/** The CancelRequest the time limit sends, against real Postgres. */
describe('cancelBackend', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it("stops the connection's running statement with SQLSTATE 57014, without a pooled connection", async () => {
    const client = await pool.connect();
    const other = await pool.connect(); // the pool is now empty
    try {
      const sleeping = client.query('SELECT pg_sleep(30)').then(
        () => 'finished',
        (error: { code?: string }) => error.code,
      );
      await waitUntilActive(other, client);
      await cancelBackend(cancelTargetOf(client));
      expect(await sleeping).toBe('57014');
      // The connection stays usable.
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
      other.release();
    }
  });

  it('does nothing with a wrong key', async () => {
    const client = await pool.connect();
    const other = await pool.connect();
    try {
      const sleeping = client.query('SELECT pg_sleep(0.5)').then(() => 'finished');
      await waitUntilActive(other, client);
      const target = cancelTargetOf(client);
      await cancelBackend({ ...target, secretKey: target.secretKey ^ 1 });
      expect(await sleeping).toBe('finished');
    } finally {
      client.release();
      other.release();
    }
  });

  it('resolves when no server listens', async () => {
    const client = await pool.connect();
    try {
      await expect(cancelBackend({ ...cancelTargetOf(client), host: '127.0.0.1', port: 1 })).resolves.toBeUndefined();
    } finally {
      client.release();
    }
  });
});

async function waitUntilActive(observer: pg.PoolClient, client: pg.PoolClient): Promise<void> {
  const pid = cancelTargetOf(client).processID;
  for (;;) {
    const { rows } = await observer.query<{ state: string }>('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid]);
    if (rows[0]?.state === 'active') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
