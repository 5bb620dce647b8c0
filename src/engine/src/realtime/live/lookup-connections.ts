import type pg from 'pg';
import { queryPrepared } from '../../execute/prepared-statements.js';
import { hasSqlState } from '../../sql/postgres-error.js';

/** How the cohort lookups' connections show in `pg_stat_activity`. */
export const LOOKUP_APPLICATION_NAME = 'hasura-realtime-lookups';

/**
 * The planner settings of the lookups' connections. A lookup reads a table by a key column
 * (`assignments.order_id = ANY(...)`): with a sequential scan ruled out, the generic plan
 * Postgres keeps for it uses the column's index even when it was made while the table was small.
 */
export const LOOKUP_CONNECTION_OPTIONS = '-c enable_seqscan=off';

/**
 * Where the live pollers' cohort lookups (schema-cache/cohort-target.ts) run. Where the source
 * allows prepared statements, on connections of their own as named statements: their arrays are
 * read through a sub-select, so a custom plan costs what the generic one does and Postgres keeps
 * the generic plan after five runs instead of planning each lookup (most of a lookup's cost).
 * Otherwise unnamed on the pollers' pool: where prepared statements are off, while those
 * connections cannot be reached, and for good once the server (or a pooler in front of it)
 * refuses their startup options.
 */
export class LookupConnections {
  private usable: boolean;

  constructor(
    private readonly options: {
      pool: Pick<pg.Pool, 'query'>;
      lookupPool?: Pick<pg.Pool, 'connect'>;
      preparedStatements(): boolean;
      log(error: Error): void;
    },
  ) {
    this.usable = options.lookupPool !== undefined;
  }

  async query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    const lookupPool = this.options.lookupPool;
    if (!this.usable || !lookupPool || !this.options.preparedStatements()) return this.options.pool.query<R>(text, values);
    let client: pg.PoolClient;
    try {
      client = await lookupPool.connect();
    } catch (error) {
      // Refused by the server or a pooler in front of it (an SQLSTATE: its startup options), for
      // good; unreachable (the database restarting), for this lookup only.
      if (hasSqlState(error)) {
        this.usable = false;
        this.options.log(new Error(`the cohort lookups' connections were refused (${(error as Error).message}); lookups run on the pollers' pool from now on`));
      }
      return this.options.pool.query<R>(text, values);
    }
    try {
      const result = await queryPrepared<R>(client, { text, values });
      client.release();
      return result;
    } catch (error) {
      client.release(hasSqlState(error) ? undefined : (error as Error));
      throw error;
    }
  }
}
