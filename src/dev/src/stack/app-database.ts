import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { planSchema, sha256, type AppliedFile, type SchemaStep } from './schema-plan.js';

/** The database `npm start` runs the app in, on the local cluster. */
export const APP_DATABASE = 'app';

/** Creates the local `app` database when missing; `reset` drops it first. */
export async function ensureAppDatabase(adminUrl: string, reset: boolean, say: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (reset) {
      say(`--reset: dropping database ${APP_DATABASE}`);
      await client.query(`DROP DATABASE IF EXISTS ${APP_DATABASE} WITH (FORCE)`);
    }
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${APP_DATABASE}`);
  } finally {
    await client.end();
  }
}

const BOOKKEEPING = `
  CREATE SCHEMA IF NOT EXISTS dev_stack;
  CREATE TABLE IF NOT EXISTS dev_stack.applied_files (
    name text PRIMARY KEY,
    sha256 text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  );
  COMMENT ON SCHEMA dev_stack IS 'npm start: which schema.sql and seed.sql this database was built from';
  -- The text itself: npm run migration:new diffs the edited schema.sql against it.
  ALTER TABLE dev_stack.applied_files ADD COLUMN IF NOT EXISTS content text;
`;

/** Creates (or brings up to date) the `dev_stack` bookkeeping of a database. */
export async function ensureBookkeeping(client: pg.Client | pg.PoolClient): Promise<void> {
  await client.query(BOOKKEEPING);
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Applies schema.sql and seed.sql once per database, in one transaction, recording their
 * hashes in `dev_stack.applied_files`; later starts compare and warn (see schema-plan.ts).
 */
export async function applySchemaOnce(databaseUrl: string, repoRoot: string, say: (line: string) => void): Promise<SchemaStep[]> {
  const schema = readIfExists(join(repoRoot, 'schema.sql'));
  const seed = readIfExists(join(repoRoot, 'seed.sql'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(BOOKKEEPING);
    const recorded = await client.query<{ name: string; sha256: string; applied_at: Date }>('SELECT name, sha256, applied_at FROM dev_stack.applied_files');
    const applied: { schema?: AppliedFile; seed?: AppliedFile } = {};
    for (const row of recorded.rows) {
      if (row.name === 'schema.sql') applied.schema = { sha256: row.sha256, appliedAt: row.applied_at };
      if (row.name === 'seed.sql') applied.seed = { sha256: row.sha256, appliedAt: row.applied_at };
    }
    const tables = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    const steps = planSchema({
      ...(schema !== undefined ? { schema } : {}),
      ...(seed !== undefined ? { seed } : {}),
      applied,
      publicTables: tables.rows[0]?.n ?? 0,
    });
    for (const step of steps) {
      if (step.kind === 'note') say(step.message);
      if (step.kind === 'warn') say(`WARNING: ${step.message}`);
      if (step.kind === 'apply-schema-and-seed' && schema !== undefined) {
        await inTransaction(client, async () => {
          await applyFile(client, 'schema.sql', schema);
          if (seed !== undefined) await applyFile(client, 'seed.sql', seed);
        });
        say(`applied schema.sql${seed !== undefined ? ' and seed.sql' : ''}`);
      }
      if (step.kind === 'apply-seed' && seed !== undefined) {
        await inTransaction(client, () => applyFile(client, 'seed.sql', seed));
        say('applied seed.sql');
      }
    }
    return steps;
  } finally {
    await client.end();
  }
}

/** Records that the database now matches `text` of `name` (after the file was applied, or migrated to). */
export async function recordAppliedFile(client: pg.Client | pg.PoolClient, name: string, text: string): Promise<void> {
  await client.query(
    `INSERT INTO dev_stack.applied_files (name, sha256, content) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET sha256 = EXCLUDED.sha256, content = EXCLUDED.content, applied_at = now()`,
    [name, sha256(text), text],
  );
}

async function applyFile(client: pg.Client, name: string, text: string): Promise<void> {
  try {
    await client.query(text);
  } catch (error) {
    const e = error as { message?: string; position?: string };
    throw new Error(`${name} failed to apply: ${e.message ?? String(error)}${e.position ? ` (at character ${e.position})` : ''}`);
  }
  await recordAppliedFile(client, name, text);
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
