import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { createPool } from '../../src/platform/pg-pool.js';

/**
 * A connection that breaks while checked out, between two statements, must not raise an
 * uncaught 'error' (pg-pool listens on idle connections only): the holder's next statement
 * fails, and the connection leaves the pool when released.
 */
let db: TestDatabase;
let admin: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  admin = createPool({ connectionString: db.url, max: 1 }, () => undefined);
});

afterAll(async () => {
  await admin?.end();
  await db?.drop();
});

describe('createPool', () => {
  it('lets a checked-out connection that the server ends fail at its next statement, not as an uncaught error', async () => {
    const idleErrors: Error[] = [];
    const pool = createPool({ connectionString: db.url, max: 2 }, (error) => idleErrors.push(error));
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const client = await pool.connect();
      await client.query('BEGIN');
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      // The server ends the connection while its transaction waits for the next step.
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release(true);
      expect(uncaught).toEqual([]);
      // The pool goes on with a fresh connection.
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await pool.end();
    }
  });
});
