import { findTable, type DatabaseModel, type TableModel } from '../../../introspection/index.js';
import type { ArrayRelationship, ObjectRelationship, QualifiedTable } from '../../types.js';
import { objectArg, optionalBool, optionalString, qualifiedName, showTable, sourceName, stringArg } from '../../args.js';
import type { ServerMetadataHandler } from '../context.js';
import { permissionsUsing, removeDependents } from '../dependencies.js';
import { draftOf, fieldNames, listOf, pruneEmptyLists, sourceIn, trackedTable } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../errors.js';
import { columnNamed, customNameConflict } from '../../custom-column-names.js';

type RelKind = 'object' | 'array';

function inconsistent(message: string): MetadataApiError {
  return new MetadataApiError('invalid-configuration', `Inconsistent object: ${message}`);
}

function columnsOf(value: Record<string, unknown>, path: string): string[] {
  const raw = value.columns ?? value.column;
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.length > 0 && raw.every((c) => typeof c === 'string')) return raw as string[];
  throw parseFailed('expected "column" or "columns"', path);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function dbTable(model: DatabaseModel, table: QualifiedTable): TableModel {
  const found = findTable(model, table.schema, table.name);
  if (!found) throw inconsistent(`table "${showTable(table)}" does not exist`);
  return found;
}

function checkColumns(table: TableModel, columns: readonly string[]): void {
  for (const column of columns) {
    if (!table.columnsByName.has(column)) throw inconsistent(`column "${column}" does not exist in table "${table.name}"`);
  }
}

/** Checks that what `using` names exists in the database, the way Hasura's schema cache build does. */
function validateUsing(kind: RelKind, using: Record<string, unknown>, self: TableModel, model: DatabaseModel): void {
  if ('manual_configuration' in using) {
    const manual = objectArg(using.manual_configuration, '$.args.using.manual_configuration');
    const remote = dbTable(model, qualifiedName(manual.remote_table, '$.args.using.manual_configuration.remote_table'));
    const mapping = objectArg(manual.column_mapping, '$.args.using.manual_configuration.column_mapping') as Record<string, string>;
    checkColumns(self, Object.keys(mapping));
    checkColumns(remote, Object.values(mapping));
    return;
  }
  if (!('foreign_key_constraint_on' in using)) throw parseFailed('expected "foreign_key_constraint_on" or "manual_configuration"', '$.args.using');
  const fk = using.foreign_key_constraint_on;
  if (typeof fk === 'string' || Array.isArray(fk)) {
    if (kind === 'array') throw parseFailed('expected Object for foreign_key_constraint_on of an array relationship', '$.args.using.foreign_key_constraint_on');
    const columns = typeof fk === 'string' ? [fk] : (fk as string[]);
    checkColumns(self, columns);
    if (!self.foreignKeys.some((f) => sameSet(f.columns, columns))) throw inconsistent('no foreign constraint exists on the given column(s)');
    return;
  }
  const spec = objectArg(fk, '$.args.using.foreign_key_constraint_on');
  const remote = dbTable(model, qualifiedName(spec.table, '$.args.using.foreign_key_constraint_on.table'));
  const columns = columnsOf(spec, '$.args.using.foreign_key_constraint_on');
  checkColumns(remote, columns);
  const pointsHere = remote.foreignKeys.some((f) => sameSet(f.columns, columns) && f.refSchema === self.schema && f.refTable === self.name);
  if (!pointsHere) throw inconsistent('no foreign constraint exists on the given column(s)');
}

function createRelationship(kind: RelKind): ServerMetadataHandler {
  return async (rawArgs, ctx) => {
    const args = objectArg(rawArgs);
    const table = qualifiedName(args.table, '$.args.table');
    const name = stringArg(args, 'name');
    const using = objectArg(args.using, '$.args.using');
    const draft = draftOf(ctx.getMetadata());
    const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
    const model = await ctx.databaseModel(sourceName(args));
    const self = dbTable(model, table);
    if (fieldNames(entry).has(name) || self.columnsByName.has(name)) {
      throw alreadyExists(`column/relationship "${name}" of table "${showTable(table)}" already exists`);
    }
    const shadowed = columnNamed(entry, name);
    if (shadowed !== undefined) {
      const reason = `Inconsistent object: ${customNameConflict(shadowed)}`;
      const definition = { using, name, source: sourceName(args), comment: optionalString(args, 'comment') ?? null, table };
      const internal = [{ definition, reason, name: `${kind}_relation ${name} in table ${showTable(table)} in source ${sourceName(args)}`, type: `${kind}_relation` }];
      throw new MetadataApiError('invalid-configuration', reason, 400, '$.args', internal);
    }
    validateUsing(kind, using, self, model);
    const relationship = { name, using, ...(optionalString(args, 'comment') ? { comment: args.comment as string } : {}) };
    if (kind === 'object') listOf(entry, 'object_relationships').push(relationship as ObjectRelationship);
    else listOf(entry, 'array_relationships').push(relationship as ArrayRelationship);
    await ctx.setMetadata(draft);
    return { message: 'success' };
  };
}

export const createObjectRelationship = createRelationship('object');
export const createArrayRelationship = createRelationship('array');

/** pg_drop_relationship {source, table, relationship, cascade?} */
export const dropRelationship: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const name = stringArg(args, 'relationship');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  const entry = trackedTable(source, table);
  const inObject = (entry.object_relationships ?? []).some((r) => r.name === name);
  const inArray = (entry.array_relationships ?? []).some((r) => r.name === name);
  if (!inObject && !inArray) throw notExists(`relationship "${name}" does not exist`);
  const dependents = permissionsUsing(source, entry, name);
  if (dependents.length > 0 && !optionalBool(args, 'cascade')) {
    throw new MetadataApiError('dependency-error', `cannot drop due to the following dependent objects : ${dependents.map((d) => d.description).join(', ')}`);
  }
  removeDependents(source, dependents);
  if (entry.object_relationships) entry.object_relationships = entry.object_relationships.filter((r) => r.name !== name);
  if (entry.array_relationships) entry.array_relationships = entry.array_relationships.filter((r) => r.name !== name);
  pruneEmptyLists(entry);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_rename_relationship {source, table, name, new_name} */
export const renameRelationship: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const name = stringArg(args, 'name');
  const newName = stringArg(args, 'new_name');
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
  const rel = [...(entry.object_relationships ?? []), ...(entry.array_relationships ?? [])].find((r) => r.name === name);
  if (!rel) throw notExists(`relationship "${name}" does not exist`);
  if (fieldNames(entry).has(newName)) throw alreadyExists(`column/relationship "${newName}" of table "${showTable(table)}" already exists`);
  rel.name = newName;
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
