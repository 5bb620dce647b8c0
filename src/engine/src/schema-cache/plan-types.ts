import type { GraphQLSchema } from 'graphql';
import type { HasuraGraphQLError } from '../graphql/types.js';
import type { ApiLimits } from '../limits/limits-config.js';
import type { MutationPlan, QueryPlan } from '../execute/plans.js';

/**
 * How a poller narrows a refresh to the cohorts a change can affect: every row the statement
 * reads from `table` has `column` equal to the cohort value at `valueIndex` (proved by the
 * compiler's pins, schema-cache/cohort-target.ts). A changed row of `table` can then only change
 * the result of cohorts whose value equals the row's old or new `column`.
 */
export interface CohortTarget {
  table: string;
  column: string;
  valueIndex: number;
  /** How values compare: Postgres's text form differs from what clients send for uuids and ints. */
  kind: 'uuid' | 'int' | 'text';
  /**
   * When `column` reaches the cohort value through other tables (a courier's orders, kept by
   * their assignment's agent's `user_id`): the statement that maps changed values of `column`
   * (`$1`, text) to cohort values (see schema-cache/cohort-target.ts).
   */
  lookup?: string;
}

/** One occurrence of a table in a live query's statement: its target, if pinned, and the columns it reads (null: any). */
export interface TableOccurrence {
  table: string;
  target: CohortTarget | null;
  columns: readonly string[] | null;
}

/** A streaming field planned as the select after a cursor (see stream-rewrite.ts). */
export interface StreamCursor {
  /** Index in the plan's params of the cursor value. */
  valueIndex: number;
  /** Response key of the stream field (its alias or name). */
  responseKey: string;
  /** Key of the cursor column inside each row. */
  key: string;
  /** The cursor column was added to the selection by the planner, so results must drop it. */
  hidden: boolean;
  /** The request's `batch_size`, when known: a batch shorter than it leaves no rows behind. */
  batchSize?: number;
}

interface Planned {
  /** The coerced variables the plan's parameters are bound from. */
  variables: Record<string, unknown>;
  /** The role's API limits, for the statement's time and size. */
  limits: ApiLimits;
}

/**
 * What `SchemaCache.plan` answers for one request: an error in Hasura's words, or a plan.
 * Subscriptions are planned for the realtime part (`live` or `stream`) when asked for; over
 * HTTP a subscription runs once, as a query.
 */
export type RequestPlan =
  | { kind: 'error'; errors: HasuraGraphQLError[] }
  | ({ kind: 'query'; plan: QueryPlan; schema: GraphQLSchema } & Planned)
  | ({ kind: 'mutation'; plan: MutationPlan } & Planned)
  | ({ kind: 'live'; plan: QueryPlan; occurrences: readonly TableOccurrence[] } & Planned)
  | ({ kind: 'stream'; plan: QueryPlan; cursor: StreamCursor; occurrences: readonly TableOccurrence[] } & Planned);

export interface PlanOptions {
  /** The request may use backend_only permissions. */
  backendOnly?: boolean;
  /** Plan subscriptions as live queries and streams (WebSocket) instead of one-off queries (HTTP). */
  subscriptions?: boolean;
}
