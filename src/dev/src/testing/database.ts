import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEMPLATE_DATABASE } from './template.js';

export interface TestDatabase {
  name: string;
  /** Direct superuser connection string. */
  url: string;
  /** The same database through the run's pgBouncer (transaction mode). */
  pgbouncerUrl: string;
  drop(): Promise<void>;
}

/** How long a drop waits for the database's connections to close by themselves before it terminates them. */
const CLOSING_WAIT_MS = 1000;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through vitest (src/dev/src/testing/global-setup.ts)`);
  return value;
}

/**
 * A fresh database for one test file. `app` (default) clones the template that has
 * schema.sql and seed.sql applied; `empty` is a blank database.
 */
export async function createTestDatabase(kind: 'app' | 'empty' = 'app'): Promise<TestDatabase> {
  const superuserUrl = required('TEST_POSTGRES_URL');
  const bouncerPort = required('TEST_PGBOUNCER_PORT');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    // CREATE DATABASE ... TEMPLATE fails if another session is connected to the
    // template; test files start in parallel, so retry briefly on that one error.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(kind === 'app' ? `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}` : `CREATE DATABASE ${name}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  } finally {
    await admin.end();
  }
  const url = superuserUrl.replace(/\/postgres$/, `/${name}`);
  const pgbouncerUrl = url.replace(/:(\d+)\/(\w+)$/, `:${bouncerPort}/$2`);
  return {
    name,
    url,
    pgbouncerUrl,
    async drop() {
      const client = new pg.Client({ connectionString: superuserUrl });
      await client.connect();
      try {
        // pg's Pool.end() resolves before its connections' sockets have closed: FORCE would
        // terminate a connection still closing, and the error reach a pool that no longer
        // listens for it (an uncaught exception in whichever test file runs). Give them a moment.
        for (let waited = 0; waited < CLOSING_WAIT_MS; waited += 50) {
          const open = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
          if (open.rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
