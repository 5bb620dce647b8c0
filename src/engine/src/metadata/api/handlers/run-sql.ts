import type pg from 'pg';
import { introspectDatabase } from '../../../introspection/index.js';
import { objectArg, optionalBool, sourceName, stringArg } from '../../args.js';
import { findInconsistencies, removeObjects, type InconsistentObject } from '../../consistency.js';
import type { ServerMetadataHandler } from '../context.js';
import { draftOf, sourceIn } from '../../edit.js';
import { MetadataApiError } from '../../errors.js';
import { postgresError } from '../postgres-error.js';
import { reconcileSchemaChange } from '../../reconcile.js';

/**
 * Hasura rebuilds its schema cache after run_sql only when the text looks like it changes
 * existing objects (`isSchemaCacheBuildRequiredRunSQL`); plain DML and CREATE TABLE do not.
 * The same test keeps the per-test `delete ...; setval(...)` resets of the conformance
 * suite from rebuilding the GraphQL schema every time.
 */
const DDL_KEYWORDS = /\balter\b|\bdrop\b|\breplace\b|\bcreate function\b|\bcomment on\b/i;

/** Every column comes back as text, as Hasura returns it. */
const TEXT_TYPES = { getTypeParser: () => (value: string) => value };

type RunSqlResult = { result_type: 'TuplesOk'; result: unknown[][] } | { result_type: 'CommandOk'; result: null };

function formatResult(result: pg.QueryResult | pg.QueryResult[]): RunSqlResult {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  if (!last || last.fields.length === 0) return { result_type: 'CommandOk', result: null };
  return { result_type: 'TuplesOk', result: [last.fields.map((f) => f.name), ...(last.rows as unknown[][])] };
}

const ownerKinds = new Set(['table', 'function']);

/**
 * run_sql {sql, source?, cascade?, read_only?, check_metadata_consistency?, no_transaction?}
 *
 * The SQL and the metadata check run in one transaction, so a change the metadata cannot
 * follow rolls the SQL back. `no_transaction` runs statements Postgres refuses inside a
 * transaction block (CREATE INDEX CONCURRENTLY, VACUUM): nothing can be rolled back then,
 * so the metadata follows the database as `cascade` would have it.
 */
export const runSql: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const text = stringArg(args, 'sql');
  const readOnly = optionalBool(args, 'read_only') ?? false;
  const noTransaction = optionalBool(args, 'no_transaction') ?? false;
  if (noTransaction && readOnly) throw new MetadataApiError('bad-request', 'no_transaction cannot be combined with read_only');
  const cascade = noTransaction || (optionalBool(args, 'cascade') ?? false);
  const checkConsistency = !readOnly && (optionalBool(args, 'check_metadata_consistency') ?? DDL_KEYWORDS.test(text));
  const metadata = ctx.getMetadata();
  const source = sourceName(args);
  const beforeModel = checkConsistency ? await ctx.databaseModel(source) : undefined;
  const before = beforeModel ? findInconsistencies(metadata, beforeModel, source) : [];

  const client = await ctx.poolFor(source).connect();
  let released = false;
  const rollback = async () => {
    if (!noTransaction) await client.query('ROLLBACK').catch(() => undefined);
  };
  try {
    if (!noTransaction) await client.query(readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
    let result: pg.QueryResult | pg.QueryResult[];
    try {
      result = (await client.query({ text, rowMode: 'array', types: TEXT_TYPES })) as pg.QueryResult | pg.QueryResult[];
    } catch (error) {
      await rollback();
      throw postgresError(error, text);
    }
    let purged: InconsistentObject[] = [];
    const draft = draftOf(metadata);
    if (beforeModel) {
      const afterModel = await introspectDatabase(client);
      try {
        reconcileSchemaChange(sourceIn(draft, source), beforeModel, afterModel, cascade);
      } catch (error) {
        await rollback();
        throw error;
      }
      const after = findInconsistencies(draft, afterModel, source);
      const fresh = after.filter((o) => !before.some((b) => b.name === o.name));
      const removedTables = fresh.filter((o) => o.ref.kind === 'table').map((o) => (o.ref as { table: { schema: string; name: string } }).table);
      const dependents = fresh.filter((o) => {
        if (ownerKinds.has(o.type)) return false;
        const t = (o.ref as { table?: { schema: string; name: string } }).table;
        return !(t && removedTables.some((r) => r.schema === t.schema && r.name === t.name));
      });
      if (dependents.length > 0 && !cascade) {
        await rollback();
        throw new MetadataApiError('dependency-error', `cannot drop due to the following dependent objects : ${dependents.map((d) => d.name).join(', ')}`);
      }
      purged = fresh;
    }
    if (!noTransaction) await client.query('COMMIT');
    client.release();
    released = true;
    if (!readOnly) ctx.forgetDatabaseModel();
    if (checkConsistency) {
      ctx.markSchemaChanged();
      removeObjects(
        sourceIn(draft, source),
        purged.map((o) => o.ref),
      );
      // Renames carried along and objects purged both change the metadata.
      if (JSON.stringify(draft) !== JSON.stringify(metadata)) await ctx.setMetadata(draft);
    }
    return formatResult(result);
  } finally {
    if (!released) client.release();
  }
};
