import { sql, type SQL } from '../../sql/builder.js';

/** Bound by the batch runner: the batch's cohort ids and their variable arrays. */
const COHORT_IDS = sql.param('cohort ids', sql.raw('uuid[]'));
/**
 * jsonb, not json: a statement reads each of its parameters from the cohort's array
 * (`result_vars ->> n`), and `->>` on json parses the text from the start at every read, so an
 * order page's 59 parameters cost 59 partial parses per cohort (about 0.2-0.3 ms); a jsonb
 * array is parsed once and indexed directly.
 */
const COHORT_VARIABLES = sql.param('cohort variables', sql.raw('jsonb[]'));

/**
 * Hasura's multiplexed live query shape (Backends/Postgres/Execute/Subscription.hs
 * `mkMultiplexedQuery`): one statement serves a batch of cohorts. `$1` is the array of
 * cohort ids, `$2` the array of their variable sets; the subscriber's statement is joined
 * LATERAL once per cohort, each of its parameters read from that cohort's variables and cast
 * to the parameter's own type.
 *
 * Hasura keys variables by name (`result_vars #>> '{query,id}'`); here they are positional
 * (`result_vars ->> 0`), because the compiled statement numbers them.
 */
export function multiplexedQuery(statement: SQL, withCursor = false): SQL {
  const body = sql.readParams(statement, (index) => sql`"_subs"."result_vars"->>${sql.literal(index)}`);
  // Streaming statements return the batch's last cursor value as a second column
  // (Hasura's `mkStreamingMultiplexedQuery`), and the batch's row count as a third.
  const columns = withCursor ? sql`"_fld_resp"."root" AS "result", "_fld_resp"."cursor" AS "cursor", "_fld_resp"."rows" AS "rows"` : sql`"_fld_resp"."root" AS "result"`;
  const alias = withCursor ? sql`"_fld_resp"("root", "cursor", "rows")` : sql`"_fld_resp"("root")`;
  // A live statement reads its arrays through sub-selects, which hide their length from the
  // planner: a custom plan then costs what the generic plan costs (10 cohorts assumed), so
  // Postgres settles on the generic plan of a prepared statement after its fifth run, instead
  // of planning afresh on every poll because a custom plan that knows a batch of 1 or 2 cohorts
  // always looks cheaper. The values give a custom plan nothing more: each cohort's variables
  // are read from its row. Streams keep the bare arrays, since their generic plan was measured
  // to be a bad one (batch-runner.ts).
  const cohorts = withCursor ? sql`UNNEST(${COHORT_IDS}, ${COHORT_VARIABLES})` : sql`UNNEST((SELECT ${COHORT_IDS}), (SELECT ${COHORT_VARIABLES}))`;
  return sql`SELECT "_subs"."result_id", ${columns}
FROM ${cohorts} AS "_subs"("result_id", "result_vars")
LEFT OUTER JOIN LATERAL (${body}) AS ${alias} ON ('true')`;
}
