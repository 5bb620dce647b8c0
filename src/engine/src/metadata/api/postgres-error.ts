import { MetadataApiError } from './errors.js';

interface PgError {
  message?: string;
  code?: string;
  hint?: string;
  detail?: string;
}

/** A Postgres error as Hasura's run_sql reports it (admin-only endpoint, so `internal` is included). */
export function postgresError(error: unknown, statement: string): MetadataApiError {
  const e = (error ?? {}) as PgError;
  if (typeof e.code !== 'string') {
    return new MetadataApiError('unexpected', error instanceof Error ? error.message : String(error), 500, '$');
  }
  return new MetadataApiError('postgres-error', 'query execution failed', 400, '$', {
    arguments: [],
    error: {
      description: e.detail ?? null,
      exec_status: 'FatalError',
      hint: e.hint ?? null,
      message: e.message ?? '',
      status_code: e.code,
    },
    prepared: false,
    statement,
  });
}
