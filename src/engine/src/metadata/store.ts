import type pg from 'pg';
import { compileText, sql } from '../sql/builder.js';
import type { HasuraMetadata } from './types.js';

/**
 * Metadata persisted the way Hasura keeps it: one row in `hdb_catalog.hdb_metadata`
 * (`server/src-rsr/initialise.sql`), with `resource_version` bumped on every write, and
 * the catalog version in `hdb_catalog.hdb_version`.
 */
export const METADATA_CATALOG_VERSION = '48';

const CATALOG_DDL = compileText(sql`
CREATE SCHEMA IF NOT EXISTS hdb_catalog;
CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_version (
  hasura_uuid UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  version TEXT NOT NULL,
  upgraded_on TIMESTAMPTZ NOT NULL,
  cli_state JSONB NOT NULL DEFAULT '{}'::jsonb,
  console_state JSONB NOT NULL DEFAULT '{}'::jsonb,
  ee_client_id TEXT,
  ee_client_secret TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS hdb_version_one_row ON hdb_catalog.hdb_version((version IS NOT NULL));
CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_metadata (
  id INTEGER PRIMARY KEY,
  metadata JSON NOT NULL,
  resource_version INTEGER NOT NULL DEFAULT 1 UNIQUE
);
INSERT INTO hdb_catalog.hdb_version (version, upgraded_on)
  VALUES (${sql.literal(METADATA_CATALOG_VERSION)}, now())
  ON CONFLICT ((version IS NOT NULL)) DO NOTHING;
`);

/** Several engines may start on one database; the catalog is created under one lock. */
const LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('hdb_catalog.hdb_metadata'))";

/** Another process creating `hdb_catalog` at the same instant (duplicate schema/type names). */
const RACE_CODES = new Set(['23505', '42P06', '42P07']);

export interface StoredMetadata {
  metadata: HasuraMetadata;
  resourceVersion: number;
}

export interface MetadataStore {
  /** Creates the catalog tables if missing. */
  init(): Promise<void>;
  /** The stored metadata, or undefined on a fresh database. */
  load(): Promise<StoredMetadata | undefined>;
  /** Writes the metadata (inside the caller's transaction when a client is given); returns the new resource_version. */
  save(metadata: HasuraMetadata, client?: pg.ClientBase): Promise<number>;
  /** Just the resource_version: a cheap check whether another engine changed the metadata. */
  resourceVersion(): Promise<number | undefined>;
}

export function createMetadataStore(pool: pg.Pool): MetadataStore {
  async function initOnce(): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(LOCK_SQL);
      await client.query(CATALOG_DDL);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    async init() {
      try {
        await initOnce();
      } catch (error) {
        if (!RACE_CODES.has((error as { code?: string }).code ?? '')) throw error;
        await initOnce();
      }
    },

    async load() {
      const result = await pool.query<{ metadata: HasuraMetadata; resource_version: number }>('SELECT metadata, resource_version FROM hdb_catalog.hdb_metadata WHERE id = 1');
      const row = result.rows[0];
      return row ? { metadata: row.metadata, resourceVersion: row.resource_version } : undefined;
    },

    async resourceVersion() {
      const result = await pool.query<{ resource_version: number }>('SELECT resource_version FROM hdb_catalog.hdb_metadata WHERE id = 1');
      return result.rows[0]?.resource_version;
    },

    async save(metadata, client) {
      const result = await (client ?? pool).query<{ resource_version: number }>(
        `INSERT INTO hdb_catalog.hdb_metadata (id, metadata) VALUES (1, $1::json)
         ON CONFLICT (id) DO UPDATE SET metadata = EXCLUDED.metadata,
           resource_version = hdb_catalog.hdb_metadata.resource_version + 1
         RETURNING resource_version`,
        [JSON.stringify(metadata)],
      );
      return result.rows[0]!.resource_version;
    },
  };
}
