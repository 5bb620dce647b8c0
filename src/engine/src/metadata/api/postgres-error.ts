import { postgresErrorMeaning, statementErrorJson } from '../../platform/postgres-errors.js';
import { MetadataApiError } from '../errors.js';

/**
 * Postgres errors on the admin-only `/v1/query` and `/v2/query` APIs, in their
 * `{path, error, code, internal}` shape.
 */

/** A failed data operation (insert, select, count, update, delete): Hasura's mapping, as for GraphQL. */
export function dmlError(error: unknown, statement: string, values: readonly unknown[] = []): MetadataApiError {
  if (!hasSqlState(error)) return unexpected(error);
  const meaning = postgresErrorMeaning(error);
  const internal = meaning.withStatement ? statementErrorJson(error, { text: statement, values, prepared: true }) : undefined;
  return new MetadataApiError(meaning.code, meaning.message, meaning.status, '$', internal);
}

/** run_sql reports every Postgres error alike (Hasura's `rawSqlErrHandler`), with the statement. */
export function postgresError(error: unknown, statement: string): MetadataApiError {
  if (!hasSqlState(error)) return unexpected(error);
  return new MetadataApiError('postgres-error', 'query execution failed', 400, '$', statementErrorJson(error, { text: statement, values: [], prepared: false }));
}

function hasSqlState(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string';
}

function unexpected(error: unknown): MetadataApiError {
  return new MetadataApiError('unexpected', error instanceof Error ? error.message : String(error), 500, '$');
}
