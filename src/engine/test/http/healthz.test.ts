import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@3factor/dev/testing/database.js';
import type { RunningEngine } from '../../src/engine.js';
import { startEngineOnEmptyDatabase, stopEngineAndDatabase } from './helpers/engine-on-empty-database.js';
import { databaseAnswers } from '../../src/platform/database-answers.js';

/** Hasura's health check: OK, a warning for metadata objects left out (an error with ?strict=true), ERROR when the database does not answer. */
const ADMIN_SECRET = 'healthz-test-admin-secret';
let db: TestDatabase;
let engine: RunningEngine;

async function health(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${engine.url}${path}`);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  ({ db, engine } = await startEngineOnEmptyDatabase(ADMIN_SECRET));
});

afterAll(() => stopEngineAndDatabase(engine, db));

describe('GET /healthz', () => {
  it('answers OK, without credentials, at both of its paths', async () => {
    expect(await health('/healthz')).toEqual({ status: 200, text: 'OK' });
    expect(await health('/hasura/healthz?strict=true')).toEqual({ status: 200, text: 'OK' });
  });

  it('warns while metadata objects are left out, and fails with ?strict=true', async () => {
    const response = await fetch(`${engine.url}/v1/metadata`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({
        type: 'replace_metadata',
        args: {
          allow_inconsistent_metadata: true,
          metadata: {
            version: 3,
            sources: [
              {
                name: 'default',
                kind: 'postgres',
                tables: [{ table: { schema: 'public', name: 'no_such_table' } }],
                configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } },
              },
            ],
          },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(await health('/healthz')).toEqual({ status: 200, text: 'WARN: inconsistent objects in schema' });
    expect(await health('/healthz?strict=true')).toEqual({ status: 500, text: 'ERROR: inconsistent objects in schema' });
  });
});

describe('whether the database answers', () => {
  it('is true for a database that answers and false for one that cannot be reached', async () => {
    const reachable = new pg.Pool({ connectionString: db.url, max: 1 });
    const unreachable = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:9/none', max: 1, connectionTimeoutMillis: 2000 });
    try {
      expect(await databaseAnswers(reachable)).toBe(true);
      expect(await databaseAnswers(unreachable, 3000)).toBe(false);
    } finally {
      await reachable.end();
      await unreachable.end();
    }
  });
});
