import type pg from 'pg';
import { compile, sql, type SQL } from '../sql/builder.js';
import type { ApiLimits } from './limits-config.js';
import { ApiLimitError, isStatementTimeout, responseSizeError, timeLimitError } from './limit-errors.js';
import { cancelBackend, cancelTargetOf } from './cancel-backend.js';
import { hasSqlState } from '../sql/postgres-error.js';

export type StatementLimits = Pick<ApiLimits, 'timeMs' | 'responseBytes'>;

/**
 * What opens a mutation's transaction: `BEGIN`, and with a time limit `SET LOCAL
 * statement_timeout` in the same round trip (LOCAL: it ends with the transaction, so a pooled
 * connection never carries it to the next user).
 */
export function beginStatement(limits: StatementLimits | undefined): string {
  if (!limits?.timeMs) return 'BEGIN';
  return compile(sql`BEGIN; SET LOCAL statement_timeout = ${sql.literal(Math.max(1, Math.round(limits.timeMs)))}`).text;
}

/**
 * A query statement (one row, one `data` JSON column) that, with a response size limit,
 * also answers whether the JSON Postgres built is over it, and then leaves the JSON out: an
 * oversized response never crosses the wire nor reaches Node's memory. `pg_column_size` is
 * the size of the datum Postgres already holds (its JSON text plus a 4-byte header), so the
 * check costs no copy. `OFFSET 0` keeps the statement a subquery: pulled up, its JSON
 * expression would be evaluated once per reference.
 */
export function sizeBoundedStatement(statement: SQL, limits: StatementLimits | undefined): SQL {
  if (!limits?.responseBytes) return statement;
  const over = sql`pg_column_size("_limited"."data") > ${sql.literal(Math.floor(limits.responseBytes))}`;
  return sql`SELECT CASE WHEN ${over} THEN NULL ELSE "_limited"."data" END AS "data", ${over} AS "too_large" FROM (${statement} OFFSET 0) AS "_limited"`;
}

/** Throws the response size error if a row of `sizeBoundedStatement` says so. */
export function assertRowWithinSize(row: { too_large?: unknown } | undefined, limits: StatementLimits | undefined): void {
  if (limits?.responseBytes && (row?.too_large === true || row?.too_large === 't')) {
    throw new ApiLimitError(responseSizeError(limits.responseBytes));
  }
}

/** For responses built in Node (mutations, introspection): the size of their JSON. */
export function assertDataWithinSize(data: unknown, limits: StatementLimits | undefined): void {
  if (!limits?.responseBytes) return;
  if (Buffer.byteLength(JSON.stringify(data) ?? '') > limits.responseBytes) throw new ApiLimitError(responseSizeError(limits.responseBytes));
}

/** A statement error, as the time limit error when the statement ran out of its time. */
export function timeLimitOr(error: unknown, limits: StatementLimits | undefined): unknown {
  return limits?.timeMs && isStatementTimeout(error) ? new ApiLimitError(timeLimitError(limits.timeMs)) : error;
}

/** setTimeout's longest delay (a longer one fires at once); statement_timeout's ceiling too. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `work` under the time limit, or straight on the pool when there is none. With a limit,
 * `work` gets a connection of its own and a timer: when the limit runs out, the connection's
 * statement is cancelled (cancel-backend.ts, the CancelRequest libpq's `PQcancel` sends) and
 * the request fails with the time limit error. The statement runs as it would without a limit,
 * in one round trip: no transaction opened and closed around it to hold a `SET LOCAL
 * statement_timeout`.
 *
 * A connection a cancel was sent to is closed, not returned to the pool: Postgres signals the
 * backend on its own time, and a cancel landing after the statement ended would stop the next
 * request's statement on that connection.
 */
export async function withTimeLimit<T>(pool: pg.Pool, limits: StatementLimits | undefined, work: (db: pg.Pool | pg.PoolClient) => Promise<T>): Promise<T> {
  if (!limits?.timeMs) return work(pool);
  const client = await pool.connect();
  let cancelling: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let broken: Error | undefined;
  try {
    const target = cancelTargetOf(client);
    timer = setTimeout(() => (cancelling = cancelBackend(target)), Math.min(Math.max(1, Math.round(limits.timeMs)), LONGEST_TIMER_MS));
    return await work(client);
  } catch (error) {
    if (cancelling && isQueryCancelled(error)) throw new ApiLimitError(timeLimitError(limits.timeMs));
    if (!hasSqlState(error)) broken = error as Error;
    throw error;
  } finally {
    clearTimeout(timer);
    if (cancelling) await cancelling;
    client.release(cancelling ? true : broken);
  }
}

function isQueryCancelled(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '57014';
}
