import type pg from 'pg';
import { clientError } from '../../graphql/client-errors.js';
import { queryPreparedOnPool } from '../../execute/prepared-statements.js';
/** One cohort's outcome of a refresh: its `data` JSON text (and, streaming, the new cursor as JSON), or an error payload. */
export type CohortResult = { data: string | null; cursor?: string | null; rows?: number | null } | { errorPayload: string };

/** What the batch runner needs of a cohort. */
export interface BatchCohort {
  id: string;
  variablesJson: string;
  /** `variablesJson` quoted as an element of a Postgres array literal (computed once per cohort). */
  readonly arrayElement: string;
}

/** Runs the multiplexed statement for a batch of cohorts; one SQL statement per call. */
export type RunBatch = (cohorts: readonly BatchCohort[]) => Promise<Map<string, CohortResult>>;

/** A string as an element of a Postgres array literal. */
export function arrayElement(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** Results come back as the JSON text Postgres built: no parse, no re-serialization. */
const rawText = { getTypeParser: () => (value: string) => value };

export interface BatchRunnerOptions {
  pool: Pick<pg.Pool, 'query'> & Partial<Pick<pg.Pool, 'connect'>>;
  /**
   * Run the statement as a named prepared statement (the source's `use_prepared_statements`):
   * a poller runs the same text again and again, so it is parsed once per connection and may
   * keep a generic plan. Asked at every run, so a metadata change takes effect at once.
   */
  prepared?(): boolean;
  /** The multiplexed statement's text (see multiplexed-query.ts). */
  text: string;
  /** Counts statements sent, for metrics and tests. */
  onStatement?(): void;
}

/**
 * A failed poll as its subscribers see it: the GraphQL core's mapping (graphql/client-errors.ts)
 * without internal details, for every role, as Hasura's pollers send errors (`encodeGQLErr False`):
 * a lost database is "connection error", never the driver's text with host and port.
 */
function errorPayload(error: unknown): string {
  return JSON.stringify({ errors: [clientError(error, { internal: false })] });
}

/** A value of one cohort failed to convert (`'abc'::integer`): only that cohort should hear about it. */
function isPerCohortError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('22');
}

/*
 * Postgres never picks the generic plan of a multiplexed statement whose custom plans know how
 * many cohorts the arrays hold (they always look cheaper), so every poll would plan afresh:
 * OrderLive spent 3.9 of its 6.5 ms per statement planning in bench/pipeline's profile. Live
 * statements therefore hide the count (multiplexed-query.ts) and get generic plans after five
 * runs. Forcing generic plans for every statement (plan_cache_mode) was tried and made
 * bench/conversations' stream deliveries 40x slower at p50 (256 ms against 6.5): the generic
 * plan of the stream statement is a bad one, so streams keep planning per batch.
 */

function runStatement(options: BatchRunnerOptions, query: { text: string; values: unknown[]; types: pg.CustomTypesConfig }): Promise<pg.QueryResult> {
  if (options.prepared?.() && options.pool.connect) return queryPreparedOnPool(options.pool as Pick<pg.Pool, 'connect'>, query);
  return options.pool.query(query as pg.QueryConfig);
}

/**
 * Runs one multiplexed statement for a batch of cohorts. Never rejects: failures become
 * error payloads. A data error (class 22, e.g. a bad variable value in one cohort) fails the
 * whole statement, so the batch is then re-run one cohort at a time to find the culprit and
 * give everyone else their result (Hasura avoids the same problem by test-casting each new
 * cohort's values first, `validateVariablesTx`, at one statement per subscribe).
 */
export function batchRunner(options: BatchRunnerOptions): RunBatch {
  const run: RunBatch = async (cohorts) => {
    const results = new Map<string, CohortResult>();
    try {
      options.onStatement?.();
      // The two arrays go as ready-made array literals: every cohort's quoted variables are
      // computed once, not re-escaped by the driver on every poll (that escaping was the
      // largest JS cost of a 5,000-cohort refresh in bench/subscriptions).
      const query = {
        text: options.text,
        values: [`{${cohorts.map((c) => c.id).join(',')}}`, `{${cohorts.map((c) => c.arrayElement).join(',')}}`],
        types: rawText as pg.CustomTypesConfig,
      };
      const { rows } = await runStatement(options, query);
      for (const row of rows as Array<{ result_id: string; result: string | null; cursor?: string | null; rows?: string | null }>) {
        results.set(
          row.result_id,
          'cursor' in row ? { data: row.result, cursor: row.cursor, rows: row.rows === null || row.rows === undefined ? null : Number(row.rows) } : { data: row.result },
        );
      }
    } catch (error) {
      if (cohorts.length > 1 && isPerCohortError(error)) {
        const each = await Promise.all(cohorts.map((c) => run([c])));
        for (const map of each) for (const [id, result] of map) results.set(id, result);
      } else {
        const payload = errorPayload(error);
        for (const cohort of cohorts) results.set(cohort.id, { errorPayload: payload });
      }
    }
    return results;
  };
  return run;
}
