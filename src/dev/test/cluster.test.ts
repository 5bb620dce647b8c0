import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';

describe('test cluster', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
  });
  afterAll(async () => db?.drop());

  it('reaches Postgres directly and through pgBouncer in transaction mode', async () => {
    for (const url of [db.url, db.pgbouncerUrl]) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('select current_database() as name, $1::int + 1 as two', [1]);
      expect(rows[0]).toEqual({ name: db.name, two: 2 });
      await client.end();
    }
  });
});
