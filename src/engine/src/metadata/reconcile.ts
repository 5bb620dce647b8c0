import { findTable, type DatabaseModel } from '../introspection/index.js';
import type { QualifiedTable, SourceMetadata } from './types.js';
import { sameTable, showTable } from './args.js';
import { findTableIn, permissionKey, pruneEmptyLists } from './edit.js';
import { MetadataApiError, dependencyError } from './errors.js';
import { dropCustomColumnNames, renameColumns, renameTable } from './rename.js';
import { relationshipTargets } from './relationship-targets.js';
import { functionDiffs, tableDiffs } from './schema-diff.js';
import { permissionsUsingColumn, typeDependents } from './column-type-dependents.js';

/**
 * Brings a source's metadata in line with what a run_sql did to the database, as Hasura's
 * `runTxWithMetadataCheck` does: renamed tables and columns carry their relationships,
 * permissions and custom names along; a column whose type a permission's literal depends on,
 * a tracked function that became VOLATILE or gained an overload, and a computed field whose
 * function went away (unless `cascade`) are refused. Edits `source` in place; what simply
 * vanished (a dropped table, column or function) is left to the consistency check.
 */
const notSupported = (message: string) => new MetadataApiError('not-supported', message);

function qualify(raw: QualifiedTable | string): QualifiedTable {
  return typeof raw === 'string' ? { schema: 'public', name: raw } : { schema: raw.schema ?? 'public', name: raw.name };
}

export function reconcileSchemaChange(source: SourceMetadata, before: DatabaseModel, after: DatabaseModel, cascade: boolean): void {
  checkFunctions(source, before, after, cascade);
  const diffs = tableDiffs(
    before,
    after,
    source.tables.map((t) => t.table),
  );
  for (const diff of diffs) if (diff.renamedTo) renameTable(source, diff.table, diff.renamedTo);
  const targetOf = relationshipTargets(source, after);
  renameColumns(
    source,
    diffs.flatMap((diff) => [...diff.renamedColumns].map(([from, to]) => ({ table: diff.renamedTo ?? diff.table, from, to, targetOf }))),
  );
  for (const diff of diffs) {
    const table = diff.renamedTo ?? diff.table;
    for (const column of diff.retypedColumns) {
      const dependents = typeDependents(source, table, diff.renamedColumns.get(column) ?? column, targetOf);
      if (dependents.length > 0) {
        throw dependencyError(`cannot change type of column "${column}" in table "${showTable(table)}" because of the following dependencies: ${dependents.join(', ')}`);
      }
    }
    const entry = findTableIn(source, table);
    if (entry) dropCustomColumnNames(entry, diff.droppedColumns);
  }
  // A dropped column takes the permissions that use it, only when asked to (cascade).
  const users = diffs.flatMap((diff) =>
    diff.droppedColumns.flatMap((column) => permissionsUsingColumn(source, { table: diff.renamedTo ?? diff.table, column, targetOf, literalOnly: false })),
  );
  if (users.length > 0 && !cascade) {
    throw dependencyError(`cannot drop due to the following dependent objects : ${[...new Set(users.map((u) => u.description))].join(', ')}`);
  }
  for (const user of users) {
    const entry = findTableIn(source, user.table);
    const key = permissionKey(user.kind);
    if (!entry) continue;
    (entry as Record<string, unknown>)[key] = ((entry[key] ?? []) as { role: string }[]).filter((p) => p.role !== user.role);
    pruneEmptyLists(entry);
  }
}

function checkFunctions(source: SourceMetadata, before: DatabaseModel, after: DatabaseModel, cascade: boolean): void {
  const tracked = (source.functions ?? []).map((f) => qualify(f.function));
  const trackedDiffs = functionDiffs(before, after, tracked);
  const overloaded = trackedDiffs.filter((d) => d.overloaded);
  if (overloaded.length > 0) throw notSupported(`the following tracked function(s) cannot be overloaded: ${overloaded.map((d) => showTable(d.fn)).join(', ')}`);
  for (const d of trackedDiffs) {
    if (d.volatilityTo === 'v') throw notSupported(`type of function "${showTable(d.fn)}" is altered to "VOLATILE" which is not supported now`);
  }
  // A tracked function dropped (or dropped and created again) is no longer the one tracked.
  const dropped = trackedDiffs.filter((d) => d.dropped);
  if (dropped.length > 0 && source.functions) {
    source.functions = source.functions.filter((f) => !dropped.some((d) => sameTable(d.fn, qualify(f.function))));
    if (source.functions.length === 0) delete source.functions;
  }

  const gone: string[] = [];
  const surviving = new Set([...after.tables.values()].map((t) => t.oid));
  for (const entry of source.tables) {
    // A computed field of a dropped table goes with the table.
    const table = findTable(before, entry.table.schema, entry.table.name);
    if (!table || !surviving.has(table.oid)) continue;
    for (const cf of entry.computed_fields ?? []) {
      const fn = qualify(cf.definition.function);
      const [d] = functionDiffs(before, after, [fn]);
      if (!d) continue;
      const where = `of table "${showTable(entry.table)}"`;
      if (d.dropped) gone.push(`computed field ${showTable(entry.table)}.${cf.name} in source "${source.name}"`);
      else if (d.overloaded) throw notSupported(`The function "${showTable(fn)}" associated with computed field"${cf.name}" ${where} is being overloaded`);
      else if (d.volatilityTo === 'v')
        throw notSupported(`The type of function "${showTable(fn)}" associated with computed field "${cf.name}" ${where} is being altered to "VOLATILE"`);
    }
  }
  if (gone.length > 0 && !cascade) throw dependencyError(`cannot drop due to the following dependent objects : ${gone.sort().join(', ')}`);
  if (gone.length > 0) {
    for (const entry of source.tables) {
      entry.computed_fields = entry.computed_fields?.filter((cf) => !gone.includes(`computed field ${showTable(entry.table)}.${cf.name} in source "${source.name}"`));
      if (entry.computed_fields?.length === 0) delete entry.computed_fields;
    }
  }
}
