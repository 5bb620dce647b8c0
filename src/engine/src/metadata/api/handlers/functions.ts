import { findFunctions, findTable } from '../../../introspection/index.js';
import { computedFieldProblem, type ComputedFieldDefinition } from '../../../schema/computed-field-check.js';
import { trackedFunctionProblem, type FunctionConfiguration } from '../../../schema/function-check.js';
import type { ComputedField, FunctionMetadata } from '../../types.js';
import { objectArg, optionalString, qualifiedName, showTable, sourceName, stringArg } from '../../args.js';
import type { ServerMetadataHandler } from '../context.js';
import { permissionsUsing } from '../dependencies.js';
import { draftOf, fieldNames, listOf, pruneEmptyLists, sourceIn, trackedTable } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists } from '../../errors.js';

/** pg_add_computed_field {source, table, name, definition: {function, table_argument?, session_argument?}, comment?} */
export const addComputedField: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const name = stringArg(args, 'name');
  const definition = objectArg(args.definition, '$.args.definition');
  const fn = qualifiedName(definition.function, '$.args.definition.function');
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
  if (fieldNames(entry).has(name)) throw alreadyExists(`computed field "${name}" already exists`);
  const db = await ctx.databaseModel(sourceName(args));
  const candidates = findFunctions(db, fn.schema, fn.name);
  if (candidates.length === 0) {
    throw new MetadataApiError(
      'invalid-configuration',
      `Inconsistent object: in table "${showTable(table)}": in computed field "${name}": no such function exists: "${showTable(fn)}"`,
    );
  }
  const tableModel = findTable(db, table.schema, table.name);
  const problem = tableModel && candidates.length === 1 ? computedFieldProblem(name, tableModel, candidates[0]!, definition as ComputedFieldDefinition, db) : null;
  if (problem) throw new MetadataApiError('invalid-configuration', `Inconsistent object: in table "${showTable(table)}": in computed field "${name}": ${problem}`);
  const field: ComputedField = { name, definition: { ...definition, function: fn } as ComputedField['definition'] };
  const comment = optionalString(args, 'comment');
  if (comment !== undefined) field.comment = comment;
  listOf(entry, 'computed_fields').push(field);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_drop_computed_field {source, table, name, cascade?} */
export const dropComputedField: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = qualifiedName(args.table, '$.args.table');
  const name = stringArg(args, 'name');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  const entry = trackedTable(source, table);
  if (!(entry.computed_fields ?? []).some((cf) => cf.name === name)) throw notExists(`computed field "${name}" does not exist`);
  const dependents = permissionsUsing(source, entry, name);
  if (dependents.length > 0 && args.cascade !== true) {
    throw new MetadataApiError('dependency-error', `cannot drop due to the following dependent objects : ${dependents.map((d) => d.description).join(', ')}`);
  }
  entry.computed_fields = (entry.computed_fields ?? []).filter((cf) => cf.name !== name);
  pruneEmptyLists(entry);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_track_function {source, function, configuration?, comment?}; legacy form {schema, name}. */
export const trackFunction: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const fn = 'function' in args ? qualifiedName(args.function, '$.args.function') : qualifiedName(args, '$.args');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  const functions = (source.functions ??= []);
  if (functions.some((f) => f.function.schema === fn.schema && f.function.name === fn.name)) {
    throw new MetadataApiError('already-tracked', `function already tracked: "${showTable(fn)}"`);
  }
  if (source.tables.some((t) => t.table.schema === fn.schema && t.table.name === fn.name)) {
    throw new MetadataApiError('not-supported', `table with name "${showTable(fn)}" already exists`);
  }
  const db = await ctx.databaseModel(sourceName(args));
  const candidates = findFunctions(db, fn.schema, fn.name);
  if (candidates.length === 0) {
    throw notExists(`no such function exists in postgres : "${showTable(fn)}"`);
  }
  const entry: FunctionMetadata = { function: fn };
  if (args.configuration && typeof args.configuration === 'object') entry.configuration = args.configuration as FunctionMetadata['configuration'];
  const problem = candidates.length === 1 ? trackedFunctionProblem(candidates[0]!, entry.configuration as FunctionConfiguration | undefined, db) : null;
  if (problem) {
    const reason = `Inconsistent object: in function "${fn.name}": ${problem}`;
    // Hasura lists the inconsistent object it refused in `internal`.
    const internal = [{ definition: fn, reason, name: `function ${showTable(fn)} in source ${sourceName(args)}`, type: 'function' }];
    throw new MetadataApiError('invalid-configuration', reason, 400, '$.args', internal);
  }
  if (typeof args.comment === 'string') entry.comment = args.comment;
  functions.push(entry);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_untrack_function {source, function}; legacy form {schema, name}. */
export const untrackFunction: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const fn = 'function' in args ? qualifiedName(args.function, '$.args.function') : qualifiedName(args, '$.args');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  const before = source.functions ?? [];
  const after = before.filter((f) => !(f.function.schema === fn.schema && f.function.name === fn.name));
  if (after.length === before.length) throw notExists(`function not found in cache "${showTable(fn)}"`);
  if (after.length > 0) source.functions = after;
  else delete source.functions;
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
