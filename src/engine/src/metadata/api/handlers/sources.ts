import pg from 'pg';
import { introspectDatabase } from '../../../introspection/index.js';
import type { SourceMetadata } from '../../types.js';
import { objectArg, optionalBool, stringArg } from '../../args.js';
import type { ServerMetadataContext, ServerMetadataHandler } from '../context.js';
import { draftOf } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../errors.js';
import { parseSourceConfiguration, resolveDatabaseUrl } from '../../source-connection.js';
import { parseSourceCustomization } from '../../source-customization.js';

/**
 * Postgres sources (Hasura.RQL.DDL.Schema.Source): `pg_add_source`, `pg_update_source`,
 * `pg_drop_source`, `rename_source`. A source's tables and functions are tracked with the
 * source-qualified calls (`pg_track_table {source}`); `default` is the engine's own database.
 */

/**
 * Reads the source's catalog as the schema cache would, before the metadata changes: a source
 * the engine cannot read is an inconsistent object, and Hasura refuses to add it.
 */
async function checkReachable(ctx: ServerMetadataContext, name: string, configuration: SourceMetadata['configuration']): Promise<void> {
  const url = resolveDatabaseUrl(configuration.connection_info, ctx.config.env);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await introspectDatabase(client as unknown as pg.PoolClient);
  } catch (error) {
    const reason = `Inconsistent object: ${(error as Error).message}`;
    throw new MetadataApiError('unexpected', 'cannot continue due to inconsistent metadata', 400, '$.args', [{ definition: name, reason, name: `source ${name}`, type: 'source' }]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function customizationArg(args: Record<string, unknown>): Record<string, unknown> | undefined {
  if (args.customization === undefined || args.customization === null) return undefined;
  return parseSourceCustomization(args.customization, '$.args.customization');
}

/** pg_add_source {name, configuration, customization?, replace_configuration?} */
export const addSource: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  if (name.trim() === '') throw parseFailed('source name cannot be empty', '$.args.name');
  const configuration = parseSourceConfiguration(args.configuration);
  const customization = customizationArg(args);
  const replace = optionalBool(args, 'replace_configuration') ?? false;
  const draft = draftOf(ctx.getMetadata());
  const existing = draft.sources.find((s) => s.name === name);
  if (existing && !replace) throw alreadyExists(`source with name "${name}" already exists`);
  if (existing) {
    existing.configuration = configuration;
    if (customization) existing.customization = customization;
  } else {
    const source: SourceMetadata = { name, kind: 'postgres', tables: [], configuration };
    if (customization) source.customization = customization;
    draft.sources.push(source);
  }
  await checkReachable(ctx, name, configuration);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_update_source {name, configuration?, customization?}: what is given replaces what was there. */
export const updateSource: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  const draft = draftOf(ctx.getMetadata());
  const source = draft.sources.find((s) => s.name === name);
  if (!source) throw notExists(`source with name "${name}" does not exist`);
  if (args.configuration !== undefined && args.configuration !== null) source.configuration = parseSourceConfiguration(args.configuration);
  const customization = customizationArg(args);
  if (customization) source.customization = customization;
  await checkReachable(ctx, name, source.configuration);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** pg_drop_source {name, cascade?}: the source goes with everything tracked in it. */
export const dropSource: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  const cascade = optionalBool(args, 'cascade') ?? false;
  const draft = draftOf(ctx.getMetadata());
  if (!draft.sources.some((s) => s.name === name)) throw notExists(`source with name "${name}" does not exist`);
  // Remote relationships of other sources that reach into this one depend on it.
  const dependents = draft.sources
    .filter((s) => s.name !== name)
    .flatMap((s) =>
      s.tables.flatMap((t) =>
        ((t.remote_relationships ?? []) as { name: string; definition?: { to_source?: { source?: string } } }[])
          .filter((r) => r.definition?.to_source?.source === name)
          .map((r) => ({ source: s, table: t, relationship: r })),
      ),
    );
  if (dependents.length > 0 && !cascade) {
    const described = dependents.map((d) => `remote_relationship ${d.relationship.name} in table ${d.table.table.name} in source ${d.source.name}`);
    throw new MetadataApiError('dependency-error', `cannot drop due to the following dependent objects : ${described.join(', ')}`);
  }
  for (const { table, relationship } of dependents) {
    table.remote_relationships = (table.remote_relationships as unknown[]).filter((r) => r !== relationship);
  }
  draft.sources = draft.sources.filter((s) => s.name !== name);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** rename_source {name, new_name} */
export const renameSource: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  const newName = stringArg(args, 'new_name');
  const draft = draftOf(ctx.getMetadata());
  const source = draft.sources.find((s) => s.name === name);
  if (!source) throw notExists(`Could not find source with name ${name}`);
  if (draft.sources.some((s) => s.name === newName)) throw alreadyExists(`Source with name ${newName} already exists`);
  source.name = newName;
  // Remote relationships that reached the source by its old name follow it.
  for (const other of draft.sources) {
    for (const table of other.tables) {
      for (const rel of (table.remote_relationships ?? []) as { definition?: { to_source?: { source?: string } } }[]) {
        if (rel.definition?.to_source?.source === name) rel.definition.to_source.source = newName;
      }
    }
  }
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
