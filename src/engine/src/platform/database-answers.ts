import type pg from 'pg';

/**
 * Whether the database answers a `SELECT 1` within `timeoutMs` (Hasura's metadata storage
 * health check): false when it errors or takes longer, for instance while every pooled
 * connection waits for a server that is gone.
 */
export async function databaseAnswers(pool: pg.Pool, timeoutMs = 5000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      pool.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
