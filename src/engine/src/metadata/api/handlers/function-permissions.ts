import { findFunctions } from '../../../introspection/index.js';
import { objectArg, qualifiedName, sameTable, showTable, sourceName, stringArg } from '../../args.js';
import { draftOf, findTableIn, sourceIn } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists } from '../../errors.js';
import { inheritedRolesOf, orderInheritedRoles, tablePermissionsWithInherited, type InheritedRole } from '../../inherited-roles.js';
import type { FunctionMetadata, HasuraMetadata, QualifiedTable } from '../../types.js';
import type { ServerMetadataHandler } from '../context.js';

/** Hasura's quoting of a function name in messages: "name" in public, "schema.name" elsewhere. */
const quoted = (fn: QualifiedTable) => `"${showTable(fn)}"`;

function trackedFunction(metadata: HasuraMetadata, source: string, fn: QualifiedTable): FunctionMetadata {
  const entry = (sourceIn(metadata, source).functions ?? []).find((f) => sameTable(f.function, fn));
  if (!entry) throw notExists(`function ${quoted(fn)} not found in the cache`);
  return entry;
}

/** Whether the role has any permission (its own or inherited) on the table. */
function hasTablePermission(metadata: HasuraMetadata, source: string, table: QualifiedTable, role: string): boolean {
  const entry = findTableIn(sourceIn(metadata, source), table);
  if (!entry) return false;
  let ordered: InheritedRole[];
  try {
    ordered = orderInheritedRoles(inheritedRolesOf(metadata));
  } catch {
    ordered = [];
  }
  const perm = tablePermissionsWithInherited(entry, ordered, []).permissions.get(role);
  return perm !== undefined && Object.values(perm).some((p) => p !== undefined);
}

/** pg_create_function_permission {source, function, role} */
export const createFunctionPermission: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const fn = qualifiedName(args.function, '$.args.function');
  const role = stringArg(args, 'role');
  const source = sourceName(args);
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedFunction(draft, source, fn);
  if ((entry.permissions ?? []).some((p) => p.role === role)) {
    throw alreadyExists(`permission of role "${role}" already exists for function ${quoted(fn)} in source: "${source}"`);
  }
  const db = await ctx.databaseModel(source);
  const model = findFunctions(db, fn.schema, fn.name)[0];
  const returned = model && db.tablesByRowType.get(model.returnTypeOid);
  const returnTable = returned ? { schema: returned.schema, name: returned.name } : undefined;
  if (!returnTable || !findTableIn(sourceIn(draft, source), returnTable)) {
    throw notExists(`function's return table ${returnTable ? quoted(returnTable) : '?'} not found in the cache`);
  }
  if (!hasTablePermission(draft, source, returnTable, role)) {
    throw new MetadataApiError(
      'not-supported',
      `function permission can only be added when the function's return table ${quoted(returnTable)} has select permission configured for role: "${role}"`,
    );
  }
  entry.permissions = [...(entry.permissions ?? []), { role }];
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_drop_function_permission {source, function, role} */
export const dropFunctionPermission: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const fn = qualifiedName(args.function, '$.args.function');
  const role = stringArg(args, 'role');
  const source = sourceName(args);
  const draft = draftOf(ctx.getMetadata());
  const entry = trackedFunction(draft, source, fn);
  if (!(entry.permissions ?? []).some((p) => p.role === role)) {
    throw notExists(`permission of role "${role}" does not exist for function ${quoted(fn)} in source: "${source}"`);
  }
  entry.permissions = (entry.permissions ?? []).filter((p) => p.role !== role);
  if (entry.permissions.length === 0) delete entry.permissions;
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
