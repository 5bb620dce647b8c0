import pg from 'pg';
import { ensureBookkeeping, recordAppliedFile } from '../stack/app-database.js';
import { catalogFingerprint, fingerprintDifference } from './catalog-fingerprint.js';

/** The catalog a fresh database gets from `schemaSql`, built in a throw-away database beside the app's. */
export async function fingerprintOfSchema(databaseUrl: string, schemaSql: string): Promise<string[]> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const scratch = `migration_check_${process.pid}_${Date.now()}`;
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    await adminClient.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${scratch}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(schemaSql);
      return await catalogFingerprint(client);
    } finally {
      await client.end();
    }
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => undefined);
    await adminClient.end();
  }
}

export class MigrationMismatch extends Error {
  constructor(readonly difference: string[]) {
    super(`after up.sql the database does not match schema.sql (- only from schema.sql, + only after the migration):\n${difference.slice(0, 40).join('\n')}`);
  }
}

/**
 * Runs `upSql` on the app database in one transaction and commits only if the database then
 * has exactly the schema a fresh database gets from `schemaSql` (so the migrations and
 * schema.sql cannot drift apart); records `schemaSql` as what the database now matches.
 */
export async function applyMigration(databaseUrl: string, upSql: string, schemaSql: string): Promise<void> {
  const expected = await fingerprintOfSchema(databaseUrl, schemaSql);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await ensureBookkeeping(client);
    await client.query('BEGIN');
    try {
      await client.query(upSql);
      const difference = fingerprintDifference(expected, await catalogFingerprint(client));
      if (difference.length > 0) throw new MigrationMismatch(difference);
      await recordAppliedFile(client, 'schema.sql', schemaSql);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** The schema.sql the database was last built or migrated from, as `npm start` recorded it. */
export async function recordedSchema(databaseUrl: string): Promise<{ sha256: string; content: string | null } | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await ensureBookkeeping(client);
    const { rows } = await client.query<{ sha256: string; content: string | null }>(`SELECT sha256, content FROM dev_stack.applied_files WHERE name = 'schema.sql'`);
    return rows[0];
  } finally {
    await client.end();
  }
}
