import type pg from 'pg';
import type { EngineConfig } from '../../config.js';
import type { Session } from '../../auth/session.js';
import type { HasuraMetadata } from '../types.js';
import type { StoredMetadata } from '../store.js';
import type { DatabaseModel } from '../../introspection/index.js';
import type { TableColumn } from '../../schema-cache/table-columns.js';

/** What every metadata operation handler gets (the contract shared with the events part). */
export interface MetadataContext {
  pool: pg.Pool;
  config: EngineConfig;
  getMetadata(): HasuraMetadata;
  /** Validates, persists, and applies new metadata (GraphQL reload + event trigger sync). */
  setMetadata(next: HasuraMetadata): Promise<void>;
  /**
   * A table's columns with their type names, as the schema cache read them for the metadata
   * served (the catalog again only when this request changed the database, or the table is
   * new to it); undefined when there is no such table.
   */
  tableColumns(table: { schema: string; name: string }): Promise<readonly TableColumn[] | undefined>;
}

/** A handler validates its own arguments (`objectArg`, `stringArg`, ...): they arrive as parsed JSON. */
export type MetadataHandler = (args: unknown, ctx: MetadataContext) => Promise<unknown>;

/**
 * The engine's own handlers get a little more: the session of the caller, and a way to say
 * that the database schema changed (run_sql) so the GraphQL schema must be rebuilt even if
 * the metadata did not change.
 */
export interface ServerMetadataContext extends MetadataContext {
  session: Session;
  markSchemaChanged(): void;
  /** Re-applies the current metadata right away (reload_metadata). */
  reloadNow(): Promise<void>;
  /**
   * A source's database catalog (`default` when not named), read once per request and again after
   * DDL; the source as `metadata` configures it (the request's metadata when not given).
   */
  databaseModel(source?: string, metadata?: HasuraMetadata): Promise<DatabaseModel>;
  /** The connection pool of a source as the request's metadata configures it (`ctx.pool` is `default`'s). */
  poolFor(source: string): pg.Pool;
  /** The metadata as last persisted in hdb_catalog (reload_metadata). */
  storedMetadata(): Promise<StoredMetadata | undefined>;
  /** Whether the request asked for the v2 form of export/replace (`"version": 2` next to `type`). */
  requestVersion: number;
  /** Drops the cached catalog after SQL ran (it may have created or dropped anything). */
  forgetDatabaseModel(): void;
}

export type ServerMetadataHandler = (args: unknown, ctx: ServerMetadataContext) => Promise<unknown>;
