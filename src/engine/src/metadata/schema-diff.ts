import { findTable, findFunctions, type DatabaseModel } from '../introspection/index.js';
import type { QualifiedTable } from './types.js';

/**
 * What a run_sql changed about the tracked tables and functions, found as Hasura finds it
 * (`getTablesDiff`, `getFunctionsDiff`): a table is the same table while its oid is, a column
 * the same column while its position (attnum) is, so `ALTER TABLE ... RENAME` is a rename and
 * not a drop followed by a create.
 */
export interface TableDiff {
  table: QualifiedTable;
  /** The table's new name when it was renamed. */
  renamedTo?: QualifiedTable;
  /** Old column name → new name. */
  renamedColumns: Map<string, string>;
  droppedColumns: string[];
  /** Columns (by their old names) whose type changed. */
  retypedColumns: string[];
}

export interface FunctionDiff {
  fn: QualifiedTable;
  /** No function of that name has the oid it had: dropped, renamed, or dropped and created again. */
  dropped: boolean;
  /** 'i' | 's' | 'v' when the volatility changed. */
  volatilityTo?: string;
  /** More functions of that name exist than before. */
  overloaded: boolean;
}

/** Tables tracked before the SQL ran that still exist (dropped tables are the consistency check's). */
export function tableDiffs(before: DatabaseModel, after: DatabaseModel, tracked: readonly QualifiedTable[]): TableDiff[] {
  const afterByOid = new Map([...after.tables.values()].map((t) => [t.oid, t]));
  const out: TableDiff[] = [];
  for (const table of tracked) {
    const old = findTable(before, table.schema, table.name);
    const now = old && afterByOid.get(old.oid);
    if (!old || !now) continue;
    const diff: TableDiff = { table, renamedColumns: new Map(), droppedColumns: [], retypedColumns: [] };
    if (now.schema !== old.schema || now.name !== old.name) diff.renamedTo = { schema: now.schema, name: now.name };
    const nowByPosition = new Map(now.columns.map((c) => [c.position, c]));
    for (const column of old.columns) {
      const current = nowByPosition.get(column.position);
      if (!current) diff.droppedColumns.push(column.name);
      else {
        if (current.name !== column.name) diff.renamedColumns.set(column.name, current.name);
        if (current.typeOid !== column.typeOid) diff.retypedColumns.push(column.name);
      }
    }
    if (diff.renamedTo || diff.renamedColumns.size > 0 || diff.droppedColumns.length > 0 || diff.retypedColumns.length > 0) out.push(diff);
  }
  return out;
}

/**
 * Functions (tracked, or under a computed field) that were dropped, changed volatility or gained
 * an overload; like tables, a function is the same function while its oid is.
 */
export function functionDiffs(before: DatabaseModel, after: DatabaseModel, functions: readonly QualifiedTable[]): FunctionDiff[] {
  const out: FunctionDiff[] = [];
  for (const fn of functions) {
    const old = findFunctions(before, fn.schema, fn.name);
    if (old.length === 0) continue;
    const now = findFunctions(after, fn.schema, fn.name);
    const kept = now.filter((f) => old.some((o) => o.oid === f.oid));
    const dropped = kept.length === 0;
    const changed = kept.find((f) => old.find((o) => o.oid === f.oid)!.volatility !== f.volatility);
    const overloaded = now.length > old.length && !dropped;
    if (dropped || changed || overloaded) out.push({ fn, dropped, volatilityTo: changed?.volatility, overloaded });
  }
  return out;
}
