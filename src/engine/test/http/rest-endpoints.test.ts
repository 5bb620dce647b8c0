import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@3factor/dev/testing/database.js';
import type { RunningEngine } from '../../src/engine.js';
import { startEngineOnEmptyDatabase, stopEngineAndDatabase } from './helpers/engine-on-empty-database.js';

/**
 * Hasura's RESTified endpoints through the whole engine: endpoints made with the metadata API
 * from a query collection, served under /api/rest/ with variables from the path, the query
 * string and the JSON body, as the calling role, answering the query's data alone.
 */
const ADMIN_SECRET = 'rest-test-admin-secret';
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
let db: TestDatabase;
let engine: RunningEngine;

async function api(body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${engine.url}/v1/query`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function rest(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${engine.url}/api/rest/${path}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...admin, ...options.headers },
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  return { status: response.status, body: await response.json() };
}

const endpoint = (name: string, url: string, methods: string[], query: string) => ({
  type: 'create_rest_endpoint',
  args: { name, url, methods, definition: { query: { collection_name: 'dishes', query_name: query } } },
});

beforeAll(async () => {
  ({ db, engine } = await startEngineOnEmptyDatabase(ADMIN_SECRET, { HASURA_GRAPHQL_PG_CONNECTIONS: '3' }));
  const setup = await api({
    type: 'bulk',
    args: [
      {
        type: 'run_sql',
        args: {
          sql: `CREATE TABLE dish (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, price int NOT NULL, vegan boolean NOT NULL DEFAULT false, added date);
                INSERT INTO dish (name, price, vegan, added) VALUES ('Dal', 900, true, '2026-01-02'), ('Ramen', 1400, false, '2026-03-04'), ('X%20Y', 100, false, NULL);`,
        },
      },
      { type: 'track_table', args: { schema: 'public', name: 'dish' } },
      {
        type: 'create_select_permission',
        args: { table: 'dish', role: 'guest', permission: { columns: ['name', 'price'], filter: { vegan: { _eq: true } } } },
      },
      {
        type: 'create_query_collection',
        args: {
          name: 'dishes',
          definition: {
            queries: [
              { name: 'all', query: 'query { dish(order_by: {name: asc}) { name price } }' },
              { name: 'by_name', query: 'query ($name: String!) { dish(where: {name: {_eq: $name}}) { name price } }' },
              { name: 'cheaper', query: 'query ($max: Int!, $vegan: Boolean) { dish(where: {price: {_lt: $max}, vegan: {_eq: $vegan}}, order_by: {name: asc}) { name } }' },
              { name: 'by_names', query: 'query ($names: [String!]!) { dish(where: {name: {_in: $names}}, order_by: {name: asc}) { name } }' },
              { name: 'reprice', query: 'mutation ($name: String!, $price: Int!) { update_dish(where: {name: {_eq: $name}}, _set: {price: $price}) { affected_rows } }' },
              { name: 'live', query: 'subscription { dish { name } }' },
            ],
          },
        },
      },
      endpoint('all', 'dishes', ['GET'], 'all'),
      endpoint('by_name', 'dishes/:name', ['GET'], 'by_name'),
      endpoint('cheaper', 'cheaper', ['GET', 'POST'], 'cheaper'),
      endpoint('by_names', 'by_names', ['POST'], 'by_names'),
      endpoint('reprice', 'dishes/:name/price', ['PUT'], 'reprice'),
    ],
  });
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
});

afterAll(() => stopEngineAndDatabase(engine, db));

describe('calling an endpoint', () => {
  it("answers the query's data alone", async () => {
    expect(await rest('GET', 'dishes')).toEqual({
      status: 200,
      body: {
        dish: [
          { name: 'Dal', price: 900 },
          { name: 'Ramen', price: 1400 },
          { name: 'X%20Y', price: 100 },
        ],
      },
    });
  });

  it('takes a variable from a path segment, decoded', async () => {
    expect(await rest('GET', 'dishes/Ramen')).toEqual({ status: 200, body: { dish: [{ name: 'Ramen', price: 1400 }] } });
    expect(await rest('GET', `dishes/${encodeURIComponent('X%20Y')}`)).toEqual({ status: 200, body: { dish: [{ name: 'X%20Y', price: 100 }] } });
  });

  it('takes variables from the query string: numbers for a numeric type, a bare key for a Boolean as true', async () => {
    expect(await rest('GET', 'cheaper?max=1000&vegan')).toEqual({ status: 200, body: { dish: [{ name: 'Dal' }] } });
    expect(await rest('GET', 'cheaper?max=1000&vegan=false')).toEqual({ status: 200, body: { dish: [{ name: 'X%20Y' }] } });
  });

  it("takes variables from a JSON body's keys, lists included", async () => {
    expect(await rest('POST', 'cheaper', { body: { max: 1500, vegan: false } })).toEqual({ status: 200, body: { dish: [{ name: 'Ramen' }, { name: 'X%20Y' }] } });
    expect(await rest('POST', 'by_names', { body: { names: ['Dal', 'Ramen', 'Pho'] } })).toEqual({ status: 200, body: { dish: [{ name: 'Dal' }, { name: 'Ramen' }] } });
  });

  it('runs a mutation with a path variable and a body variable', async () => {
    expect(await rest('PUT', 'dishes/Dal/price', { body: { price: 950 } })).toEqual({ status: 200, body: { update_dish: { affected_rows: 1 } } });
    expect(await rest('GET', 'dishes/Dal')).toEqual({ status: 200, body: { dish: [{ name: 'Dal', price: 950 }] } });
  });

  it("runs as the caller's role, with its permissions", async () => {
    const guest = await rest('GET', 'dishes', { headers: { 'x-hasura-role': 'guest' } });
    expect(guest).toEqual({ status: 200, body: { dish: [{ name: 'Dal', price: 950 }] } });
    const reprice = await rest('PUT', 'dishes/Dal/price', { body: { price: 1 }, headers: { 'x-hasura-role': 'guest' } });
    expect(reprice.status).toBe(400);
    expect(reprice.body).toMatchObject({ code: 'validation-failed' });
    expect((await rest('GET', 'dishes/Dal')).body).toEqual({ dish: [{ name: 'Dal', price: 950 }] });
  });

  it('needs credentials as /v1/graphql does', async () => {
    const response = await fetch(`${engine.url}/api/rest/dishes`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'access-denied' });
  });
});

describe('what an endpoint refuses, in Hasura’s format', () => {
  it('a path no endpoint has (404) and a method the path does not answer (405)', async () => {
    expect(await rest('GET', 'void')).toEqual({ status: 404, body: { path: '$', error: 'Endpoint not found', code: 'not-found' } });
    expect(await rest('DELETE', 'dishes')).toEqual({ status: 405, body: { path: '$', error: 'Allowed methods: GET', code: 'method-not-allowed' } });
    expect(await rest('DELETE', 'cheaper')).toEqual({ status: 405, body: { path: '$', error: 'Allowed methods: GET, POST', code: 'method-not-allowed' } });
  });

  it('a variable the query does not declare, and a list from the query string', async () => {
    expect(await rest('GET', 'dishes?limit=1')).toEqual({ status: 400, body: { path: '$', error: 'Unexpected variable limit', code: 'bad-request' } });
    const list = await rest('POST', 'by_names?names=Dal');
    expect(list.status).toBe(400);
    expect(list.body.error).toMatch(/^List variables are not currently supported in URL or Query parameters/);
  });

  it('a required variable not given, with the GraphQL error', async () => {
    const missing = await rest('GET', 'cheaper');
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('validation-failed');
    expect(missing.body.error).toMatch(/max/);
  });

  it('a value built to break out of its variable is only a value', async () => {
    const forged = "Dal' OR '1'='1";
    expect(await rest('GET', `dishes/${encodeURIComponent(forged)}`)).toEqual({ status: 200, body: { dish: [] } });
    expect(await rest('POST', 'cheaper', { body: '{"max": 1000, "vegan": true' })).toMatchObject({ status: 400, body: { code: 'validation-failed' } });
  });
});

describe('creating and dropping endpoints', () => {
  it('refuses malformed URL templates', async () => {
    for (const [url, error] of [
      ['foo/', 'Empty segments or unnamed variables are not allowed: foo/'],
      ['foo//bar', 'Empty segments or unnamed variables are not allowed: foo//bar'],
      ['foo/:/bar', 'Empty segments or unnamed variables are not allowed: foo/:/bar'],
      ['foo/:id/bar/:id', 'Duplicate variables found in endpoint paths: foo/:id/bar/:id'],
    ] as const) {
      expect(await api(endpoint('bad', url, ['GET'], 'all'))).toEqual({ status: 400, body: { path: '$.args', error, code: 'bad-request' } });
    }
    expect(await api(endpoint('bad', '', ['GET'], 'all'))).toEqual({ status: 400, body: { path: '$.url', error: 'empty string not allowed', code: 'parse-failed' } });
  });

  it('refuses a template a request could not tell apart from another of the same method', async () => {
    const conflicting = await api(endpoint('conflicting', ':anything', ['GET'], 'all'));
    expect(conflicting.status).toBe(400);
    expect(conflicting.body).toMatchObject({ path: '$.args', error: 'cannot continue due to new inconsistent metadata', code: 'unexpected' });
    expect(conflicting.body.internal[0].reason).toBe('Ambiguous URL paths: :anything, cheaper, dishes');
    // Another method on the same shape is no conflict.
    expect((await api(endpoint('by_names_by_path', ':names', ['DELETE'], 'by_names'))).status).toBe(200);
    expect((await api({ type: 'drop_rest_endpoint', args: { name: 'by_names_by_path' } })).status).toBe(200);
  });

  it('refuses a subscription, a missing query and a taken name', async () => {
    const subscription = await api(endpoint('live', 'live', ['GET'], 'live'));
    expect(subscription.status).toBe(400);
    expect(subscription.body.internal[0]).toMatchObject({
      reason: 'Inconsistent object: in endpoint live: query with name live is a subscription',
      name: 'endpoint live',
      type: 'endpoint',
    });
    expect((await api(endpoint('nothing', 'nothing', ['GET'], 'nothing'))).status).toBe(400);
    expect(await api(endpoint('all', 'again', ['GET'], 'all'))).toEqual({
      status: 400,
      body: { path: '$.args', error: 'Endpoint with name: all already exists', code: 'already-exists' },
    });
  });

  it('serves an endpoint once created and stops once dropped; the metadata keeps it', async () => {
    expect((await api(endpoint('names', 'names/:name', ['GET'], 'by_name'))).status).toBe(200);
    expect(await rest('GET', 'names/Ramen')).toEqual({ status: 200, body: { dish: [{ name: 'Ramen', price: 1400 }] } });
    const exported = await fetch(`${engine.url}/v1/metadata`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ type: 'export_metadata', args: {} }),
    });
    const metadata = (await exported.json()) as { rest_endpoints: { name: string; url: string }[] };
    expect(metadata.rest_endpoints.map((e) => e.name)).toContain('names');
    expect(await api({ type: 'drop_rest_endpoint', args: { name: 'names' } })).toEqual({ status: 200, body: { message: 'success' } });
    expect((await rest('GET', 'names/Ramen')).status).toBe(404);
    expect(await api({ type: 'drop_rest_endpoint', args: { name: 'names' } })).toEqual({
      status: 400,
      body: { path: '$.args', error: 'endpoint with name: names does not exist', code: 'not-exists' },
    });
  });

  it('refuses to drop the query or the collection an endpoint runs, and replace_metadata with endpoints it cannot serve', async () => {
    const dropQuery = await api({ type: 'drop_query_from_collection', args: { collection_name: 'dishes', query_name: 'all' } });
    expect(dropQuery.status).toBe(500);
    expect(dropQuery.body).toMatchObject({ error: 'cannot continue due to newly found inconsistent metadata', code: 'unexpected' });
    expect(dropQuery.body.internal[0]).toMatchObject({ reason: 'Inconsistent object: in endpoint all: query with name all not found in collection dishes', type: 'endpoint' });
    expect((await api({ type: 'drop_query_collection', args: { collection: 'dishes', cascade: false } })).status).toBe(500);
    expect(await rest('GET', 'dishes')).toMatchObject({ status: 200 });

    const exported = await fetch(`${engine.url}/v1/metadata`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ type: 'export_metadata', args: {} }),
    });
    const metadata = (await exported.json()) as { rest_endpoints: unknown[] };
    const clashing = {
      ...metadata,
      rest_endpoints: [...metadata.rest_endpoints, { name: 'clash', url: ':x', methods: ['GET'], definition: { query: { collection_name: 'dishes', query_name: 'all' } } }],
    };
    const replaced = await fetch(`${engine.url}/v1/metadata`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ type: 'replace_metadata', args: clashing }),
    });
    expect(replaced.status).toBe(400);
    expect(await replaced.json()).toMatchObject({ error: 'cannot continue due to inconsistent metadata', code: 'unexpected' });
    expect(await rest('GET', 'dishes')).toMatchObject({ status: 200 });
  });
});
