import type { TableMetadata } from './types.js';

/**
 * The GraphQL names columns are given in a table's configuration (`column_config.custom_name`,
 * or the older `custom_column_names`). A relationship or computed field may not take one of
 * them: Hasura reports the field as conflicting with the column.
 */
export function customColumnNames(entry: TableMetadata): Map<string, string> {
  const names = new Map<string, string>();
  const configuration = entry.configuration ?? {};
  for (const [column, name] of Object.entries(configuration.custom_column_names ?? {})) names.set(column, name);
  for (const [column, config] of Object.entries(configuration.column_config ?? {})) if (config?.custom_name) names.set(column, config.custom_name);
  return names;
}

/** The column whose custom name is `field`, if any. */
export function columnNamed(entry: TableMetadata, field: string): string | undefined {
  for (const [column, name] of customColumnNames(entry)) if (name === field) return column;
  return undefined;
}

export const customNameConflict = (column: string) => `field definition conflicts with custom field name for postgres column "${column}"`;
