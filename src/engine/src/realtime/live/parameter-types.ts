import type pg from 'pg';

/**
 * The Postgres types of a statement's `$n` parameters, as Postgres infers them. A
 * multiplexed statement reads each cohort's values out of a json array, which yields `text`;
 * casting that text to the inferred type gives exactly the semantics of binding the value to
 * the original statement. Asked once per statement shape: PREPARE, read
 * `pg_prepared_statements.parameter_types`, DEALLOCATE, all in one round trip (one implicit
 * transaction, so it also works through pgBouncer in transaction mode).
 */
export class ParameterTypes {
  private readonly cache = new Map<string, Promise<string[]>>();
  private seq = 0;

  constructor(private readonly pool: Pick<pg.Pool, 'query'>) {}

  of(text: string): Promise<string[]> {
    let types = this.cache.get(text);
    if (!types) {
      types = this.describe(text);
      this.cache.set(text, types);
      // A failure (e.g. the table was dropped) must not stick: the next subscriber asks again.
      types.catch(() => this.cache.delete(text));
    }
    return types;
  }

  clear(): void {
    this.cache.clear();
  }

  private async describe(text: string): Promise<string[]> {
    const name = `realtime_describe_${process.pid}_${++this.seq}`;
    const results = (await this.pool.query(
      `PREPARE ${name} AS ${text};\n` +
        `SELECT coalesce(parameter_types::text[], '{}') AS types FROM pg_prepared_statements WHERE name = '${name}';\n` +
        `DEALLOCATE ${name}`,
    )) as unknown as pg.QueryResult[];
    const row = results[1]?.rows[0] as { types: string[] } | undefined;
    if (!row) throw new Error('could not describe the subscription statement');
    return row.types;
  }
}
