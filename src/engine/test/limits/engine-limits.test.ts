import { getIntrospectionQuery } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, ALICE, customerToken, startTestEngine, type TestEngine } from '../realtime/engine-harness.js';
import { RawClient } from '../realtime/ws-client.js';
import { appOperations } from './app-operations.js';

/**
 * The API limits on the whole engine (real Postgres, HTTP and WebSocket, the project's
 * metadata), first with the default limits, then with tight ones.
 */
type Body = { data?: any; errors?: { message: string; extensions: { code: string; path: string } }[] };

const ADMIN = { 'x-hasura-admin-secret': ADMIN_SECRET };
const ANONYMOUS = {};
let customer: Record<string, string>;
let analyst: Record<string, string>;

async function post(t: TestEngine, headers: Record<string, string>, body: unknown): Promise<Body & Body[]> {
  const response = await fetch(`${t.httpUrl}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Body & Body[];
}

const graphql = (t: TestEngine, headers: Record<string, string>, query: string, variables?: Record<string, unknown>) => post(t, headers, { query, variables });

/** `restaurants { menu_items { restaurant { menu_items { ... } } } }`, `levels` fields deep (each list cut to one row). */
function deepQuery(levels: number, keyword = 'query'): string {
  let inner = 'id';
  for (let i = levels; i >= 1; i--) {
    const field = i === 1 ? 'restaurants(limit: 1, order_by: {id: asc})' : i % 2 === 0 ? 'menu_items(limit: 1, order_by: {id: asc})' : 'restaurant';
    inner = `${field} { ${inner} }`;
  }
  return `${keyword} { ${inner} }`;
}

const aliases = (n: number, selection = 'restaurants(limit: 1) { id }') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

async function socket(t: TestEngine, headers: Record<string, string>): Promise<RawClient> {
  const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
  client.send({ type: 'connection_init', payload: { headers } });
  expect(await client.next()).toEqual({ type: 'connection_ack' });
  return client;
}

/**
 * Every statement the engine sends on a checked-out connection (the harness records only
 * `pool.query`; requests under a time limit run on a checked-out connection).
 */
function recordClientStatements(t: TestEngine): string[] {
  const statements: string[] = [];
  const pool = t.engine.pool;
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, release?: () => void) => void) => Promise<pg.PoolClient>;
  const wrapped = new WeakSet<pg.PoolClient>();
  const wrap = (client: pg.PoolClient | undefined) => {
    if (client && !wrapped.has(client)) {
      wrapped.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text: string };
        statements.push(typeof first === 'string' ? first : first.text);
        return query(...args);
      };
    }
    return client;
  };
  // pool.query checks out with a callback; the engine's own code awaits the promise.
  (pool as unknown as { connect: typeof connect }).connect = (callback) =>
    callback ? connect((error, client, release) => callback(error, wrap(client), release)) : connect().then((client) => wrap(client)!);
  return statements;
}

function expectError(body: Body, code: string, message: string | RegExp): void {
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toEqual({ path: '$', code });
  expect(body.errors![0]!.message).toMatch(message);
}

describe('default limits', () => {
  let t: TestEngine;
  let aliceOrder: string;
  let clientStatements: string[];

  beforeAll(async () => {
    t = await startTestEngine({ HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous' });
    clientStatements = recordClientStatements(t);
    customer = { authorization: `Bearer ${await customerToken(ALICE)}` };
    analyst = { authorization: `Bearer ${await customerToken('00000000-0000-4000-8000-0000000ad111', { role: 'analyst' })}` };
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    aliceOrder = (await client.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 1, 'Alice Lane 7') RETURNING id`, [ALICE]))
      .rows[0]!.id;
    await client.end();
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe('depth', () => {
    it('refuses the depth-14 query for anonymous and customer requests, before any SQL runs', async () => {
      t.resetStatements();
      clientStatements.length = 0;
      for (const headers of [ANONYMOUS, customer, { ...ADMIN, 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE }]) {
        expectError(await graphql(t, headers, deepQuery(14)), 'validation-failed', "depth limit exceeded: the operation's depth is 14, the limit is 10");
      }
      expect([...t.statements, ...clientStatements].filter((s) => s.includes('"restaurants"'))).toEqual([]);
      // The recording works: a query within the limits is seen, on a connection of its own.
      await graphql(t, customer, deepQuery(2));
      expect(clientStatements.some((s) => s.includes('"restaurants"'))).toBe(true);
    });

    it('runs a query under the time limit as its one statement: no transaction around it', async () => {
      clientStatements.length = 0;
      expect((await graphql(t, customer, '{ restaurants(where: {id: {_eq: 1}}) { name } }')).data).toEqual({ restaurants: [{ name: 'Bella Cucina' }] });
      expect(clientStatements).toHaveLength(1);
      expect(clientStatements[0]).toContain('"restaurants"');
    });

    it('lets admin run it', async () => {
      let expected: unknown = { id: 1 };
      for (let i = 14; i >= 2; i--) expected = i % 2 === 0 ? { menu_items: [expected] } : { restaurant: expected };
      expect(await graphql(t, ADMIN, deepQuery(14))).toEqual({ data: { restaurants: [expected] } });
    });

    it('allows depth 10', async () => {
      expect((await graphql(t, customer, deepQuery(10))).data.restaurants).toHaveLength(1);
    });

    it('counts the depth of fragments where they are spread', async () => {
      const query = `{ restaurants(limit: 1) { ...A } }
        fragment A on restaurants { menu_items(limit: 1) { restaurant { menu_items(limit: 1) { restaurant { ...B } } } } }
        fragment B on restaurants { menu_items(limit: 1) { restaurant { menu_items(limit: 1) { restaurant { ...C } } } } }
        fragment C on restaurants { menu_items(limit: 1) { restaurant { id } } }`;
      expectError(await graphql(t, customer, query), 'validation-failed', "depth limit exceeded: the operation's depth is 11, the limit is 10");
    });
  });

  describe('nodes', () => {
    it('refuses 1,000 aliases', async () => {
      expectError(await graphql(t, ANONYMOUS, aliases(1000)), 'validation-failed', 'node limit exceeded: the operation has 1000 nodes, the limit is 150');
      expectError(await graphql(t, customer, aliases(1000)), 'validation-failed', /^node limit exceeded/);
    });

    it('lets admin use them', async () => {
      const body = await graphql(t, ADMIN, aliases(1000));
      expect(Object.keys(body.data)).toHaveLength(1000);
    });

    it('counts a fragment once per use', async () => {
      // 100 aliases, each spreading a fragment with one node: 200 nodes.
      const query = `${aliases(100, 'restaurants(limit: 1) { ...R }')} fragment R on restaurants { menu_items(limit: 1) { id } }`;
      expectError(await graphql(t, customer, query), 'validation-failed', 'node limit exceeded: the operation has 200 nodes, the limit is 150');
      const fewer = `${aliases(70, 'restaurants(limit: 1) { ...R }')} fragment R on restaurants { menu_items(limit: 1) { id } }`;
      expect(Object.keys((await graphql(t, customer, fewer)).data)).toHaveLength(70);
    });

    it('refuses fragments that double at every level without expanding them', async () => {
      const levels = 40;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === levels - 1
          ? `fragment F${i} on restaurants { id }`
          : `fragment F${i} on restaurants { a: menu_items(limit: 1) { restaurant { ...F${i + 1} } } b: menu_items(limit: 1) { restaurant { ...F${i + 1} } } }`,
      ).join('\n');
      const body = await graphql(t, customer, `{ restaurants(limit: 1) { ...F0 } } ${fragments}`);
      expectError(body, 'validation-failed', /^depth limit exceeded/);
    });

    it('refuses a fragment cycle', async () => {
      const body = await graphql(t, customer, '{ restaurants { ...A } } fragment A on restaurants { menu_items { restaurant { ...A } } }');
      expect(body.errors?.[0]?.extensions.code).toBe('validation-failed');
      expect(body.data).toBeUndefined();
    });
  });

  describe('introspection', () => {
    it("answers the console's standard introspection query for every role under the defaults", async () => {
      for (const headers of [ANONYMOUS, customer, analyst]) {
        const body = await graphql(t, headers, getIntrospectionQuery());
        expect(body.errors).toBeUndefined();
        expect(body.data.__schema.queryType.name).toBe('query_root');
      }
    });

    it('refuses introspection nested past the ceiling', async () => {
      let nested = 'name';
      for (let i = 0; i < 12; i++) nested = `fields { type { ofType { ${nested} } } }`;
      expectError(
        await graphql(t, customer, `{ __schema { types { ${nested} } } }`),
        'validation-failed',
        /^depth limit exceeded: the introspection query's depth is 38, the limit is 20/,
      );
    });
  });

  describe('batches', () => {
    const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ query: `query q${i} { restaurants(limit: 1) { id } }` }));

    it('refuses a batch over the limit as a whole', async () => {
      const body = await post(t, customer, batch(11));
      expect(Array.isArray(body)).toBe(false);
      expectError(body, 'validation-failed', 'batch limit exceeded: the request has 11 operations, the limit is 10');
    });

    it('runs a batch at the limit, and any batch for admin', async () => {
      expect(await post(t, customer, batch(10))).toHaveLength(10);
      const admin = await post(t, ADMIN, batch(30));
      expect(admin).toHaveLength(30);
      expect(admin.every((r) => r.data.restaurants.length === 1)).toBe(true);
    });
  });

  describe('over the WebSocket', () => {
    it('refuses a deep subscription and a deep query', async () => {
      const client = await socket(t, customer);
      client.send({ type: 'subscribe', id: 's', payload: { query: deepQuery(14, 'subscription') } });
      const refused = await client.next();
      expect(refused).toMatchObject({ type: 'error', id: 's' });
      expect(JSON.stringify(refused)).toContain("depth limit exceeded: the operation's depth is 14, the limit is 10");
      client.send({ type: 'subscribe', id: 'q', payload: { query: deepQuery(14) } });
      const query = await client.next();
      expect(query).toMatchObject({ id: 'q' });
      expect(JSON.stringify(query)).toContain('depth limit exceeded');
      client.close();
    });

    it('refuses a subscription with 1,000 aliases, and serves one within the limits', async () => {
      const client = await socket(t, ANONYMOUS);
      client.send({ type: 'subscribe', id: 'wide', payload: { query: `subscription ${aliases(1000)}` } });
      const refused = await client.next();
      expect(refused).toMatchObject({ type: 'error', id: 'wide' });
      expect(JSON.stringify(refused)).toContain('node limit exceeded: the operation has 1000 nodes, the limit is 150');
      client.send({ type: 'subscribe', id: 'ok', payload: { query: 'subscription { restaurants(where: {id: {_eq: 2}}) { name } }' } });
      expect(await client.next()).toEqual({ type: 'next', id: 'ok', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });
      client.close();
    });

    it('lets admin subscribe to the deep subscription', async () => {
      const client = await socket(t, ADMIN);
      client.send({ type: 'subscribe', id: 's', payload: { query: deepQuery(14, 'subscription') } });
      const frame = await client.next();
      expect(frame).toMatchObject({ type: 'next', id: 's' });
      expect((frame.payload as Body).data.restaurants).toHaveLength(1);
      client.close();
    });
  });

  describe("the apps' own operations", () => {
    const operations = new Map(
      appOperations()
        .filter((o) => !o.file.includes('load-generator'))
        .map((o) => [o.name, o.text]),
    );

    it('customer queries run over HTTP', async () => {
      const restaurants = await graphql(t, customer, operations.get('Restaurants')!);
      expect(restaurants.errors).toBeUndefined();
      expect(restaurants.data.restaurants.length).toBeGreaterThan(0);
      const menu = await graphql(t, customer, operations.get('RestaurantMenu')!, { id: 1 });
      expect(menu.errors).toBeUndefined();
      expect(menu.data.restaurants_by_pk.name).toBe('Bella Cucina');
    });

    it("the order page's live subscription and a dashboard subscription run over the WebSocket", async () => {
      const alice = await socket(t, customer);
      alice.send({ type: 'subscribe', id: 'order', payload: { query: operations.get('OrderLive')!, variables: { id: aliceOrder } } });
      const order = await alice.next();
      expect(order).toMatchObject({ type: 'next', id: 'order' });
      expect((order.payload as Body).errors).toBeUndefined();
      expect((order.payload as Body).data.orders_by_pk.id).toBe(aliceOrder);
      alice.close();

      const dashboard = await socket(t, analyst);
      dashboard.send({ type: 'subscribe', id: 'kpis', payload: { query: operations.get('DashboardKpis')! } });
      const kpis = await dashboard.next();
      expect(kpis).toMatchObject({ type: 'next', id: 'kpis' });
      expect((kpis.payload as Body).data.analytics_kpis).toHaveLength(1);
      dashboard.close();
    });

    it('a customer mutation runs under the time limit and commits', async () => {
      const cancelled = await graphql(t, customer, operations.get('CancelOrder')!, { id: aliceOrder });
      expect(cancelled.errors).toBeUndefined();
      const check = await graphql(t, ADMIN, `query ($id: uuid!) { orders_by_pk(id: $id) { status } }`, { id: aliceOrder });
      expect(check.data.orders_by_pk.status).toBe('cancelled');
    });
  });
});

describe('tight limits', () => {
  let t: TestEngine;
  let db: pg.Client;

  const idleInTransaction = async () =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)).rows[0]!.n);

  beforeAll(async () => {
    t = await startTestEngine({
      HASURA_GRAPHQL_API_LIMIT_TIME_SECONDS: '0.2',
      HASURA_GRAPHQL_API_LIMIT_RESPONSE_BYTES: '2000',
      HASURA_GRAPHQL_API_LIMITS_PER_ROLE: JSON.stringify({ admin: { batch_limit: 2 }, analyst: { response_size_limit: 0 } }),
      HASURA_GRAPHQL_PG_CONNECTIONS: '2',
    });
    customer = { authorization: `Bearer ${await customerToken(ALICE)}` };
    analyst = { authorization: `Bearer ${await customerToken('00000000-0000-4000-8000-0000000ad111', { role: 'analyst' })}` };
    db = new pg.Client({ connectionString: t.db.url });
    await db.connect();
    const setup = await t.post('/v1/query', {
      type: 'bulk',
      args: [
        {
          type: 'run_sql',
          args: {
            sql: `CREATE VIEW slow_view AS SELECT 1 AS id FROM pg_sleep(1);
              CREATE TABLE slow_writes (id serial PRIMARY KEY, note text NOT NULL);
              CREATE FUNCTION slow_writes_sleep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$;
              CREATE TRIGGER slow_writes_sleep BEFORE INSERT ON slow_writes FOR EACH ROW EXECUTE FUNCTION slow_writes_sleep();
              CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);`,
          },
        },
        ...['slow_view', 'slow_writes', 'notes'].map((name) => ({ type: 'track_table', args: { schema: 'public', name } })),
        ...['slow_view', 'slow_writes', 'notes'].map((name) => ({
          type: 'create_select_permission',
          args: { table: name, role: 'customer', permission: { columns: name === 'slow_view' ? ['id'] : ['id', name === 'notes' ? 'body' : 'note'], filter: {} } },
        })),
        ...[
          ['slow_writes', 'note'],
          ['notes', 'body'],
        ].map(([table, column]) => ({
          type: 'create_insert_permission',
          args: { table, role: 'customer', permission: { columns: [column], check: {} } },
        })),
      ],
    });
    expect(setup.status).toBe(200);
  });
  afterAll(async () => {
    await db?.end();
    await t?.stop();
  });

  describe('time', () => {
    it('stops a slow query with the time limit error, and the engine keeps serving', async () => {
      for (let i = 0; i < 3; i++) {
        expectError(await graphql(t, customer, '{ slow_view { id } }'), 'time-limit-exceeded', 'time limit exceeded: the operation ran longer than 0.2 seconds');
      }
      // More requests than the pool has connections: none was left in a transaction.
      for (let i = 0; i < 5; i++) expect((await graphql(t, customer, '{ restaurants(where: {id: {_eq: 1}}) { name } }')).data).toEqual({ restaurants: [{ name: 'Bella Cucina' }] });
      expect(await idleInTransaction()).toBe(0);
    });

    it('stops more slow queries at once than the pool has connections, and leaves no statement running', async () => {
      // The pool has 2 connections; the cancels need none of them.
      const bodies = await Promise.all(Array.from({ length: 5 }, () => graphql(t, customer, '{ slow_view { id } }')));
      for (const body of bodies) expectError(body, 'time-limit-exceeded', /^time limit exceeded/);
      const sleeping = await db.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%slow_view%' AND pid <> pg_backend_pid()`,
      );
      expect(sleeping.rows).toEqual([]);
    });

    it('cancels only the statement that ran out: quick queries beside slow ones all answer', async () => {
      const quick = () => graphql(t, customer, '{ restaurants(where: {id: {_eq: 1}}) { name } }');
      const bodies = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? graphql(t, customer, '{ slow_view { id } }') : quick())));
      bodies.forEach((body, i) => {
        if (i % 3 === 0) expectError(body, 'time-limit-exceeded', /^time limit exceeded/);
        else expect(body).toEqual({ data: { restaurants: [{ name: 'Bella Cucina' }] } });
      });
      // Connections that a cancel was sent to were closed, not reused: the next quick ones answer.
      for (let i = 0; i < 5; i++) expect(await quick()).toEqual({ data: { restaurants: [{ name: 'Bella Cucina' }] } });
    });

    it('leaves no time limit on the pooled connections: admin runs the slow query', async () => {
      expectError(await graphql(t, customer, '{ slow_view { id } }'), 'time-limit-exceeded', /^time limit exceeded/);
      expect(await graphql(t, ADMIN, '{ slow_view { id } }')).toEqual({ data: { slow_view: [{ id: 1 }] } });
    });

    it('stops a slow mutation and rolls it back', async () => {
      expectError(await graphql(t, customer, 'mutation { insert_slow_writes_one(object: {note: "x"}) { id } }'), 'time-limit-exceeded', /^time limit exceeded/);
      expect((await db.query('SELECT count(*)::int AS n FROM slow_writes')).rows[0]).toEqual({ n: 0 });
      expect((await graphql(t, customer, 'mutation { insert_notes_one(object: {body: "short"}) { body } }')).data).toEqual({ insert_notes_one: { body: 'short' } });
      expect(await idleInTransaction()).toBe(0);
    });

    it('stops a slow query sent over the WebSocket', async () => {
      const client = await socket(t, customer);
      client.send({ type: 'subscribe', id: 'slow', payload: { query: '{ slow_view { id } }' } });
      const frame = await client.next();
      expect(frame).toMatchObject({ id: 'slow' });
      expect(JSON.stringify(frame)).toContain('time limit exceeded');
      client.close();
    });
  });

  describe('response size', () => {
    const big = '{ restaurants(order_by: {id: asc}) { name description menu_items { name description price_cents } } }';

    it('refuses a response over the limit with an error, not the body', async () => {
      expectError(await graphql(t, customer, big), 'response-size-limit-exceeded', 'response size limit exceeded: the response is larger than 2000 bytes');
      expect((await graphql(t, customer, '{ restaurants(where: {id: {_eq: 1}}) { name } }')).data).toEqual({ restaurants: [{ name: 'Bella Cucina' }] });
    });

    it('serves the same response to admin and to a role whose limit is off', async () => {
      expect((await graphql(t, ADMIN, big)).data.restaurants).toHaveLength(6);
      expect((await graphql(t, analyst, '{ restaurants { name description menu_items { name description } } }')).data.restaurants).toHaveLength(6);
    });

    it('refuses an introspection answer over the limit', async () => {
      expectError(await graphql(t, customer, getIntrospectionQuery()), 'response-size-limit-exceeded', /^response size limit exceeded/);
    });

    it('refuses a mutation whose response is over the limit, and rolls it back', async () => {
      const body = 'x'.repeat(3000);
      expectError(
        await graphql(t, customer, 'mutation ($body: String!) { insert_notes_one(object: {body: $body}) { body } }', { body }),
        'response-size-limit-exceeded',
        /^response size limit exceeded/,
      );
      expect((await db.query('SELECT count(*)::int AS n FROM notes WHERE body = $1', [body])).rows[0]).toEqual({ n: 0 });
    });

    it('refuses a query over the WebSocket too', async () => {
      const client = await socket(t, customer);
      client.send({ type: 'subscribe', id: 'big', payload: { query: big } });
      expect(JSON.stringify(await client.next())).toContain('response size limit exceeded');
      client.close();
    });
  });

  describe('per-role limits', () => {
    it('limits admin when configured to', async () => {
      const three = [1, 2, 3].map((i) => ({ query: `query q${i} { restaurants(limit: 1) { id } }` }));
      expectError(await post(t, ADMIN, three), 'validation-failed', 'batch limit exceeded: the request has 3 operations, the limit is 2');
      expect(await post(t, ADMIN, three.slice(0, 2))).toHaveLength(2);
    });
  });
});

describe('the size bound in SQL', () => {
  it('leaves an oversized JSON in Postgres and evaluates the statement once', async () => {
    const { sizeBoundedStatement: bounded } = await import('../../src/limits/statement-limits.js');
    const { compile, sql } = await import('../../src/sql/builder.js');
    const sizeBoundedStatement = (statement: ReturnType<typeof sql>, limits: Parameters<typeof bounded>[1]) => compile(bounded(statement, limits)).text;
    const { createTestDatabase } = await import('@3factor/dev/testing/database.js');
    const database = await createTestDatabase('empty');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const statement = sql`SELECT json_build_object('items', (SELECT json_agg(g) FROM generate_series(1, 1000) AS g)) AS "data" FROM (SELECT set_config('hasura.user', '{}', true)) AS "_session"`;
      const over = await client.query(sizeBoundedStatement(statement, { timeMs: null, responseBytes: 1000 }));
      expect(over.rows).toEqual([{ data: null, too_large: true }]);
      const under = await client.query(sizeBoundedStatement(statement, { timeMs: null, responseBytes: 100_000 }));
      expect(under.rows[0].too_large).toBe(false);
      expect(under.rows[0].data.items).toHaveLength(1000);
      const plan = await client.query(`EXPLAIN (VERBOSE, COSTS OFF) ${sizeBoundedStatement(statement, { timeMs: null, responseBytes: 1000 })}`);
      expect(plan.rows.map((r) => r['QUERY PLAN'] as string).join('\n')).toContain('Subquery Scan');
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
