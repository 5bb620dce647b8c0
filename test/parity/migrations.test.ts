import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { createTestDatabase } from '@3factor/dev/testing/database.js';

const dir = join(repoRoot, 'hasura', 'migrations', 'default');
const versions = readdirSync(dir);
const read = (file: string) => readFileSync(join(dir, versions[0]!, file), 'utf8');

describe('hasura/migrations is derived from schema.sql', () => {
  it('has one init migration whose up.sql is schema.sql, byte for byte', () => {
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatch(/^\d{13}_init$/);
    expect(read('up.sql')).toBe(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
  });

  it('applies up, down and up again on an empty database', async () => {
    const db = await createTestDatabase('empty');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(read('up.sql'));
      await client.query(read('down.sql'));
      const left = await client.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v')`);
      expect(left.rows[0].n).toBe(0);
      await client.query(read('up.sql'));
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
