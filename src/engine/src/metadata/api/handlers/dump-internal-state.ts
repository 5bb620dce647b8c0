import type { DatabaseModel } from '../../../introspection/index.js';
import { findTable } from '../../../introspection/index.js';
import { findInconsistencies, inconsistencyReport } from '../../consistency.js';
import type { ServerMetadataHandler } from '../context.js';

/**
 * dump_internal_state (admin only, as every metadata call): what the schema cache holds for
 * each source, for debugging. Hasura dumps its whole `SchemaCache`; the engine dumps the parts
 * it has: each source's tracked tables with the columns the catalog read gave, its functions,
 * the roles that have permissions, and the inconsistent objects.
 */
function tableState(model: DatabaseModel, table: { schema: string; name: string }) {
  const found = findTable(model, table.schema, table.name);
  return {
    table,
    kind: found?.kind ?? null,
    columns: found ? found.columns.map((c) => ({ name: c.name, type_oid: c.typeOid, nullable: !c.notNull })) : [],
    primary_key: found?.primaryKey?.columns ?? null,
  };
}

export const dumpInternalState: ServerMetadataHandler = async (_args, ctx) => {
  const metadata = ctx.getMetadata();
  const sources = [];
  const roles = new Set<string>();
  for (const source of metadata.sources) {
    for (const table of source.tables) {
      for (const key of ['select_permissions', 'insert_permissions', 'update_permissions', 'delete_permissions'] as const) {
        for (const perm of table[key] ?? []) roles.add(perm.role);
      }
    }
    let model: DatabaseModel;
    try {
      model = await ctx.databaseModel(source.name);
    } catch (error) {
      sources.push({ name: source.name, kind: source.kind, error: (error as Error).message });
      continue;
    }
    sources.push({
      name: source.name,
      kind: source.kind,
      customization: source.customization ?? {},
      // Only the default source is served over GraphQL, realtime and events (README, multiple sources).
      served: source.name === 'default',
      tables: source.tables.map((t) => tableState(model, t.table)),
      functions: (source.functions ?? []).map((f) => f.function),
      inconsistent_objects: inconsistencyReport(findInconsistencies(metadata, model, source.name)).inconsistent_objects,
    });
  }
  return { version: metadata.version, sources, roles: ['admin', ...[...roles].sort()] };
};
