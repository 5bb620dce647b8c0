import { findTable, type DatabaseModel } from '../introspection/model.js';

export interface TableColumn {
  name: string;
  /** pg_type.typname (`int4`, `_text`, an enum's name). */
  type: string;
}

/**
 * The columns of an ordinary or partitioned table in attribute order with their type names,
 * read off the introspected model; undefined when there is no such table. What an event
 * trigger's SQL is generated from (`'*'` means every column the table has now), so syncing
 * triggers after a metadata change needs no catalog read of its own.
 */
export function tableColumnsOf(model: DatabaseModel, table: { schema: string; name: string }): TableColumn[] | undefined {
  const found = findTable(model, table.schema, table.name);
  if (!found || (found.kind !== 'table' && found.kind !== 'partitioned_table')) return undefined;
  return found.columns.map((c) => ({ name: c.name, type: model.types.get(c.typeOid)?.name ?? 'unknown' }));
}
