import type { QualifiedTable, SourceMetadata, TableMetadata } from './types.js';
import { sameTable } from './args.js';
import { PERMISSION_KINDS, permissionKey } from './edit.js';

/**
 * Carrying a renamed table or column into the metadata, as Hasura's `renameTableInMetadata`
 * and `renameColumnInMetadata` do after a run_sql: the tracked entry, every relationship that
 * names it, every permission (columns, presets, and boolean expressions reached through
 * relationships and `_exists`), custom column names and event trigger columns. Pure: the
 * caller says where each relationship leads (`targetOf`).
 */
export type RelationshipTarget = (table: QualifiedTable, relationship: string) => QualifiedTable | undefined;

type AnyRecord = Record<string, unknown>;

const isRecord = (v: unknown): v is AnyRecord => v !== null && typeof v === 'object' && !Array.isArray(v);

function qualify(raw: unknown): QualifiedTable | undefined {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  if (isRecord(raw) && typeof raw.name === 'string') return { schema: typeof raw.schema === 'string' ? raw.schema : 'public', name: raw.name };
  return undefined;
}

/** The new name in the form the old one was written (a bare name stays bare in public). */
function renamedRef(raw: unknown, to: QualifiedTable): unknown {
  return typeof raw === 'string' && to.schema === 'public' ? to.name : { schema: to.schema, name: to.name };
}

function usings(entry: TableMetadata): AnyRecord[] {
  return [...(entry.object_relationships ?? []), ...(entry.array_relationships ?? [])].map((r) => r.using as unknown as AnyRecord).filter(isRecord);
}

function permissionsOf(entry: TableMetadata): AnyRecord[] {
  return PERMISSION_KINDS.flatMap((kind) => ((entry[permissionKey(kind)] ?? []) as { permission?: unknown }[]).map((p) => p.permission).filter(isRecord));
}

/** Every boolean expression of a table's permissions, written back through `set`. */
function eachBoolExp(entry: TableMetadata, edit: (exp: unknown) => unknown): void {
  for (const permission of permissionsOf(entry)) {
    for (const key of ['filter', 'check'] as const) {
      if (permission[key] !== undefined && permission[key] !== null) permission[key] = edit(permission[key]);
    }
  }
}

export function renameTable(source: SourceMetadata, from: QualifiedTable, to: QualifiedTable): void {
  for (const entry of source.tables) {
    if (sameTable(entry.table, from)) entry.table = { schema: to.schema, name: to.name };
    for (const using of usings(entry)) {
      const fk = using.foreign_key_constraint_on;
      if (isRecord(fk) && fk.table !== undefined && sameTable(qualify(fk.table)!, from)) fk.table = renamedRef(fk.table, to);
      const manual = using.manual_configuration;
      if (isRecord(manual) && manual.remote_table !== undefined && sameTable(qualify(manual.remote_table)!, from)) manual.remote_table = renamedRef(manual.remote_table, to);
    }
    eachBoolExp(entry, (exp) => renameTableInBoolExp(exp, from, to));
  }
}

function renameTableInBoolExp(exp: unknown, from: QualifiedTable, to: QualifiedTable): unknown {
  if (Array.isArray(exp)) return exp.map((e) => renameTableInBoolExp(e, from, to));
  if (!isRecord(exp)) return exp;
  const out: AnyRecord = {};
  for (const [key, value] of Object.entries(exp)) {
    if (key === '_exists' && isRecord(value)) {
      const table = qualify(value._table);
      out[key] = {
        ...value,
        _table: table && sameTable(table, from) ? renamedRef(value._table, to) : value._table,
        _where: renameTableInBoolExp(value._where, from, to),
      };
    } else out[key] = isRecord(value) || Array.isArray(value) ? renameTableInBoolExp(value, from, to) : value;
  }
  return out;
}

const COLUMN_COMPARISONS = new Set(['_ceq', '_cne', '_cgt', '_clt', '_cgte', '_clte']);

export interface ColumnRename {
  table: QualifiedTable;
  from: string;
  to: string;
  targetOf: RelationshipTarget;
}

const renameIn = (names: unknown, from: string, to: string) => (Array.isArray(names) ? names.map((n) => (n === from ? to : n)) : names);

function renameKey(record: unknown, from: string, to: string): unknown {
  if (!isRecord(record) || !(from in record)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

function renameColumnInBoolExp(exp: unknown, context: QualifiedTable | undefined, r: ColumnRename): unknown {
  if (Array.isArray(exp)) return exp.map((e) => renameColumnInBoolExp(e, context, r));
  if (!isRecord(exp) || !context) return exp;
  const here = sameTable(context, r.table);
  const out: AnyRecord = {};
  for (const [key, value] of Object.entries(exp)) {
    if (key === '_and' || key === '_or' || key === '_not') out[key] = renameColumnInBoolExp(value, context, r);
    else if (key === '_exists' && isRecord(value)) out[key] = { ...value, _where: renameColumnInBoolExp(value._where, qualify(value._table), r) };
    else {
      const target = r.targetOf(context, key);
      if (target) out[key] = renameColumnInBoolExp(value, target, r);
      else out[here && key === r.from ? r.to : key] = here ? renameColumnOperands(value, r) : value;
    }
  }
  return out;
}

/** `_ceq: "column"` and friends name a column of the same table. */
function renameColumnOperands(ops: unknown, r: ColumnRename): unknown {
  if (!isRecord(ops)) return ops;
  return Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, COLUMN_COMPARISONS.has(op) && v === r.from ? r.to : v]));
}

/**
 * Renames columns of one or more tables in two passes: first every relationship, then the
 * boolean expressions, which are followed through relationships that must already know the
 * new column names (two tables renamed by one run_sql).
 */
export function renameColumns(source: SourceMetadata, renames: readonly ColumnRename[]): void {
  for (const rename of renames) renameInRelationships(source, rename);
  for (const rename of renames) renameElsewhere(source, rename);
}

function renameInRelationships(source: SourceMetadata, rename: ColumnRename): void {
  const { table, from, to } = rename;
  for (const entry of source.tables) {
    const own = sameTable(entry.table, table);
    for (const using of usings(entry)) {
      const fk = using.foreign_key_constraint_on;
      if (own && (typeof fk === 'string' || Array.isArray(fk))) using.foreign_key_constraint_on = typeof fk === 'string' ? (fk === from ? to : fk) : renameIn(fk, from, to);
      if (isRecord(fk) && fk.table !== undefined && sameTable(qualify(fk.table)!, table)) {
        if (fk.column === from) fk.column = to;
        if (fk.columns !== undefined) fk.columns = typeof fk.columns === 'string' ? (fk.columns === from ? to : fk.columns) : renameIn(fk.columns, from, to);
      }
      const manual = using.manual_configuration;
      if (isRecord(manual) && isRecord(manual.column_mapping)) {
        let mapping = manual.column_mapping;
        if (own) mapping = renameKey(mapping, from, to) as AnyRecord;
        if (manual.remote_table !== undefined && sameTable(qualify(manual.remote_table)!, table)) {
          mapping = Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, v === from ? to : v]));
        }
        manual.column_mapping = mapping;
      }
    }
  }
}

function renameElsewhere(source: SourceMetadata, rename: ColumnRename): void {
  const { table, from, to } = rename;
  for (const entry of source.tables) {
    eachBoolExp(entry, (exp) => renameColumnInBoolExp(exp, entry.table, rename));
    if (!sameTable(entry.table, table)) continue;
    for (const permission of permissionsOf(entry)) {
      permission.columns = renameIn(permission.columns, from, to);
      if (permission.set !== undefined) permission.set = renameKey(permission.set, from, to);
    }
    const configuration = entry.configuration;
    if (configuration) {
      if (configuration.custom_column_names) configuration.custom_column_names = renameKey(configuration.custom_column_names, from, to) as Record<string, string>;
      if (configuration.column_config) configuration.column_config = renameKey(configuration.column_config, from, to) as typeof configuration.column_config;
    }
    for (const trigger of entry.event_triggers ?? []) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        const spec = trigger.definition?.[op];
        if (!spec) continue;
        spec.columns = renameIn(spec.columns, from, to) as typeof spec.columns;
        if (spec.payload !== undefined) spec.payload = renameIn(spec.payload, from, to) as typeof spec.payload;
      }
    }
  }
}

/** A dropped column's custom name goes with it (Hasura's `possiblyDropCustomColumnNames`). */
export function dropCustomColumnNames(entry: TableMetadata, columns: readonly string[]): void {
  const configuration = entry.configuration;
  if (!configuration) return;
  for (const column of columns) {
    if (configuration.custom_column_names) delete configuration.custom_column_names[column];
    if (configuration.column_config) delete configuration.column_config[column];
  }
}
