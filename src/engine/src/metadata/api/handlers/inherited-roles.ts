import { objectArg, stringArg } from '../../args.js';
import type { ServerMetadataHandler } from '../context.js';
import { draftOf } from '../../edit.js';
import { alreadyExists, notExists, parseFailed } from '../../errors.js';

interface InheritedRole {
  role_name: string;
  role_set: string[];
}

/** add_inherited_role {role_name, role_set} */
export const addInheritedRole: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const roleName = stringArg(args, 'role_name');
  const roleSet = args.role_set;
  if (!Array.isArray(roleSet) || !roleSet.every((r) => typeof r === 'string')) throw parseFailed('expected a list of role names', '$.args.role_set');
  const draft = draftOf(ctx.getMetadata());
  const roles = (draft.inherited_roles ?? []) as InheritedRole[];
  if (roles.some((r) => r.role_name === roleName)) throw alreadyExists(`inherited role "${roleName}" already exists`);
  draft.inherited_roles = [...roles, { role_name: roleName, role_set: roleSet as string[] }];
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_inherited_role {role_name} */
export const dropInheritedRole: ServerMetadataHandler = async (rawArgs, ctx) => {
  const roleName = stringArg(objectArg(rawArgs), 'role_name');
  const draft = draftOf(ctx.getMetadata());
  const roles = (draft.inherited_roles ?? []) as InheritedRole[];
  if (!roles.some((r) => r.role_name === roleName)) throw notExists(`inherited role "${roleName}" does not exist`);
  draft.inherited_roles = roles.filter((r) => r.role_name !== roleName);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
