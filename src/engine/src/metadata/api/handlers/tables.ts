import { findTable } from '../../../introspection/index.js';
import type { TableConfiguration, TableMetadata } from '../../types.js';
import { objectArg, optionalBool, qualifiedName, sameTable, showTable, sourceName } from '../../args.js';
import type { ServerMetadataContext, ServerMetadataHandler } from '../context.js';
import { draftOf, findTableIn, sourceIn, trackedTable } from '../../edit.js';
import { MetadataApiError, notExists } from '../../errors.js';
import { columnNamed, customNameConflict } from '../../custom-column-names.js';
import { dependentsOfTable, removeDependents } from '../dependencies.js';

/** pg_track_table {source, table, configuration?, is_enum?} */
export const trackTable: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  if (findTableIn(source, table)) {
    throw new MetadataApiError('already-tracked', `view/table already tracked: "${showTable(table)}"`);
  }
  if (!findTable(await ctx.databaseModel(sourceName(args)), table.schema, table.name)) {
    throw notExists(`no such table/view exists in source: "${showTable(table)}"`);
  }
  // A table and a function share the root field namespace by their qualified names.
  if ((source.functions ?? []).some((f) => sameTable(qualifiedName(f.function, '$'), table))) {
    throw new MetadataApiError('not-supported', `function with name "${showTable(table)}" already exists`);
  }
  const entry: TableMetadata = { table };
  const isEnum = optionalBool(args, 'is_enum');
  if (isEnum) entry.is_enum = true;
  if (args.configuration !== undefined && args.configuration !== null) {
    entry.configuration = objectArg(args.configuration, '$.args.configuration') as TableConfiguration;
  }
  source.tables.push(entry);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_untrack_table {source, table, cascade?} */
export const untrackTable: ServerMetadataHandler = async (rawArgs, ctx: ServerMetadataContext) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  if (!findTableIn(source, table)) {
    throw new MetadataApiError('already-untracked', `view/table already untracked: "${showTable(table)}"`);
  }
  const model = await ctx.databaseModel(sourceName(args));
  // `foreign_key_constraint_on: column` names the target through the foreign key only.
  const dependents = dependentsOfTable(source, table, (from, columns) => {
    const key = findTable(model, from.schema, from.name)?.foreignKeys.find((f) => f.columns.length === columns.length && f.columns.every((c) => columns.includes(c)));
    return key && { schema: key.refSchema, name: key.refTable };
  });
  if (dependents.length > 0 && !optionalBool(args, 'cascade')) {
    throw new MetadataApiError('dependency-error', `cannot drop due to the following dependent objects : ${dependents.map((d) => d.description).join(', ')}`);
  }
  removeDependents(source, dependents);
  source.tables = source.tables.filter((t) => !(t.table.schema === table.schema && t.table.name === table.name));
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_set_table_customization {source, table, configuration} */
export const setTableCustomization: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const configuration = objectArg(args.configuration ?? {}, '$.args.configuration') as TableConfiguration;
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
  entry.configuration = configuration;
  refuseShadowedFields(entry, sourceName(args));
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** A relationship or computed field named as a column's new custom name is inconsistent: the change is refused. */
function refuseShadowedFields(entry: TableMetadata, source: string): void {
  const objects = [];
  for (const [list, type] of [
    ['object_relationships', 'object_relation'],
    ['array_relationships', 'array_relation'],
    ['computed_fields', 'computed_field'],
  ] as const) {
    for (const field of (entry[list] ?? []) as { name: string; comment?: string }[]) {
      const column = columnNamed(entry, field.name);
      if (column === undefined) continue;
      objects.push({
        definition: { ...field, source, comment: field.comment ?? null, table: entry.table },
        reason: `Inconsistent object: ${customNameConflict(column)}`,
        name: `${type} ${field.name} in table ${showTable(entry.table)} in source ${source}`,
        type,
      });
    }
  }
  if (objects.length > 0) throw new MetadataApiError('unexpected', 'cannot continue due to new inconsistent metadata', 400, '$.args', objects);
}

/** Legacy set_table_custom_fields {table, custom_root_fields, custom_column_names}. */
export const setTableCustomFields: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const names = (args.custom_column_names ?? {}) as Record<string, string>;
  const columnConfig: Record<string, { custom_name: string }> = {};
  for (const [column, name] of Object.entries(names)) columnConfig[column] = { custom_name: name };
  const configuration: TableConfiguration = {
    custom_root_fields: (args.custom_root_fields ?? {}) as TableConfiguration['custom_root_fields'],
    custom_column_names: names,
    column_config: columnConfig,
  };
  return setTableCustomization({ table: args.table, source: args.source, configuration }, ctx);
};

/** pg_set_table_is_enum {source, table, is_enum} */
export const setTableIsEnum: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
  if (optionalBool(args, 'is_enum')) entry.is_enum = true;
  else delete entry.is_enum;
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
