import type pg from 'pg';
import { introspectDatabase, type DatabaseModel } from '../introspection/index.js';
import type { InconsistentObject } from '../metadata/consistency.js';
import { consistentSubset } from '../metadata/consistent-subset.js';
import type { HasuraMetadata } from '../metadata/types.js';
import type { Catalog } from '../schema/catalog.js';
import { resolveCatalog } from '../schema/resolve-catalog.js';
import { readEnumTableValues } from './enum-tables.js';
import { tableColumnsOf, type TableColumn } from './table-columns.js';
import { tableDependenciesOf, type TableDependencies } from './table-dependencies.js';

/** Everything derived from one metadata version and one read of the database catalog. */
export interface SchemaVersion {
  /** Counts rebuilds, from 1. */
  version: number;
  /** The metadata served: what was applied, less inconsistent objects when asked to leave them out. */
  metadata: HasuraMetadata;
  /** Inconsistent objects left out (Hasura keeps them in the stored metadata only). */
  dropped: InconsistentObject[];
  /** The introspected database. */
  model: DatabaseModel;
  /** Tables, columns, relationships and permissions resolved against the database. */
  catalog: Catalog;
  /** Which tables' changes can alter what a statement reads (realtime's change triggers and pollers). */
  tableDependencies: TableDependencies;
  /** A table's columns with their type names (event trigger SQL); undefined when there is no such table. */
  tableColumns(table: { schema: string; name: string }): TableColumn[] | undefined;
}

export interface BuildOptions {
  stringifyNumeric: boolean;
  inferFunctionPermissions?: boolean;
  /** Leave inconsistent objects out of what is served (the engine does; a bare GraphQL service reports them instead). */
  leaveOutInconsistent: boolean;
}

/**
 * One catalog query (which also holds the views' dependencies), then the enum tables' rows; the
 * rest is pure. Events and realtime take what they need of the catalog from here, so a metadata
 * apply reads it once.
 */
export async function buildSchemaVersion(pool: pg.Pool, applied: HasuraMetadata, options: BuildOptions, version: number): Promise<SchemaVersion> {
  const model = await introspectDatabase(pool);
  const { metadata, dropped } = options.leaveOutInconsistent ? consistentSubset(applied, model) : { metadata: applied, dropped: [] };
  const enumTableValues = await readEnumTableValues(pool, metadata, model);
  const tableDependencies = tableDependenciesOf(model, metadata);
  const catalog = resolveCatalog(metadata, model, { stringifyNumeric: options.stringifyNumeric, inferFunctionPermissions: options.inferFunctionPermissions, enumTableValues });
  return { version, metadata, dropped, model, catalog, tableDependencies, tableColumns: (table) => tableColumnsOf(model, table) };
}
