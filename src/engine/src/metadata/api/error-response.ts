import { MetadataApiError } from '../errors.js';
import { postgresError } from './postgres-error.js';

/**
 * Any thrown value as a metadata API error. Other parts of the engine (event triggers) throw
 * their own error classes; anything carrying a Hasura-style code (`not-exists`) and an
 * optional status is taken at its word, Postgres errors get run_sql's shape, the rest is a 500.
 */
export function toMetadataApiError(error: unknown): MetadataApiError {
  if (error instanceof MetadataApiError) return error;
  const e = (error ?? {}) as { code?: unknown; status?: unknown; path?: unknown; message?: unknown; internal?: unknown };
  if (typeof e.code === 'string' && /^[a-z]+(-[a-z]+)*$/.test(e.code)) {
    return new MetadataApiError(
      e.code,
      typeof e.message === 'string' ? e.message : e.code,
      typeof e.status === 'number' ? e.status : 400,
      typeof e.path === 'string' ? e.path : '$.args',
      e.internal,
    );
  }
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return postgresError(error, '');
  return new MetadataApiError('unexpected', 'an unexpected error occurred', 500, '$', {
    message: error instanceof Error ? error.message : String(error),
  });
}
