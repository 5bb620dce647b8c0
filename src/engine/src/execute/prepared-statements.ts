import { createHash } from 'node:crypto';
import type pg from 'pg';
import { hasSqlState } from '../sql/postgres-error.js';
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

/**
 * Whether a named statement failed because the connection's statement is not the one its name
 * promises: gone (`26000`: a `DEALLOCATE ALL` or `DISCARD ALL` sent through run_sql on a pooled
 * connection; node-postgres still believes it parsed) or prepared for another result type
 * (`0A000`, "cached plan must not change result type": Postgres re-plans a statement after DDL
 * on its own, but refuses a plan whose columns changed). The generated statements always return
 * one `data` JSON column, so the second is a guard, not an expected path.
 */
export function isStaleStatement(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '26000' || (e?.code === '0A000' && typeof e.message === 'string' && e.message.includes('cached plan must not change result type'));
}

/** Connections whose statements must be deallocated before the next one is prepared (a stale one failed inside a transaction). */
const toDeallocate = new WeakSet<object>();

async function forgetStatements(client: pg.PoolClient, parsed: Record<string, string> | undefined): Promise<void> {
  await client.query('DEALLOCATE ALL');
  toDeallocate.delete(client);
  if (parsed) for (const key of Object.keys(parsed)) delete parsed[key];
}

/**
 * Runs `text` as a named statement on `client`, first deallocating the connection's statements
 * when it holds too many. A stale statement (see `isStaleStatement`) is prepared afresh and run
 * once more; inside a transaction, which the failure aborted, that is the caller's to do
 * (`retryIfStale`), and the connection deallocates its statements at its next use.
 */
export async function queryPrepared<R extends pg.QueryResultRow>(
  client: pg.PoolClient,
  query: { text: string; values: unknown[]; types?: pg.CustomTypesConfig },
): Promise<pg.QueryResult<R>> {
  const name = statementName(query.text);
  const parsed = parsedStatements(client);
  if (toDeallocate.has(client) || (parsed && !(name in parsed) && Object.keys(parsed).length >= MAX_STATEMENTS_PER_CONNECTION)) {
    await forgetStatements(client, parsed);
  }
  try {
    return await client.query<R>({ ...query, name });
  } catch (error) {
    if (!isStaleStatement(error)) throw error;
    if (parsed) for (const key of Object.keys(parsed)) delete parsed[key];
    if (client.getTransactionStatus?.() !== 'I') {
      toDeallocate.add(client);
      throw error;
    }
    await forgetStatements(client, parsed);
    return client.query<R>({ ...query, name });
  }
}

/** Runs `work` again, once, when it failed on a stale statement inside its transaction (the connection has deallocated them by then). */
export async function retryIfStale<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isStaleStatement(error)) throw error;
    return work();
  }
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
    client.release(hasSqlState(error) ? undefined : (error as Error));
    throw error;
  }
}
