import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@3factor/dev/testing/database.js';
import { parseEnabledApis } from '../../src/config.js';
import type { RunningEngine } from '../../src/engine.js';
import { startEngineOnEmptyDatabase, stopEngineAndDatabase } from './helpers/engine-on-empty-database.js';

/** HASURA_GRAPHQL_ENABLED_APIS: a deployment serves only the API groups it names; the others' paths do not exist. */
const ADMIN_SECRET = 'enabled-apis-test-admin-secret';
const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET };
let db: TestDatabase;
let engine: RunningEngine;

const post = (path: string, body: unknown) => fetch(`${engine.url}${path}`, { method: 'POST', headers: admin, body: JSON.stringify(body) });

beforeAll(async () => {
  ({ db, engine } = await startEngineOnEmptyDatabase(ADMIN_SECRET, { HASURA_GRAPHQL_ENABLED_APIS: ' GraphQL, config' }));
});

afterAll(() => stopEngineAndDatabase(engine, db));

describe('HASURA_GRAPHQL_ENABLED_APIS=graphql,config', () => {
  it('serves GraphQL and the Config API', async () => {
    const response = await post('/v1/graphql', { query: '{ __typename }' });
    expect(await response.json()).toEqual({ data: { __typename: 'query_root' } });
    expect((await fetch(`${engine.url}/v1alpha1/config`, { headers: admin })).status).toBe(200);
  });

  it('answers the metadata, query, explain and pg_dump APIs as paths that do not exist', async () => {
    for (const [path, body] of [
      ['/v1/metadata', { type: 'export_metadata', args: {} }],
      ['/v1/query', { type: 'run_sql', args: { sql: 'SELECT 1' } }],
      ['/v2/query', { type: 'run_sql', args: { sql: 'SELECT 1' } }],
      ['/v1/graphql/explain', { query: { query: '{ __typename }' } }],
      ['/v1alpha1/pg_dump', { opts: ['--schema-only'] }],
    ] as const) {
      const response = await post(path, body);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toEqual({ path: '$', error: 'resource does not exist', code: 'not-found' });
    }
  });

  it('keeps the WebSocket endpoint with GraphQL', async () => {
    const socket = new WebSocket(`${engine.url.replace(/^http/, 'ws')}/v1/graphql`, 'graphql-transport-ws');
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    socket.close();
    expect(opened).toBe(true);
  });
});

describe('reading HASURA_GRAPHQL_ENABLED_APIS', () => {
  it("defaults to Hasura's metadata, graphql, pgdump and config, and refuses a name it does not know", () => {
    expect([...parseEnabledApis(undefined)].sort()).toEqual(['config', 'graphql', 'metadata', 'pgdump']);
    expect([...parseEnabledApis('METADATA,graphql')].sort()).toEqual(['graphql', 'metadata']);
    expect(() => parseEnabledApis('graphql,rest')).toThrow('Only expecting list of comma separated API types metadata,graphql,pgdump,developer,config,metrics');
  });
});
