import { actionInconsistencies } from '../../../actions/api/inconsistencies.js';
import { restEndpointInconsistencies } from '../../rest-endpoints.js';
import { normalizeMetadata, withDefaultSource, defaultSource } from '../../normalize.js';
import type { FunctionMetadata, HasuraMetadata, SourceMetadata } from '../../types.js';
import { objectArg, optionalBool } from '../../args.js';
import { inheritedRolesOf, orderInheritedRoles, RoleCycleError } from '../../inherited-roles.js';
import { removeObjects } from '../../consistency.js';
import { inconsistenciesOfAllSources, sourcesInconsistencyReport } from '../source-inconsistencies.js';
import type { ServerMetadataHandler } from '../context.js';
import { draftOf } from '../../edit.js';
import { MetadataApiError, parseFailed } from '../../errors.js';

/** Metadata v1/v2 (tables at the top level) becomes v3 with one `default` source. */
export function upgradeMetadata(raw: Record<string, unknown>): HasuraMetadata {
  const version = raw.version ?? 1;
  if (version === 3) {
    if (!Array.isArray(raw.sources)) throw parseFailed('key "sources" not found', '$.args');
    return normalizeMetadata(raw as unknown as HasuraMetadata);
  }
  if (version !== 1 && version !== 2) throw parseFailed(`unsupported metadata version ${String(version)}`, '$.args.version');
  const { tables, functions, version: _v, ...rest } = raw;
  const source: SourceMetadata = { ...defaultSource(), tables: (tables ?? []) as SourceMetadata['tables'] };
  if (Array.isArray(functions) && functions.length > 0) source.functions = functions.map(upgradeFunction);
  return normalizeMetadata({ ...rest, version: 3, sources: [source] } as HasuraMetadata);
}

/** A v1 function entry is the function's name (or `{schema, name}`); v2 wraps it as `{function, configuration?}`. */
function upgradeFunction(entry: unknown): FunctionMetadata {
  if (typeof entry === 'string') return { function: { schema: 'public', name: entry } };
  if (entry && typeof entry === 'object' && !('function' in entry)) return { function: entry as FunctionMetadata['function'] };
  return entry as FunctionMetadata;
}

export const exportMetadata: ServerMetadataHandler = async (_args, ctx) => {
  const metadata = normalizeMetadata(ctx.getMetadata());
  if (ctx.requestVersion === 2) {
    const stored = await ctx.storedMetadata();
    return { resource_version: stored?.resourceVersion ?? 1, metadata };
  }
  return metadata;
};

/** replace_metadata: args is the metadata (v1 form) or `{metadata, allow_inconsistent_metadata}` (v2 form). */
export const replaceMetadata: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const v2Form = 'metadata' in args && !('sources' in args) && !('tables' in args);
  const metadata = upgradeMetadata(objectArg(v2Form ? args.metadata : args, v2Form ? '$.args.metadata' : '$.args'));
  const allowInconsistent = v2Form && (optionalBool(args, 'allow_inconsistent_metadata') ?? false);
  // Hasura orders the roles before anything else, so a cycle refuses the metadata whatever allow_inconsistent_metadata says.
  try {
    orderInheritedRoles(inheritedRolesOf(metadata));
  } catch (e) {
    if (e instanceof RoleCycleError) throw new MetadataApiError('cyclic-dependency', e.message, 400, '$');
    throw e;
  }
  // Every source is checked against its own database; one the engine cannot reach is an inconsistent object.
  const sources = sourcesInconsistencyReport(await inconsistenciesOfAllSources(metadata, ctx));
  const endpoints = restEndpointInconsistencies(metadata);
  const report = endpoints.length === 0 ? sources : { is_consistent: false, inconsistent_objects: [...sources.inconsistent_objects, ...endpoints] };
  if (!report.is_consistent && !allowInconsistent) {
    throw new MetadataApiError('unexpected', 'cannot continue due to inconsistent metadata', 400, '$.args', report.inconsistent_objects);
  }
  await ctx.setMetadata(metadata);
  return v2Form ? report : { message: 'success' };
};

export const reloadMetadata: ServerMetadataHandler = async (_args, ctx) => {
  const stored = await ctx.storedMetadata();
  ctx.forgetDatabaseModel();
  if (stored) await ctx.setMetadata(stored.metadata);
  ctx.markSchemaChanged();
  await ctx.reloadNow();
  const report = sourcesInconsistencyReport(await inconsistenciesOfAllSources(ctx.getMetadata(), ctx));
  return { message: 'success', is_consistent: report.is_consistent, ...(report.is_consistent ? {} : { inconsistent_objects: report.inconsistent_objects }) };
};

export const clearMetadata: ServerMetadataHandler = async (_args, ctx) => {
  await ctx.setMetadata(withDefaultSource({ version: 3, sources: [] }));
  return { message: 'success' };
};

export const getInconsistentMetadata: ServerMetadataHandler = async (_args, ctx) => {
  const model = await ctx.databaseModel();
  const report = sourcesInconsistencyReport(await inconsistenciesOfAllSources(ctx.getMetadata(), ctx));
  const others = [...actionInconsistencies(ctx.getMetadata(), model), ...restEndpointInconsistencies(ctx.getMetadata())];
  return others.length === 0 ? report : { is_consistent: false, inconsistent_objects: [...report.inconsistent_objects, ...others] };
};

export const dropInconsistentMetadata: ServerMetadataHandler = async (_args, ctx) => {
  const draft = draftOf(ctx.getMetadata());
  const { perSource, unreachable } = await inconsistenciesOfAllSources(draft, ctx);
  let changed = false;
  for (const { source: name, objects } of perSource) {
    const source = draft.sources.find((s) => s.name === name);
    if (!source || objects.length === 0) continue;
    removeObjects(
      source,
      objects.map((o) => o.ref),
    );
    changed = true;
  }
  // A source the engine cannot reach goes as a whole, as Hasura drops an inconsistent source.
  if (unreachable.length > 0) {
    draft.sources = draft.sources.filter((s) => !unreachable.some((u) => u.definition === s.name));
    changed = true;
  }
  if (changed) await ctx.setMetadata(draft);
  return { message: 'success' };
};
