import { findTable } from '../../../introspection/index.js';
import type { TableConfiguration, TableMetadata } from '../../types.js';
import { objectArg, optionalBool, qualifiedName, showTable, sourceName } from '../../args.js';
import type { ServerMetadataContext, ServerMetadataHandler } from '../context.js';
import { draftOf, findTableIn, sourceIn, trackedTable } from '../../edit.js';
import { MetadataApiError, notExists } from '../../errors.js';
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
  const dependents = dependentsOfTable(source, table);
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
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

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
