import type { ServerMetadataContext, ServerMetadataHandler } from '../../metadata/api/context.js';
import { draftOf } from '../../metadata/edit.js';
import { alreadyExists, MetadataApiError, notExists } from '../../metadata/errors.js';
import type { ActionMetadata, HasuraMetadata } from '../../metadata/types.js';
import { resolveCatalog } from '../../schema/resolve-catalog.js';
import { clearActionData } from '../action-log-sql.js';
import { objectArg, optionalBool, optionalString, readActionName, readCustomTypes, readDefinition, stringArg } from './action-args.js';

/**
 * set_custom_types, create_action, update_action, drop_action, create_action_permission,
 * drop_action_permission (`RQL/DDL/CustomTypes.hs`, `RQL/DDL/Action.hs`): edits of the
 * metadata's `actions` / `custom_types`. Like Hasura's buildSchemaCacheFor, an edit that makes
 * its own object inconsistent fails with that reason (invalid-configuration), and one that makes
 * any other object inconsistent fails with "cannot continue due to new inconsistent metadata".
 */
const actionsOf = (metadata: HasuraMetadata): ActionMetadata[] => metadata.actions ?? [];

const notFound = (name: string) => notExists(`action with name "${name}" does not exist`);

function find(metadata: HasuraMetadata, name: string): ActionMetadata {
  const action = actionsOf(metadata).find((a) => a.name === name);
  if (!action) throw notFound(name);
  return action;
}

/** Problems of actions and custom types, as the schema cache will find them. */
async function actionProblems(ctx: ServerMetadataContext, metadata: HasuraMetadata): Promise<string[]> {
  const catalog = resolveCatalog(metadata, await ctx.databaseModel());
  return catalog.inconsistencies.filter((p) => p.startsWith('in action "') || p.startsWith('validation for the given custom types failed'));
}

async function apply(ctx: ServerMetadataContext, next: HasuraMetadata, own: (problem: string) => boolean): Promise<{ message: string }> {
  const before = new Set(await actionProblems(ctx, ctx.getMetadata()));
  const after = (await actionProblems(ctx, next)).filter((p) => !before.has(p));
  const mine = after.filter(own);
  if (mine.length > 0) throw new MetadataApiError('invalid-configuration', mine.map((p) => `Inconsistent object: ${p}`).join(', '));
  if (after.length > 0) {
    throw new MetadataApiError(
      'unexpected',
      'cannot continue due to new inconsistent metadata',
      400,
      '$.args',
      after.map((reason) => ({ reason: `Inconsistent object: ${reason}` })),
    );
  }
  await ctx.setMetadata(next);
  return { message: 'success' };
}

const ofAction = (name: string) => (problem: string) => problem.startsWith(`in action "${name}";`);

export const setCustomTypes: ServerMetadataHandler = async (raw, ctx) => {
  const next = draftOf(ctx.getMetadata());
  next.custom_types = readCustomTypes(raw);
  return apply(ctx, next, (p) => p.startsWith('validation for the given custom types failed'));
};

export const createAction: ServerMetadataHandler = async (raw, ctx) => {
  const args = objectArg(raw);
  const name = readActionName(args);
  const definition = readDefinition(args);
  const comment = optionalString(args, 'comment');
  const current = ctx.getMetadata();
  if (actionsOf(current).some((a) => a.name === name)) throw alreadyExists(`action with name "${name}" already exists`);
  const next = draftOf(current);
  next.actions = [...actionsOf(next), { name, definition, ...(comment !== undefined ? { comment } : {}) }];
  return apply(ctx, next, ofAction(name));
};

export const updateAction: ServerMetadataHandler = async (raw, ctx) => {
  const args = objectArg(raw);
  const name = readActionName(args);
  const definition = readDefinition(args);
  const comment = optionalString(args, 'comment');
  find(ctx.getMetadata(), name);
  const next = draftOf(ctx.getMetadata());
  next.actions = actionsOf(next).map((a) => {
    if (a.name !== name) return a;
    const { comment: _old, ...rest } = a;
    return { ...rest, definition, ...(comment !== undefined ? { comment } : {}) };
  });
  return apply(ctx, next, ofAction(name));
};

export const dropAction: ServerMetadataHandler = async (raw, ctx) => {
  const args = objectArg(raw);
  const name = readActionName(args);
  // Hasura clears the action's log entries unless told to keep them.
  const clearData = optionalBool(args, 'clear_data') ?? true;
  find(ctx.getMetadata(), name);
  const next = draftOf(ctx.getMetadata());
  next.actions = actionsOf(next).filter((a) => a.name !== name);
  if (next.actions.length === 0) delete next.actions;
  await ctx.setMetadata(next);
  if (clearData) await clearActionData(ctx.pool, name);
  return { message: 'success' };
};

export const createActionPermission: ServerMetadataHandler = async (raw, ctx) => {
  const args = objectArg(raw);
  const name = stringArg(args, 'action');
  const role = stringArg(args, 'role');
  const comment = optionalString(args, 'comment');
  const action = find(ctx.getMetadata(), name);
  if ((action.permissions ?? []).some((p) => p.role === role)) throw alreadyExists(`permission for role "${role}" is already defined on "${name}"`);
  const next = draftOf(ctx.getMetadata());
  const target = find(next, name);
  target.permissions = [...(target.permissions ?? []), { role, ...(comment !== undefined ? { comment } : {}) }];
  await ctx.setMetadata(next);
  return { message: 'success' };
};

export const dropActionPermission: ServerMetadataHandler = async (raw, ctx) => {
  const args = objectArg(raw);
  const name = stringArg(args, 'action');
  const role = stringArg(args, 'role');
  const action = actionsOf(ctx.getMetadata()).find((a) => a.name === name);
  if (!action || !(action.permissions ?? []).some((p) => p.role === role)) throw notExists(`permission for role: "${role}" is not defined on "${name}"`);
  const next = draftOf(ctx.getMetadata());
  const target = find(next, name);
  target.permissions = (target.permissions ?? []).filter((p) => p.role !== role);
  if (target.permissions.length === 0) delete target.permissions;
  await ctx.setMetadata(next);
  return { message: 'success' };
};
