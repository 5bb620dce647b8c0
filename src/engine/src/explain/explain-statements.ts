import type { Session } from '../auth/session.js';
import { bindParams, sessionVariablesUsed } from '../compile/params.js';
import type { QueryPlan } from '../execute/plans.js';
import { multiplexedQuery } from '../realtime/live/multiplexed-query.js';
import { cohortValues, pgText } from '../realtime/live/cohort-values.js';
import type { RequestPlan } from '../schema-cache/plan-types.js';
import type { PreparedSubscription } from '../realtime/subscription-planner.js';
import { compile, renderWithLiterals, sql, type SQL } from '../sql/builder.js';
import { explainError, type ExplainError } from './explain-request.js';

/** A query's root field and the statement that answers it alone (null: answered without SQL, as `__typename`). */
export interface FieldStatement {
  field: string;
  text: string | null;
}

/** What the explain API plans: one statement per root field of a query, or a subscription's multiplexed statement. */
export type ExplainTarget =
  { kind: 'query'; fields: FieldStatement[] } | { kind: 'subscription'; text: string; variables: Record<string, unknown> } | { kind: 'error'; error: ExplainError };

const invalid = (error: string, code = 'invalid-params'): ExplainTarget => ({ kind: 'error', error: { status: 400, body: { path: '$', error, code } } });

/** The statement's text with the request's values and the session written in as literals. */
function withLiterals(statement: SQL, variables: Record<string, unknown>, session: Session): string {
  const bound = bindParams(compile(statement).values, variables, session);
  return renderWithLiterals(statement, bound.map(pgText));
}

/**
 * A query's root fields, each as the statement that would answer it on its own (Hasura's
 * explain plans each field apart): its JSON expression selected, every value a literal.
 */
function queryFields(plan: QueryPlan, variables: Record<string, unknown>, session: Session): ExplainTarget {
  if (plan.fields.some((f) => f.by === 'action')) return invalid('query actions cannot be explained');
  const fields = plan.fields.map((f): FieldStatement => {
    const data = f.by === 'sql' ? plan.sqlFields.find((s) => s.key === f.key)?.data : undefined;
    return { field: f.key, text: data ? withLiterals(sql`SELECT ${data} AS "root"`, variables, session) : null };
  });
  return { kind: 'query', fields };
}

/**
 * A subscription's statement as its poller runs it: the multiplexed statement (one cohort
 * here, this session's), with the cohort's id and variables written in. `variables` says what
 * the cohort was made of, as Hasura's explain shows its cohort variables: the session variables
 * the statement reads and the request's variables.
 */
export function subscriptionTarget(prepared: PreparedSubscription, plan: QueryPlan, session: Session, queryVariables: Record<string, unknown>): ExplainTarget {
  const statement = multiplexedQuery(prepared.statement, prepared.stream !== undefined);
  const cohortId = '00000000-0000-0000-0000-000000000000';
  const text = renderWithLiterals(statement, [pgText([cohortId]), pgText([JSON.stringify(cohortValues(prepared.values))])]);
  const used = Object.fromEntries(sessionVariablesUsed(plan.params).map((name) => [name, session.variables[name]]));
  return { kind: 'subscription', text, variables: { session: used, query: queryVariables, synthetic: [], cursor: {} } };
}

/**
 * The statements a planned query is explained by (a subscription's are `subscriptionTarget`'s).
 * Mutations are not explained (planning a write tells nothing a select would not, and Hasura
 * refuses them the same way).
 */
export function explainTarget(planned: RequestPlan, session: Session): ExplainTarget {
  switch (planned.kind) {
    case 'error':
      return { kind: 'error', error: explainError(planned.errors[0]!) };
    case 'mutation':
      return invalid('only queries can be explained');
    case 'query':
      return queryFields(planned.plan, planned.variables, session);
    case 'live':
    case 'stream':
      return invalid('a subscription is explained by subscriptionTarget', 'unexpected');
  }
}
