import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { HasuraMetadata } from '../metadata/types.js';

/**
 * Named prepared statements for GraphQL queries, when the source's
 * `connection_info.use_prepared_statements` is true (as Hasura reads it; the default source
 * Hasura adds for HASURA_GRAPHQL_DATABASE_URL has it on). A named statement is parsed once per
 * connection and, after five executions, Postgres may keep a generic plan, so a repeated query
 * skips parsing and often planning: what PostGraphile does. The engine's pool is a direct session
 * connection, where this is safe; behind pgBouncer in transaction mode the setting must be off
 * (Hasura's docs say the same).
 */
export function usesPreparedStatements(metadata: HasuraMetadata): boolean {
  const source = metadata.sources.find((s) => s.name === 'default') ?? metadata.sources[0];
  return source?.configuration?.connection_info?.use_prepared_statements === true;
}

/**
 * Statements kept per connection before they are all deallocated: a plan cache that keeps
 * changing (new operations, metadata applies) cannot grow a connection's memory without bound.
 */
export const MAX_STATEMENTS_PER_CONNECTION = 500;

const names = new Map<string, string>();
/** `gql_` and 24 hex digits of the text's SHA-1: the same text has the same name on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `gql_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Texts come from cached plans; forget them all rather than hold every text ever planned.
    if (names.size >= 10_000) names.clear();
    names.set(text, name);
  }
  return name;
}

interface PreparingConnection {
  parsedStatements: Record<string, string>;
}

/** node-postgres keeps the statements a connection has parsed in `connection.parsedStatements`. */
function parsedStatements(client: pg.PoolClient): Record<string, string> | undefined {
  return (client as unknown as { connection?: PreparingConnection }).connection?.parsedStatements;
}

/** Runs `text` as a named statement on `client`, first deallocating the connection's statements when it holds too many. */
export async function queryPrepared<R extends pg.QueryResultRow>(
  client: pg.PoolClient,
  query: { text: string; values: unknown[]; types?: pg.CustomTypesConfig },
): Promise<pg.QueryResult<R>> {
  const name = statementName(query.text);
  const parsed = parsedStatements(client);
  if (parsed && !(name in parsed) && Object.keys(parsed).length >= MAX_STATEMENTS_PER_CONNECTION) {
    await client.query('DEALLOCATE ALL');
    for (const key of Object.keys(parsed)) delete parsed[key];
  }
  return client.query<R>({ ...query, name });
}

/**
 * `queryPrepared` on a connection taken from the pool for the one statement. A statement that
 * failed with an SQLSTATE leaves a healthy connection (and its prepared statements) for reuse;
 * a connection that broke is discarded.
 */
export async function queryPreparedOnPool<R extends pg.QueryResultRow>(
  pool: Pick<pg.Pool, 'connect'>,
  query: { text: string; values: unknown[]; types?: pg.CustomTypesConfig },
): Promise<pg.QueryResult<R>> {
  const client = await pool.connect();
  try {
    const result = await queryPrepared<R>(client, query);
    client.release();
    return result;
  } catch (error) {
    const sqlState = typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
    client.release(sqlState ? undefined : (error as Error));
    throw error;
  }
}
