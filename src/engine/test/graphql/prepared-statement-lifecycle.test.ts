import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { isStaleStatement, queryPrepared, retryIfStale, statementName } from '../../src/execute/prepared-statements.js';
import { ALICE, customerToken, startTestEngine, type TestEngine } from '../realtime/engine-harness.js';

/**
 * Named prepared statements over a real engine (the app's metadata has use_prepared_statements
 * on), on a pool of one connection so that `pg_prepared_statements` shows what the engine's
 * statements left on it: they survive DDL and a DEALLOCATE sent through run_sql, and a
 * statement never carries one session's rows to another.
 */
const BOB = '00000000-0000-4000-8000-0000000000b0';

let t: TestEngine;
const names = async () => (await t.engine.pool.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'gql_%' ORDER BY name`)).rows.map((r) => r.name);
const statementText = async (name: string) =>
  (await t.engine.pool.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements WHERE name = $1`, [name])).rows[0]?.statement;

async function graphqlAs(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(`${t.httpUrl}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function runSql(sql: string): Promise<void> {
  const answer = await t.post('/v2/query', { type: 'run_sql', args: { sql } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

beforeAll(async () => {
  t = await startTestEngine({ HASURA_GRAPHQL_PG_CONNECTIONS: '1' });
  const db = new pg.Client({ connectionString: t.db.url });
  await db.connect();
  try {
    await db.query(`INSERT INTO users (id, username, password_hash, role) VALUES ($1, 'bob', 'x', 'customer')`, [BOB]);
    await db.query(
      `INSERT INTO customer_addresses (customer_id, label, address) VALUES ($1, 'Home', '1 Alice Street'), ($2, 'Home', '2 Bob Street'), ($2, 'Work', '3 Bob Street')`,
      [ALICE, BOB],
    );
  } finally {
    await db.end();
  }
});
afterAll(async () => {
  await t?.stop();
});

describe('statements and sessions', () => {
  const addresses = '{ customer_addresses(order_by: {address: asc}) { address } }';

  it("two customers share the role's statement, and each gets only their own rows from it", async () => {
    const alice = await customerToken(ALICE);
    const bob = await customerToken(BOB);
    const before = new Set(await names());
    expect((await graphqlAs(alice, addresses)).data).toEqual({ customer_addresses: [{ address: '1 Alice Street' }] });
    const added = (await names()).filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    // Bob's request runs the statement Alice's prepared: the user id is bound at each execution.
    for (let i = 0; i < 7; i++) {
      expect((await graphqlAs(bob, addresses)).data).toEqual({ customer_addresses: [{ address: '2 Bob Street' }, { address: '3 Bob Street' }] });
      expect((await graphqlAs(alice, addresses)).data).toEqual({ customer_addresses: [{ address: '1 Alice Street' }] });
    }
    expect((await names()).filter((n) => !before.has(n))).toEqual(added);
    // Past five executions Postgres may run a generic plan; it still reads the bound user id.
    const plans = await t.engine.pool.query<{ generic_plans: string; custom_plans: string }>(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1`, [
      added[0],
    ]);
    expect(Number(plans.rows[0]!.generic_plans) + Number(plans.rows[0]!.custom_plans)).toBe(15);
    expect(await statementText(added[0]!)).toMatch(/"customer_id" = \$\d+::"pg_catalog"\."uuid"/);
  });

  it('another role, and the admin, get statements of their own: the permission filter is part of the text', async () => {
    const orders = '{ orders(order_by: {created_at: desc}, limit: 5) { id } }';
    const tokens = [await customerToken(ALICE), await customerToken('00000000-0000-4000-8000-0000000ad111', { role: 'analyst' })];
    const byRole: string[][] = [];
    for (const token of [...tokens, null]) {
      const before = new Set(await names());
      const answer = token ? await graphqlAs(token, orders) : await t.graphql(orders);
      expect(answer).toEqual({ data: { orders: expect.any(Array) } });
      byRole.push((await names()).filter((n) => !before.has(n)));
    }
    // One new statement per role, three different names.
    expect(byRole.map((added) => added.length)).toEqual([1, 1, 1]);
    expect(new Set(byRole.flat()).size).toBe(3);
    const [customerText, analystText, adminText] = await Promise.all(byRole.map((added) => statementText(added[0]!)));
    expect(customerText).toMatch(/"customer_id" = \$\d+::"pg_catalog"\."uuid"/);
    expect(analystText).not.toMatch(/customer_id/);
    expect(adminText).not.toMatch(/customer_id/);
  });

  it('values read out of a variable stay bound: requests differing only in them share one statement', async () => {
    const restaurants = 'query ($where: restaurants_bool_exp!) { restaurants(where: $where) { id } }';
    const orders = 'query ($where: orders_bool_exp!) { orders(where: $where) { id } }';
    const before = new Set(await names());
    expect((await t.graphql(restaurants, { where: { id: { _eq: 1 } } })).data).toEqual({ restaurants: [{ id: 1 }] });
    expect((await t.graphql(restaurants, { where: { id: { _eq: 2 } } })).data).toEqual({ restaurants: [{ id: 2 }] });
    // An enum inside the variable, too.
    expect((await t.graphql(orders, { where: { status: { _eq: 'delivered' } } })).data).toEqual({ orders: [] });
    expect((await t.graphql(orders, { where: { status: { _eq: 'paid' } } })).data).toEqual({ orders: [] });
    expect((await names()).filter((n) => !before.has(n))).toHaveLength(2);
  });

  it('a constant of the document is written into the text safely, and the row it names is found', async () => {
    const tricky = "O'Brien\\'); DROP TABLE customer_addresses; --";
    await runSql(`INSERT INTO customer_addresses (customer_id, label, address) VALUES ('${BOB}', 'Odd', '${tricky.replaceAll("'", "''")}')`);
    const literal = JSON.stringify(tricky);
    const found = await t.graphql(`{ customer_addresses(where: {address: {_eq: ${literal}}}) { address } }`);
    expect(found).toEqual({ data: { customer_addresses: [{ address: tricky }] } });
    const quoteOnly = "O'Brien's place";
    await runSql(`INSERT INTO customer_addresses (customer_id, label, address) VALUES ('${BOB}', 'Pub', '${quoteOnly.replaceAll("'", "''")}')`);
    expect(await t.graphql(`{ customer_addresses(where: {address: {_eq: ${JSON.stringify(quoteOnly)}}}) { address } }`)).toEqual({
      data: { customer_addresses: [{ address: quoteOnly }] },
    });
    expect((await t.graphql('{ customer_addresses_aggregate { aggregate { count } } }')).data.customer_addresses_aggregate.aggregate.count).toBe(5);
  });
});

describe('statements and schema changes', () => {
  const byPk = 'query ($id: Int!) { restaurants_by_pk(id: $id) { id name } }';

  it('a prepared query still answers after run_sql changes the table under it', async () => {
    const first = await t.graphql(byPk, { id: 1 });
    expect(first).toEqual({ data: { restaurants_by_pk: { id: 1, name: 'Bella Cucina' } } });
    const labels = '{ customer_addresses(order_by: {address: asc}, limit: 1) { label address } }';
    const firstLabel = await t.graphql(labels);
    expect(firstLabel).toEqual({ data: { customer_addresses: [{ label: 'Home', address: '1 Alice Street' }] } });
    const prepared = await names();
    await runSql('ALTER TABLE customer_addresses ALTER COLUMN label TYPE varchar(40); ALTER TABLE restaurants ADD COLUMN prepared_note text');
    expect(await t.graphql(byPk, { id: 1 })).toEqual(first);
    expect(await t.graphql(byPk, { id: 2 })).toEqual({ data: { restaurants_by_pk: { id: 2, name: expect.any(String) } } });
    expect(await t.graphql(labels)).toEqual(firstLabel);
    // The metadata reload compiled the same text: Postgres re-planned the statement in place.
    expect(await names()).toEqual(expect.arrayContaining(prepared));
  });

  it('a DEALLOCATE ALL sent through run_sql: queries prepare again, as admin and inside a role’s transaction', async () => {
    const alice = await customerToken(ALICE);
    const mine = '{ customer_addresses { address } }';
    expect((await graphqlAs(alice, mine)).data).toEqual({ customer_addresses: [{ address: '1 Alice Street' }] });
    expect((await t.graphql(byPk, { id: 1 })).data).toEqual({ restaurants_by_pk: { id: 1, name: 'Bella Cucina' } });
    await runSql('DEALLOCATE ALL');
    expect(await names()).toEqual([]);
    // node-postgres still believes both are parsed; each fails once with 26000 and is prepared afresh.
    expect((await graphqlAs(alice, mine)).data).toEqual({ customer_addresses: [{ address: '1 Alice Street' }] });
    expect((await t.graphql(byPk, { id: 1 })).data).toEqual({ restaurants_by_pk: { id: 1, name: 'Bella Cucina' } });
    expect(await names()).toHaveLength(2);
  });
});

describe('a statement whose result type changed (cached plan must not change result type)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    await pool.query('CREATE TABLE notes (id int PRIMARY KEY); INSERT INTO notes VALUES (1)');
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });
  const query = { text: 'SELECT * FROM notes WHERE id = $1', values: [1] };

  it('is deallocated and prepared again, on a connection outside a transaction', async () => {
    const client = await pool.connect();
    try {
      expect((await queryPrepared(client, query)).rows).toEqual([{ id: 1 }]);
      await client.query(`ALTER TABLE notes ADD COLUMN body text NOT NULL DEFAULT 'x'`);
      // What Postgres answers without the retry:
      await expect(client.query({ ...query, name: statementName(query.text) })).rejects.toSatisfy(isStaleStatement);
      expect((await queryPrepared(client, query)).rows).toEqual([{ id: 1, body: 'x' }]);
    } finally {
      client.release();
    }
  });

  it('inside a transaction fails it; the connection deallocates at its next use, and retryIfStale runs the transaction again', async () => {
    let attempts = 0;
    const inTransaction = async () => {
      attempts++;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const rows = (await queryPrepared(client, query)).rows;
        await client.query('COMMIT');
        return rows;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    expect(await inTransaction()).toEqual([{ id: 1, body: 'x' }]);
    await pool.query(`ALTER TABLE notes ADD COLUMN extra int NOT NULL DEFAULT 7`);
    await expect(inTransaction()).rejects.toSatisfy(isStaleStatement);
    expect(await inTransaction()).toEqual([{ id: 1, body: 'x', extra: 7 }]);
    await pool.query(`ALTER TABLE notes ADD COLUMN more int NOT NULL DEFAULT 8`);
    attempts = 0;
    expect(await retryIfStale(inTransaction)).toEqual([{ id: 1, body: 'x', extra: 7, more: 8 }]);
    expect(attempts).toBe(2);
  });
});
