import { findTable } from '../../../introspection/index.js';
import { objectArg, qualifiedName, showTable, sourceName, stringArg } from '../../args.js';
import { findUnknownField } from '../bool-exp-check.js';
import type { ServerMetadataHandler } from '../context.js';
import { draftOf, listOf, permissionKey, pruneEmptyLists, sourceIn, trackedTable, type PermissionKind } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../errors.js';

function inconsistent(table: string, role: string, message: string): MetadataApiError {
  return new MetadataApiError('invalid-configuration', `Inconsistent object: in table "${table}": in permission for role "${role}": ${message}`);
}

const REQUIRED: Record<PermissionKind, readonly string[]> = {
  select: ['columns', 'filter'],
  insert: ['check'],
  update: ['columns', 'filter'],
  delete: ['filter'],
};

function createPermission(kind: PermissionKind): ServerMetadataHandler {
  return async (rawArgs, ctx) => {
    const args = objectArg(rawArgs);
    const table = qualifiedName(args.table, '$.args.table');
    const role = stringArg(args, 'role');
    const permission = objectArg(args.permission, '$.args.permission');
    for (const key of REQUIRED[kind]) {
      if (permission[key] === undefined) throw parseFailed(`key "${key}" not found`, '$.args.permission');
    }
    const draft = draftOf(ctx.getMetadata());
    const source = sourceIn(draft, sourceName(args));
    const entry = trackedTable(source, table);
    const list = listOf(entry, permissionKey(kind)) as { role: string }[];
    // admin has every permission already; Hasura says so rather than storing another.
    if (role === 'admin' || list.some((p) => p.role === role)) {
      throw alreadyExists(`${kind} permission already defined on table "${showTable(table)}" with role "${role}"`);
    }
    const model = await ctx.databaseModel(sourceName(args));
    const db = findTable(model, table.schema, table.name);
    const columns = permission.columns;
    if (db && Array.isArray(columns)) {
      const missing = columns.find((c) => typeof c !== 'string' || !db.columnsByName.has(c));
      if (missing !== undefined) throw inconsistent(showTable(table), role, `column "${String(missing)}" does not exist`);
    } else if (columns !== undefined && columns !== '*' && !Array.isArray(columns)) {
      throw parseFailed('expected "*" or a list of columns', '$.args.permission.columns');
    }
    for (const key of ['filter', 'check'] as const) {
      const problem = findUnknownField(permission[key], table, source, model);
      if (problem) throw inconsistent(showTable(table), role, problem);
    }
    list.push({ role, permission, ...(typeof args.comment === 'string' ? { comment: args.comment } : {}) } as never);
    await ctx.setMetadata(draft);
    return { message: 'success' };
  };
}

function dropPermission(kind: PermissionKind): ServerMetadataHandler {
  return async (rawArgs, ctx) => {
    const args = objectArg(rawArgs);
    const table = qualifiedName(args.table, '$.args.table');
    const role = stringArg(args, 'role');
    const draft = draftOf(ctx.getMetadata());
    const entry = trackedTable(sourceIn(draft, sourceName(args)), table);
    const key = permissionKey(kind);
    const list = (entry[key] ?? []) as { role: string }[];
    if (!list.some((p) => p.role === role)) {
      throw notExists(`${kind} permission on "${showTable(table)}" for role "${role}" does not exist`);
    }
    (entry as Record<string, unknown>)[key] = list.filter((p) => p.role !== role);
    pruneEmptyLists(entry);
    await ctx.setMetadata(draft);
    return { message: 'success' };
  };
}

export const permissionHandlers: Record<string, ServerMetadataHandler> = Object.fromEntries(
  (['select', 'insert', 'update', 'delete'] as const).flatMap((kind) => [
    [`create_${kind}_permission`, createPermission(kind)],
    [`drop_${kind}_permission`, dropPermission(kind)],
  ]),
);
