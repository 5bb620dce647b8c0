/**
 * What a failed statement means to a Hasura client: Hasura's one mapping (`mkTxErrorHandler`
 * with `dmlTxErrorHandler`, Backends/Postgres/Execute/Types.hs and SQL/Error.hs), which it
 * applies alike to GraphQL operations and to the `/v1/query` and `/v2/query` data operations.
 * The presenters (`graphql/pg-errors.ts`, `metadata/api/postgres-error.ts`) only shape it.
 */
export interface PostgresErrorFields {
  code?: string;
  message?: string;
  detail?: string;
  hint?: string;
}

export interface PostgresErrorMeaning {
  /** Hasura's error code (`constraint-violation`, `data-exception`, ...). */
  code: string;
  message: string;
  /** `field`: the error belongs to the operation's field path; `root`: to `$`. */
  at: 'field' | 'root';
  /** What the data APIs answer with (GraphQL always answers 200). */
  status: 400 | 500;
  /** Whether Hasura attaches the failed statement as `internal` (for those allowed to see it). */
  withStatement: boolean;
}

/** What Hasura prefixes to integrity-constraint messages. */
const CONSTRAINT_PREFIXES: Readonly<Record<string, string>> = {
  '23505': 'Uniqueness violation. ',
  '23503': 'Foreign key violation. ',
  '23502': 'Not-NULL violation. ',
  '23001': 'Can not delete or update due to data being referred. ',
  '23P01': 'Conflicting rows. ',
};

const expected = (code: string, message: string, at: 'field' | 'root'): PostgresErrorMeaning => ({ code, message, at, status: 400, withStatement: false });
const internal = (code: string, message: string, status: 400 | 500 = 500): PostgresErrorMeaning => ({ code, message, at: 'root', status, withStatement: true });

export function postgresErrorMeaning(error: unknown): PostgresErrorMeaning {
  const e = (error ?? {}) as PostgresErrorFields;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = e.message ?? '';
  // A check constraint guards data a role may not write: Hasura calls it a permission error.
  if (code === '23514') return expected('permission-error', `Check constraint violation. ${message}`, 'field');
  const prefix = CONSTRAINT_PREFIXES[code];
  if (prefix !== undefined) return expected('constraint-violation', prefix + message, 'field');
  if (code.startsWith('23')) return expected('constraint-violation', message, 'field');
  if (code === '22025') return expected('bad-request', message, 'root');
  if (code.startsWith('22')) return expected('data-exception', message, 'root');
  if (code === '42P10') return expected('constraint-error', message, 'field');
  if (code === '42501') return expected('permission-error', message, 'root');
  if (code === 'P0001') return internal('unexpected', message);
  if (code === '40001') return internal('concurrent-update', message, 400);
  if (code === '57014') return internal('timeout', 'the query was cancelled', 400);
  return internal('unexpected', 'database query error');
}

/** The failed statement as Hasura encodes its `PGTxErr` in `internal` (keys in aeson's order). */
export function statementErrorJson(error: unknown, statement: { text?: string; values?: readonly unknown[]; prepared: boolean }): Record<string, unknown> {
  const e = (error ?? {}) as PostgresErrorFields;
  return {
    arguments: statement.values,
    error: {
      description: e.detail ?? null,
      exec_status: 'FatalError',
      hint: e.hint ?? null,
      message: e.message ?? '',
      status_code: e.code ?? '',
    },
    prepared: statement.prepared,
    statement: statement.text,
  };
}
