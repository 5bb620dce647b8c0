import type pg from 'pg';
import type { Session } from '../auth/session.js';
import { sessionJson } from '../compile/params.js';

/**
 * Postgres's plan of each statement (`EXPLAIN`, never `EXPLAIN ANALYZE`: that would run it), as
 * its lines. All in one read-only transaction that is rolled back, with the session in
 * `hasura.user` as a request would have it, so nothing the planner evaluates can write.
 */
export async function explainStatements(pool: pg.Pool, session: Session, texts: readonly string[]): Promise<string[][]> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query("SELECT set_config('hasura.user', $1, true)", [sessionJson(session)]);
    const plans: string[][] = [];
    for (const text of texts) {
      const result = await client.query<[string]>({ text: `EXPLAIN ${text}`, rowMode: 'array' });
      plans.push(result.rows.map((row) => row[0]));
    }
    return plans;
  } finally {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    client.release(broken);
  }
}
