import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';
import { catalogFingerprint, fingerprintDifference } from '../src/migrations/catalog-fingerprint.js';
import { fingerprintOfSchema } from '../src/migrations/apply-migration.js';
import { diffSchema } from '../src/migrations/schema-diff.js';
import { splitSql } from '../src/migrations/split-sql.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';

/**
 * The migration `npm run migration:new` derives from an edit of schema.sql, checked on
 * Postgres: a database built from the old schema.sql, after up.sql, has exactly the schema of
 * a fresh database built from the edited one; after down.sql, that of the old one again.
 */
const schema = readFileSync(join(repoRoot, 'schema.sql'), 'utf8');

const EDITS: Array<[what: string, edit: (sql: string) => string]> = [
  [
    'a column and a named constraint added to a table',
    (sql) => sql.replace(/(CREATE TABLE restaurants \([^;]*?)(\n\);)/, '$1,\n  notes text,\n  CONSTRAINT restaurants_notes_short CHECK (length(notes) < 500)$2'),
  ],
  [
    'a new table with an index, a view and a function',
    (sql) =>
      `${sql}\nCREATE TABLE order_notes (\n  id serial PRIMARY KEY,\n  order_id uuid NOT NULL REFERENCES orders (id),\n  body text NOT NULL\n);\nCREATE INDEX order_notes_order_id_idx ON order_notes (order_id);\nCREATE VIEW order_note_counts AS SELECT order_id, count(*) AS n FROM order_notes GROUP BY order_id;\nCREATE FUNCTION order_note_total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM order_notes $$;\n`,
  ],
  [
    'an index changed and one dropped',
    (sql) =>
      sql
        .replace('CREATE INDEX orders_status_idx ON orders (status);', 'CREATE INDEX orders_status_idx ON orders (status, created_at);')
        .replace(/CREATE INDEX orders_created_at_idx ON orders \(created_at\);\n/, ''),
  ],
  [
    'a value added to an enum',
    (sql) =>
      sql.replace(
        "CREATE TYPE payment_status AS ENUM ('pending', 'succeeded', 'failed', 'refunded');",
        "CREATE TYPE payment_status AS ENUM ('pending', 'succeeded', 'failed', 'disputed', 'refunded');",
      ),
  ],
];

let db: TestDatabase;
let client: pg.Client;
const fingerprints = new Map<string, string[]>();

beforeAll(async () => {
  db = await createTestDatabase('empty');
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

async function fresh(sql: string): Promise<string[]> {
  if (!fingerprints.has(sql)) fingerprints.set(sql, await fingerprintOfSchema(db.url, sql));
  return fingerprints.get(sql)!;
}

async function rebuild(sql: string): Promise<void> {
  await client.query('DROP SCHEMA public CASCADE; DROP SCHEMA IF EXISTS card_gateway CASCADE; CREATE SCHEMA public; DROP EXTENSION IF EXISTS pgcrypto');
  await client.query(sql);
}

describe('splitSql', () => {
  it('keeps dollar-quoted bodies, strings and comments inside their statement', () => {
    expect(splitSql("-- a; b\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'x;y' $$;\nSELECT 1; /* ; */ SELECT ';'")).toEqual([
      "-- a; b\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'x;y' $$;",
      'SELECT 1;',
      "/* ; */ SELECT ';'",
    ]);
  });
});

describe('diffSchema on schema.sql', () => {
  it('finds nothing to do when only comments and layout changed', () => {
    const diff = diffSchema(schema, schema.replace(/^-- .*$/gm, '-- reworded').replace(/  +/g, ' '));
    expect(diff).toEqual({ up: [], down: [], unresolved: [] });
  });

  it('leaves a changed column type to the developer', () => {
    const diff = diffSchema(schema, schema.replace(/(CREATE TABLE restaurants \([\s\S]*?)\bname(\s+)text/, '$1name$2varchar(200)'));
    expect(diff.unresolved).toHaveLength(1);
    expect(diff.unresolved[0]).toMatch(/^column restaurants\.name changed/);
  });

  for (const [what, edit] of EDITS) {
    it(`${what}: up gives the edited schema, down gives the old one back`, { timeout: 60_000 }, async () => {
      const edited = edit(schema);
      expect(edited).not.toBe(schema);
      expect(fingerprintDifference(await fresh(schema), await fresh(edited)).length).toBeGreaterThan(0);
      const diff = diffSchema(schema, edited);
      expect(diff.unresolved).toEqual([]);
      expect(diff.up.length).toBeGreaterThan(0);
      await rebuild(schema);
      await client.query(diff.up.join('\n'));
      expect(fingerprintDifference(await fresh(edited), await catalogFingerprint(client))).toEqual([]);
      await client.query(diff.down.join('\n'));
      const back = fingerprintDifference(await fresh(schema), await catalogFingerprint(client));
      // Postgres cannot take a value out of an enum: down says so and leaves it.
      expect(back.filter((line) => !line.startsWith('+ enum public.payment_status') && !line.startsWith('- enum public.payment_status'))).toEqual([]);
    });
  }
});
