import { execute as executeIntrospection, type GraphQLSchema } from 'graphql';
import { introspectionOrdered } from '../schema/introspection-order.js';
import type pg from 'pg';
import type { Session } from '../auth/session.js';
import { compile, sql, type SQL } from '../sql/builder.js';
import { bindParams, sessionJson } from '../compile/params.js';
import type { ActionCall, StatementRunner } from '../compile/mutation-step.js';
import type { MutationPlan, QueryPlan } from './plans.js';
import { queryPrepared, queryPreparedOnPool, retryIfStale } from './prepared-statements.js';
import { ApiLimitError } from '../limits/limit-errors.js';
import { assertDataWithinSize, assertRowWithinSize, beginStatement, sizeBoundedStatement, timeLimitOr, withTimeLimit, type StatementLimits } from '../limits/statement-limits.js';

/** A Postgres error with where it happened, for mapping to Hasura's error format. */
export class StatementError extends Error {
  constructor(
    readonly pgError: unknown,
    readonly path: string,
    readonly statement: { text: string; values: unknown[] },
  ) {
    super((pgError as Error).message);
  }
}

/** A statement's error: the time limit's when the statement ran out of time under it. */
function statementError(error: unknown, limits: StatementLimits | undefined, path: string, statement: { text: string; values: unknown[] }): unknown {
  if (error instanceof ApiLimitError) return error;
  const limited = timeLimitOr(error, limits);
  return limited === error ? new StatementError(error, path, statement) : limited;
}

/**
 * The text of a plan's statement, wrapped by the response size limit when there is one. A plan
 * is cached per role and the role's limit is fixed, so the wrapped text is compiled once per plan.
 */
const boundedTexts = new WeakMap<QueryPlan, { bytes: number; text: string }>();
function statementText(plan: QueryPlan, limits: StatementLimits | undefined): string {
  if (!limits?.responseBytes) return plan.text!;
  const cached = boundedTexts.get(plan);
  if (cached?.bytes === limits.responseBytes) return cached.text;
  const text = compile(sizeBoundedStatement(plan.statement!, limits)).text;
  boundedTexts.set(plan, { bytes: limits.responseBytes, text });
  return text;
}

/**
 * One query statement, as a named prepared statement when `prepared` (see prepared-statements.ts).
 * Through the pool, a connection is taken for the one statement, as `pool.query` does.
 */
async function runStatement<R extends pg.QueryResultRow>(
  db: pg.Pool | pg.PoolClient,
  query: { text: string; values: unknown[]; types?: pg.CustomTypesConfig },
  prepared: boolean,
): Promise<pg.QueryResult<R>> {
  if (!prepared) return db.query<R>(query);
  if ('release' in db) return queryPrepared<R>(db, query);
  return queryPreparedOnPool<R>(db, query);
}

/** A statement's transaction, run again once if a prepared statement turned out stale in it (see prepared-statements.ts). */
function inTransaction<T>(prepared: boolean, work: () => Promise<T>): Promise<T> {
  return prepared ? retryIfStale(work) : work();
}

/** Runs a query's sync actions through their handlers (actions/, passed in from the service): response key → output. */
export type ActionsRunner = (calls: readonly ActionCall[]) => Promise<Record<string, unknown>>;

/** With `limits` (non-admin roles): the statement runs under the time limit and its JSON is refused over the size limit. */
export async function runQuery(
  pool: pg.Pool,
  schema: GraphQLSchema,
  plan: QueryPlan,
  variables: Record<string, unknown>,
  session: Session,
  limits?: StatementLimits,
  runActions?: ActionsRunner,
  prepared = false,
): Promise<Record<string, unknown>> {
  const fromSql = async (): Promise<Record<string, unknown>> => {
    if (!plan.text) return {};
    const values = bindParams(plan.params, variables, session);
    const text = statementText(plan, limits);
    let row: { data: Record<string, unknown>; too_large?: boolean };
    try {
      row = (await inTransaction(prepared, () => withTimeLimit(pool, limits, (db) => runStatement<typeof row>(db, { text, values }, prepared)))).rows[0]!;
    } catch (error) {
      throw statementError(error, limits, '$', { text, values });
    }
    assertRowWithinSize(row, limits);
    return row.data;
  };
  const fromIntrospection = async (): Promise<Record<string, unknown>> => {
    if (!plan.introspection) return {};
    const result = await executeIntrospection({ schema: introspectionOrdered(schema), document: plan.introspection, variableValues: variables });
    if (result.errors?.length) throw result.errors[0];
    return (result.data ?? {}) as Record<string, unknown>;
  };
  const fromActions = async (): Promise<Record<string, unknown>> => {
    if (plan.actions.length === 0) return {};
    if (!runActions) throw new Error('actions cannot run here');
    return runActions(plan.actions);
  };
  // All run at once; Promise.all settles them all, so no failure goes unobserved.
  const [sqlData, introspected, acted] = await Promise.all([fromSql(), fromIntrospection(), fromActions()]);
  if (!plan.introspection && plan.actions.length === 0) return sqlData;
  const data: Record<string, unknown> = {};
  for (const f of plan.fields) data[f.key] = f.by === 'sql' ? sqlData[f.key] : f.by === 'action' ? acted[f.key] : introspected[f.key];
  assertDataWithinSize(data, limits);
  return data;
}

// Leaves every column as the text Postgres sent (the statement's one column is the response JSON).
const RAW_TEXT = { getTypeParser: () => (value: string) => value };

/** A query answered entirely by SQL, returned as Postgres's JSON text. */
export async function runQueryText(
  pool: pg.Pool,
  plan: QueryPlan,
  variables: Record<string, unknown>,
  session: Session,
  limits?: StatementLimits,
  prepared = false,
): Promise<string> {
  const values = bindParams(plan.params, variables, session);
  const text = statementText(plan, limits);
  let row: { data: string; too_large?: string };
  try {
    row = (await inTransaction(prepared, () => withTimeLimit(pool, limits, (db) => runStatement<typeof row>(db, { text, values, types: RAW_TEXT as never }, prepared)))).rows[0]!;
  } catch (error) {
    throw statementError(error, limits, '$', { text, values });
  }
  assertRowWithinSize(row, limits);
  return row.data;
}

/**
 * `BEGIN` (with the time limit) and the session in `hasura.user`, in one round trip: a simple
 * query, so the session's JSON is written into the text between dollar quotes.
 */
export function beginWithSession(limits: StatementLimits | undefined, session: Session): string {
  return `${beginStatement(limits)}; ${compile(sql`SELECT set_config('hasura.user', ${sql.dollarQuotedValue(sessionJson(session), 's')}, true)`).text}`;
}

/** All root fields of a mutation in one transaction, with the session in `hasura.user`. */
export async function runMutation(
  pool: pg.Pool,
  plan: MutationPlan,
  variables: Record<string, unknown>,
  session: Session,
  limits?: StatementLimits,
): Promise<Record<string, unknown>> {
  const client = await pool.connect();
  try {
    await client.query(beginWithSession(limits, session));
    const runner: StatementRunner = {
      async run<Row>(statement: SQL, errorPath: string): Promise<Row[]> {
        const { text, values: params } = compile(statement);
        const values = bindParams(params, variables, session);
        try {
          return (await client.query(text, values)).rows as Row[];
        } catch (error) {
          throw statementError(error, limits, errorPath, { text, values });
        }
      },
    };
    const data: Record<string, unknown> = {};
    for (const step of plan.steps) data[step.key] = await step.execute(runner);
    // Over the size limit, the mutation is rolled back: the client is never left guessing.
    assertDataWithinSize(data, limits);
    await client.query('COMMIT');
    return data;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
