import { objectArg, stringArg } from '../../args.js';
import type { ServerMetadataHandler } from '../context.js';
import { draftOf } from '../../edit.js';
import { MetadataApiError, invalidParams, notExists, parseFailed } from '../../errors.js';
import { metadataRoles, missingParentsReason, orderInheritedRoles, RoleCycleError, type InheritedRole } from '../../inherited-roles.js';

/** add_inherited_role {role_name, role_set} */
export const addInheritedRole: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const roleName = stringArg(args, 'role_name');
  const roleSet = args.role_set;
  if (!Array.isArray(roleSet) || !roleSet.every((r) => typeof r === 'string')) throw parseFailed('expected a list of role names', '$.args.role_set');
  const draft = draftOf(ctx.getMetadata());
  const roles = (draft.inherited_roles ?? []) as InheritedRole[];
  if (roleSet.includes(roleName)) throw invalidParams('an inherited role name cannot be in the role combination');
  const role: InheritedRole = { role_name: roleName, role_set: roleSet as string[] };
  // Hasura replaces an inherited role of the same name.
  const index = roles.findIndex((r) => r.role_name === roleName);
  draft.inherited_roles = index < 0 ? [...roles, role] : roles.map((r, i) => (i === index ? role : r));
  const missing = missingParentsReason(role, metadataRoles(draft));
  if (missing) throw notExists(missing);
  try {
    orderInheritedRoles(draft.inherited_roles as InheritedRole[]);
  } catch (e) {
    if (e instanceof RoleCycleError) throw new MetadataApiError('cyclic-dependency', e.message);
    throw e;
  }
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_inherited_role {role_name} */
export const dropInheritedRole: ServerMetadataHandler = async (rawArgs, ctx) => {
  const roleName = stringArg(objectArg(rawArgs), 'role_name');
  const draft = draftOf(ctx.getMetadata());
  const roles = (draft.inherited_roles ?? []) as InheritedRole[];
  if (!roles.some((r) => r.role_name === roleName)) throw notExists(`"${roleName}" inherited role doesn't exist`);
  draft.inherited_roles = roles.filter((r) => r.role_name !== roleName);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
