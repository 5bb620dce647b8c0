import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';
import { applySchemaOnce } from '../src/stack/app-database.js';

const SCHEMA = `CREATE TABLE dish (id serial PRIMARY KEY, name text NOT NULL UNIQUE);`;
const SEED = `INSERT INTO dish (name) VALUES ('soup'), ('pie');`;

const repo = mkdtempSync(join(tmpdir(), 'dev-app-db-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase('empty');
  writeFileSync(join(repo, 'schema.sql'), SCHEMA);
  writeFileSync(join(repo, 'seed.sql'), SEED);
});
afterEach(async () => db.drop());

async function query<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('schema.sql and seed.sql are applied once', () => {
  it('applies both to an empty database and records their hashes', async () => {
    const said: string[] = [];
    await applySchemaOnce(db.url, repo, (l) => said.push(l));
    expect(said).toEqual(['applied schema.sql and seed.sql']);
    expect(await query('SELECT name FROM dish ORDER BY id')).toEqual([{ name: 'soup' }, { name: 'pie' }]);
    expect((await query<{ name: string }>('SELECT name FROM dev_stack.applied_files ORDER BY name')).map((r) => r.name)).toEqual(['schema.sql', 'seed.sql']);
  });

  it('keeps the rows of a second start and warns instead of touching a changed schema', async () => {
    await applySchemaOnce(db.url, repo, () => {});
    await query(`INSERT INTO dish (name) VALUES ('order of the day')`);
    const again: string[] = [];
    await applySchemaOnce(db.url, repo, (l) => again.push(l));
    expect(again).toEqual([]);
    writeFileSync(join(repo, 'schema.sql'), SCHEMA + '\nCREATE TABLE extra (id int);');
    const changed: string[] = [];
    await applySchemaOnce(db.url, repo, (l) => changed.push(l));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^WARNING: schema\.sql changed since it was applied/);
    expect(await query(`SELECT count(*)::int AS n FROM dish`)).toEqual([{ n: 3 }]);
    expect(await query(`SELECT to_regclass('public.extra') AS t`)).toEqual([{ t: null }]);
  });

  it('applies a seed.sql that appears after the schema was applied', async () => {
    unlinkSync(join(repo, 'seed.sql'));
    const said: string[] = [];
    await applySchemaOnce(db.url, repo, (l) => said.push(l));
    writeFileSync(join(repo, 'seed.sql'), SEED);
    await applySchemaOnce(db.url, repo, (l) => said.push(l));
    expect(said).toEqual(['applied schema.sql', 'applied seed.sql']);
    expect(await query(`SELECT count(*)::int AS n FROM dish`)).toEqual([{ n: 2 }]);
  });

  it('rolls a failing seed back with the schema, naming the file', async () => {
    writeFileSync(join(repo, 'seed.sql'), `INSERT INTO dish (name) VALUES ('a'), ('a');`);
    await expect(applySchemaOnce(db.url, repo, () => {})).rejects.toThrow(/seed\.sql failed to apply: duplicate key/);
    expect(await query(`SELECT to_regclass('public.dish') AS t`)).toEqual([{ t: null }]);
    expect(await query(`SELECT count(*)::int AS n FROM dev_stack.applied_files`)).toEqual([{ n: 0 }]);
  });

  it('leaves a database alone whose tables it did not create', async () => {
    await query('CREATE TABLE someone_elses (id int)');
    const said: string[] = [];
    await applySchemaOnce(db.url, repo, (l) => said.push(l));
    expect(said[0]).toMatch(/already has 1 table\(s\) that npm start did not create/);
    expect(await query(`SELECT to_regclass('public.dish') AS t`)).toEqual([{ t: null }]);
  });
});
