import { postgresErrorMeaning, statementErrorJson } from '../platform/postgres-errors.js';
import type { HasuraGraphQLError } from './types.js';
import { graphqlError } from './types.js';

export interface StatementInfo {
  text: string;
  values: unknown[];
}

/** A Postgres error as a GraphQL error: Hasura's mapping; the statement goes to `internal` for admin only. */
export function pgErrorToGraphQL(error: unknown, opts: { path: string; isAdmin: boolean; statement?: StatementInfo }): HasuraGraphQLError {
  const meaning = postgresErrorMeaning(error);
  const internal = meaning.withStatement && opts.isAdmin ? statementErrorJson(error, { text: opts.statement?.text, values: opts.statement?.values, prepared: true }) : undefined;
  return graphqlError(meaning.message, meaning.at === 'field' ? opts.path : '$', meaning.code, internal);
}
