import { createRequire } from 'node:module';
import { rewriteParams } from './sql-text.js';

const require = createRequire(import.meta.url);
// pg's own value serialization, so a value means in a cohort what it means when bound directly.
const { prepareValue } = require('pg/lib/utils') as { prepareValue(value: unknown): unknown };

/**
 * Hasura's multiplexed live query shape (Backends/Postgres/Execute/Subscription.hs
 * `mkMultiplexedQuery`): one statement serves a batch of cohorts. `$1` is the array of
 * cohort ids, `$2` the array of their variable sets; the subscriber's statement is joined
 * LATERAL once per cohort, each of its parameters read from that cohort's variables.
 *
 * Hasura keys variables by name (`result_vars #>> '{query,id}'`); here they are positional
 * (`result_vars ->> 0`), because the compiled statement numbers them.
 */
export function multiplexedQueryText(statement: string, parameterTypes: readonly string[], withCursor = false): string {
  const body = rewriteParams(statement, (index) => {
    const type = parameterTypes[index - 1];
    if (type === undefined) throw new Error(`no type for parameter $${index}`);
    return `(("_subs"."result_vars"->>${index - 1})::${type})`;
  });
  // Streaming statements return the batch's last cursor value as a second column
  // (Hasura's `mkStreamingMultiplexedQuery`).
  const columns = withCursor ? '"_fld_resp"."root" AS "result", "_fld_resp"."cursor" AS "cursor"' : '"_fld_resp"."root" AS "result"';
  const alias = withCursor ? '"_fld_resp"("root", "cursor")' : '"_fld_resp"("root")';
  return (
    `SELECT "_subs"."result_id", ${columns}\n` +
    'FROM UNNEST(($1)::uuid[], ($2)::json[]) AS "_subs"("result_id", "result_vars")\n' +
    `LEFT OUTER JOIN LATERAL (${body}) AS ${alias} ON ('true')`
  );
}

/**
 * A cohort's variables as the multiplexed statement reads them (a json array): each value in
 * the text form pg would send for it, or null. Equal arrays mean equal cohorts.
 */
export function cohortValues(values: readonly unknown[]): (string | null)[] {
  return values.map((value) => {
    const prepared = prepareValue(value);
    if (prepared === null || prepared === undefined) return null;
    if (Buffer.isBuffer(prepared)) return '\\x' + prepared.toString('hex');
    return String(prepared);
  });
}
