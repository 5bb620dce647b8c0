import type { HasuraGraphQLError } from './types.js';
import { graphqlError } from './types.js';

interface PgError {
  code?: string;
  message: string;
  detail?: string;
  hint?: string;
  severity?: string;
}

/** What Hasura (`mkTxErrorHandler`) prefixes to integrity-constraint messages. */
const CONSTRAINT_PREFIXES: Record<string, string> = {
  '23505': 'Uniqueness violation. ',
  '23503': 'Foreign key violation. ',
  '23502': 'Not-NULL violation. ',
  '23001': 'Can not delete or update due to data being referred. ',
  '23P01': 'Conflicting rows. ',
};

export interface StatementInfo {
  text: string;
  values: unknown[];
}

/** Maps a Postgres error to Hasura's code; SQL text goes to `internal` for admin only. */
export function pgErrorToGraphQL(error: unknown, opts: { path: string; isAdmin: boolean; statement?: StatementInfo }): HasuraGraphQLError {
  const e = error as PgError;
  const code = e.code ?? '';
  const internal = opts.isAdmin
    ? {
        statement: opts.statement?.text, prepared: true, arguments: opts.statement?.values,
        error: { exec_status: 'FatalError', message: e.message, status_code: code, description: e.detail ?? null, hint: e.hint ?? null },
      }
    : undefined;
  if (code === '23514') return graphqlError(`Check constraint violation. ${e.message}`, opts.path, 'permission-error');
  const prefix = CONSTRAINT_PREFIXES[code];
  if (prefix !== undefined) return graphqlError(prefix + e.message, opts.path, 'constraint-violation');
  if (code.startsWith('23')) return graphqlError(e.message, opts.path, 'constraint-violation');
  if (code === '22025') return graphqlError(e.message, '$', 'bad-request');
  if (code.startsWith('22')) return graphqlError(e.message, '$', 'data-exception');
  if (code === '42P10') return graphqlError(e.message, opts.path, 'constraint-error');
  if (code === '42501') return graphqlError(e.message, '$', 'permission-error');
  if (code === 'P0001') return graphqlError(e.message, '$', 'unexpected', internal);
  if (code === '40001') return graphqlError(e.message, '$', 'concurrent-update', internal);
  if (code === '57014') return graphqlError('the query was cancelled', '$', 'timeout', internal);
  return graphqlError('database query error', '$', 'unexpected', internal);
}
