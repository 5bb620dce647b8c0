import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';
import { SchemaCache, type CohortTarget } from '../../src/schema-cache/index.js';

/**
 * Which tables of a live query can have their changes narrowed to cohorts, as the compiler
 * proves it (compile/relation-pins.ts), for the app's own schema and permissions. A target is a
 * promise that a changed row elsewhere cannot change a cohort's result: each case below that
 * must not have one reads the table somewhere the proof does not reach.
 */
const METADATA_DIR = fileURLToPath(new URL('../../../../hasura/metadata', import.meta.url));

let db: TestDatabase;
let pool: pg.Pool;
let cache: SchemaCache;

beforeAll(async () => {
  db = await createTestDatabase('app');
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  cache = new SchemaCache(pool, configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }));
  await cache.rebuild(loadMetadataDirectory(METADATA_DIR), { leaveOutInconsistent: false });
});

afterAll(async () => {
  await pool.end();
  await db.drop();
});

function targets(role: string, query: string): Record<string, Omit<CohortTarget, 'table'>> {
  const planned = cache.plan(role, { query, variables: { id: '00000000-0000-4000-8000-000000000001', c: '00000000-0000-4000-8000-000000000002' } }, { subscriptions: true });
  if (planned.kind !== 'live') throw new Error(`expected a live plan, got ${JSON.stringify(planned)}`);
  return Object.fromEntries(planned.targets.map(({ table, ...rest }) => [table, rest]));
}

describe('cohort targets of live queries', () => {
  it('the order page as the customer: the order and everything joined on its id, though each permission reads orders again', () => {
    const found = targets(
      'customer',
      `subscription ($id: uuid!) { orders_by_pk(id: $id) {
        id status status_history { to_status } assignment { agent { name } } payments(limit: 1) { status }
        restaurant { name } items { quantity menu_item { name } } } }`,
    );
    // Not assignments: the customer's permission on agents reads them from the agent's side.
    expect(Object.keys(found).sort()).toEqual(['public.order_items', 'public.order_status_history', 'public.orders', 'public.payments']);
    expect(found['public.payments']).toMatchObject({ column: 'order_id', kind: 'uuid' });
    expect(found['public.order_items']).toEqual(found['public.payments']);
    // Orders only by customer: the agent's permission reads the customer's orders through any
    // assignment of that agent, so another order of the same customer can change this result.
    expect(found['public.orders']).toMatchObject({ column: 'customer_id', kind: 'uuid' });
    expect(found['public.orders']!.valueIndex).not.toBe(found['public.payments']!.valueIndex);
  });

  it('a customer list is targeted by the session variable of the permission', () => {
    expect(targets('customer', 'subscription { orders { id } }')).toEqual({ 'public.orders': expect.objectContaining({ column: 'customer_id', kind: 'uuid' }) });
  });

  it('no target through _or', () => {
    expect(targets('admin', 'subscription ($id: uuid!) { orders(where: {_or: [{id: {_eq: $id}}, {status: {_eq: placed}}]}) { id } }')).toEqual({});
  });

  it('a relationship joined on another column than the pinned one proves nothing about its rows', () => {
    const found = targets('admin', 'subscription ($c: uuid!) { orders(where: {customer_id: {_eq: $c}}) { id payments { id } } }');
    expect(found['public.orders']).toMatchObject({ column: 'customer_id' });
    expect(found['public.payments']).toBeUndefined();
  });

  it('the same table pinned to two different variables gets no target', () => {
    const found = targets('admin', 'subscription ($id: uuid!, $c: uuid!) { orders(where: {id: {_eq: $id}}) { customer { orders(where: {id: {_eq: $c}}) { id } } } }');
    expect(found['public.orders']).toBeUndefined();
  });
});
