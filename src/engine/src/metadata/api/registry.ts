import type { MetadataHandler, ServerMetadataHandler } from './context.js';
import { count, del, insert, select, update } from './handlers/dml.js';
import { addComputedField, dropComputedField, trackFunction, untrackFunction } from './handlers/functions.js';
import { addInheritedRole, dropInheritedRole } from './handlers/inherited-roles.js';
import { createFunctionPermission, dropFunctionPermission } from './handlers/function-permissions.js';
import {
  addCollectionToAllowlist,
  addQueryToCollection,
  createQueryCollection,
  dropCollectionFromAllowlist,
  dropQueryCollection,
  dropQueryFromCollection,
  updateScopeOfCollectionInAllowlist,
} from './handlers/query-collections.js';
import { clearMetadata, dropInconsistentMetadata, exportMetadata, getInconsistentMetadata, reloadMetadata, replaceMetadata } from './handlers/metadata-ops.js';
import { permissionHandlers } from './handlers/permissions.js';
import { createArrayRelationship, createObjectRelationship, dropRelationship, renameRelationship } from './handlers/relationships.js';
import { createRestEndpoint, dropRestEndpoint } from './handlers/rest-endpoints.js';
import { runSql } from './handlers/run-sql.js';
import { addSource, dropSource, renameSource, updateSource } from './handlers/sources.js';
import { dumpInternalState } from './handlers/dump-internal-state.js';
import { setTableCustomFields, setTableCustomization, setTableIsEnum, trackTable, untrackTable } from './handlers/tables.js';

export type { MetadataContext, MetadataHandler, ServerMetadataContext, ServerMetadataHandler } from './context.js';

/** Which operation names each endpoint accepts. `bulk`/`bulk_atomic` are handled by the executor. */
export interface OperationRegistry {
  /** POST /v1/metadata */
  metadata: Map<string, ServerMetadataHandler>;
  /** POST /v1/query (the deprecated schema/metadata API, still used by Hasura's test setups) */
  query: Map<string, ServerMetadataHandler>;
  /** POST /v2/query */
  queryV2: Map<string, ServerMetadataHandler>;
}

/** Operations on tracked objects, by their un-prefixed name. */
const sourceOperations: Record<string, ServerMetadataHandler> = {
  track_table: trackTable,
  untrack_table: untrackTable,
  set_table_customization: setTableCustomization,
  set_table_is_enum: setTableIsEnum,
  create_object_relationship: createObjectRelationship,
  create_array_relationship: createArrayRelationship,
  drop_relationship: dropRelationship,
  rename_relationship: renameRelationship,
  add_computed_field: addComputedField,
  drop_computed_field: dropComputedField,
  track_function: trackFunction,
  untrack_function: untrackFunction,
  create_function_permission: createFunctionPermission,
  drop_function_permission: dropFunctionPermission,
  ...permissionHandlers,
};

const metadataOperations: Record<string, ServerMetadataHandler> = {
  export_metadata: exportMetadata,
  replace_metadata: replaceMetadata,
  reload_metadata: reloadMetadata,
  clear_metadata: clearMetadata,
  get_inconsistent_metadata: getInconsistentMetadata,
  drop_inconsistent_metadata: dropInconsistentMetadata,
  add_inherited_role: addInheritedRole,
  drop_inherited_role: dropInheritedRole,
  create_query_collection: createQueryCollection,
  drop_query_collection: dropQueryCollection,
  add_query_to_collection: addQueryToCollection,
  drop_query_from_collection: dropQueryFromCollection,
  add_collection_to_allowlist: addCollectionToAllowlist,
  drop_collection_from_allowlist: dropCollectionFromAllowlist,
  update_scope_of_collection_in_allowlist: updateScopeOfCollectionInAllowlist,
  dump_internal_state: dumpInternalState,
  create_rest_endpoint: createRestEndpoint,
  drop_rest_endpoint: dropRestEndpoint,
};

/** Sources are managed through /v1/metadata only, as in Hasura. */
const sourceManagement: Record<string, ServerMetadataHandler> = {
  pg_add_source: addSource,
  pg_update_source: updateSource,
  pg_drop_source: dropSource,
  rename_source: renameSource,
};

const dmlOperations: Record<string, ServerMetadataHandler> = { insert, select, count, update, delete: del };

/** Legacy `track_table {schema, name, is_enum}` (v1), or just the table name, next to the newer `{table, configuration}`. */
const legacyTrackTable: ServerMetadataHandler = (args, ctx) => {
  if (typeof args === 'string') return trackTable({ table: args }, ctx);
  if (args === null || typeof args !== 'object' || 'table' in args) return trackTable(args, ctx);
  const legacy = args as { schema?: unknown; name?: unknown };
  return trackTable({ ...args, table: { schema: legacy.schema ?? 'public', name: legacy.name } }, ctx);
};

/**
 * The registry, with handlers contributed by other parts merged in. `extra` (event triggers):
 * `pg_*` names go to /v1/metadata, the others to /v1/query. `everywhere` (scheduled triggers):
 * names without a source prefix that both endpoints accept.
 */
export function createRegistry(extra: Record<string, MetadataHandler> = {}, everywhere: Record<string, MetadataHandler> = {}): OperationRegistry {
  const metadata = new Map<string, ServerMetadataHandler>();
  const query = new Map<string, ServerMetadataHandler>();
  const queryV2 = new Map<string, ServerMetadataHandler>();
  for (const [name, handler] of Object.entries(sourceOperations)) {
    metadata.set(`pg_${name}`, handler);
    query.set(name, handler);
  }
  query.set('track_table', legacyTrackTable);
  query.set('set_table_custom_fields', setTableCustomFields);
  for (const [name, handler] of Object.entries(metadataOperations)) {
    metadata.set(name, handler);
    query.set(name, handler);
  }
  for (const [name, handler] of Object.entries(dmlOperations)) {
    query.set(name, handler);
    queryV2.set(name, handler);
  }
  for (const [name, handler] of Object.entries(sourceManagement)) metadata.set(name, handler);
  query.set('run_sql', runSql);
  queryV2.set('run_sql', runSql);
  for (const [name, handler] of Object.entries(extra)) {
    if (name.startsWith('pg_')) metadata.set(name, handler);
    else query.set(name, handler);
  }
  for (const [name, handler] of Object.entries(everywhere)) {
    metadata.set(name, handler);
    query.set(name, handler);
  }
  return { metadata, query, queryV2 };
}
