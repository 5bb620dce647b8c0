import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { Subscription, wsClient } from './helpers/graphql-ws.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * Hasura reports a check violation (SQLSTATE 23514, a CHECK or ratings_enforce's refusal) as a
 * permission-error whose message is "Check constraint violation. <reason>", and a duplicate key
 * as a constraint-violation.
 */
const CHECK = 'permission-error';

/**
 * Ratings on the real stack: the engine with the repository's metadata (and anonymous as the
 * unauthorized role, as `npm start` runs it), the functions through pgBouncer taking one order
 * all the way to a courier. Who may rate, when, and how often is the database's rule
 * (ratings_enforce, the primary key); the permissions only shape what each role sees.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bob: AppClient;
let bella: AppClient;
let dave: AppClient;
let analyst: AppClient;

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b0';
const DAVE_AGENT = 1;
const MAYA_AGENT = 2;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  // A second customer, with the seed's password hash.
  await t.sql.query(`INSERT INTO users (id, username, password_hash, role) SELECT $1, 'bob', password_hash, 'customer' FROM users WHERE username = 'alice'`, [BOB]);
  engine = await startAppEngine(t.db.url, t.server.url);
  const login = (name: string) => AppClient.login(t.server.url, engine.url, name);
  [alice, bob, bella, dave, analyst] = await Promise.all([login('alice'), login('bob'), login('bella'), login('dave'), login('admin')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const RATE = `mutation ($object: ratings_insert_input!) {
  insert_ratings_one(object: $object) { order_id customer_id restaurant_id agent_id restaurant_stars courier_stars comment }
}`;
const UPDATE = `mutation ($id: uuid!, $set: ratings_set_input!) {
  update_ratings_by_pk(pk_columns: { order_id: $id }, _set: $set) { order_id restaurant_stars courier_stars comment }
}`;
const RESTAURANT_RATING = `query ($id: Int!) { restaurants_by_pk(id: $id) { rating { ratings_count average_stars } } }`;

const anonymous = (query: string, variables: Record<string, unknown> = {}) => anonymousGraphql(engine.url, query, variables);

/**
 * An order already at `status`, written straight in SQL with the triggers off (the rows the
 * status machine would have written), with a courier's assignment when `agentId` is given.
 */
async function orderAt(status: string, { customerId = ALICE, restaurantId = 2, agentId = MAYA_AGENT as number | null } = {}): Promise<string> {
  const id = randomUUID();
  const client = await t.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, delivered_at)
       VALUES ($1, $2, $3, '1 Rating Road', $4::order_status, 1000, CASE WHEN $4::order_status = 'delivered' THEN now() END)`,
      [id, customerId, restaurantId, status],
    );
    if (agentId !== null) await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [id, agentId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return id;
}

const refusal = (result: GraphqlResult) => ({ code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' });
const storedRatings = async (orderId: string) => (await t.sql.query('SELECT * FROM ratings WHERE order_id = $1', [orderId])).rows;

describe('rating a delivered order', () => {
  it('an order delivered through the pipeline is rated by its customer; the restaurant and courier come from the order', { timeout: 60_000 }, async () => {
    const [item] = await alice.menuItemIds(2);
    const orderId = await alice.placeOrder(2, [{ menu_item_id: item!, quantity: 1 }]);
    await alice.waitForStatus(orderId, 'validated');
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'agent_assigned');
    // Before delivery the database refuses, whoever asks.
    const early = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 5 } });
    expect(refusal(early)).toEqual({ code: CHECK, message: expect.stringContaining('can be rated once it is delivered; it is agent_assigned') });
    await t.sql.query(`UPDATE orders SET status = 'picked_up' WHERE id = $1`, [orderId]);
    await t.sql.query(`UPDATE orders SET status = 'delivered' WHERE id = $1`, [orderId]);
    const { rows } = await t.sql.query<{ agent_id: number }>('SELECT agent_id FROM assignments WHERE order_id = $1', [orderId]);

    const rated = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 5, courier_stars: 4, comment: 'Still hot' } });
    expect(rated).toEqual({
      data: {
        insert_ratings_one: { order_id: orderId, customer_id: ALICE, restaurant_id: 2, agent_id: rows[0]!.agent_id, restaurant_stars: 5, courier_stars: 4, comment: 'Still hot' },
      },
    });
    // The public aggregate, for every role down to anonymous.
    for (const read of [anonymous, (q: string, v?: Record<string, unknown>) => bob.graphql(q, v)]) {
      expect((await read(RESTAURANT_RATING, { id: 2 })).data.restaurants_by_pk.rating).toEqual({ ratings_count: 1, average_stars: 5 });
    }
  });

  it('a restaurant, a courier and the client cannot choose: restaurant_id and agent_id are copied from the order', async () => {
    const orderId = await orderAt('delivered', { restaurantId: 3, agentId: DAVE_AGENT });
    const forged = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 1, restaurant_id: 1 } });
    expect(refusal(forged).code).toBe('validation-failed');
    await t.sql.query(`INSERT INTO ratings (order_id, customer_id, restaurant_id, agent_id, restaurant_stars) VALUES ($1, $2, 1, 7, 2)`, [orderId, ALICE]);
    expect(await storedRatings(orderId)).toEqual([expect.objectContaining({ restaurant_id: 3, agent_id: DAVE_AGENT, restaurant_stars: 2 })]);
  });

  it('courier stars only when the order had a courier', async () => {
    const orderId = await orderAt('delivered', { agentId: null });
    const refused = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 4, courier_stars: 5 } });
    expect(refusal(refused)).toEqual({ code: CHECK, message: expect.stringContaining('had no courier to rate') });
    const rated = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 4 } });
    expect(rated.data.insert_ratings_one).toMatchObject({ agent_id: null, courier_stars: null, restaurant_stars: 4 });
  });

  it('stars outside 1-5 and an overlong comment are refused by the table', async () => {
    const orderId = await orderAt('delivered');
    for (const object of [
      { order_id: orderId, restaurant_stars: 0 },
      { order_id: orderId, restaurant_stars: 6 },
      { order_id: orderId, restaurant_stars: 3, courier_stars: 0 },
      { order_id: orderId, restaurant_stars: 3, comment: 'x'.repeat(1001) },
    ]) {
      expect(refusal(await alice.graphql(RATE, { object }))).toEqual({ code: CHECK, message: expect.stringMatching(/^Check constraint violation\./) });
    }
    expect(await storedRatings(orderId)).toEqual([]);
  });
});

describe('only the order’s customer, only after delivery, once', () => {
  it('refuses every status before delivered, and a cancelled or rejected order', async () => {
    for (const status of ['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'cancelled', 'restaurant_rejected', 'rejected']) {
      const orderId = await orderAt(status);
      const refused = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 5 } });
      expect(refusal(refused)).toEqual({ code: CHECK, message: expect.stringContaining(`it is ${status}`) });
      expect(await storedRatings(orderId)).toEqual([]);
    }
  });

  it('another customer can neither rate nor change nor see the rating of an order that is not theirs', async () => {
    const orderId = await orderAt('delivered');
    const refused = await bob.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 1 } });
    expect(refusal(refused)).toEqual({ code: CHECK, message: expect.stringContaining('only the customer who placed order') });
    expect(await storedRatings(orderId)).toEqual([]);

    expect((await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 5 } })).errors).toBeUndefined();
    expect(await bob.graphql(UPDATE, { id: orderId, set: { restaurant_stars: 1 } })).toEqual({ data: { update_ratings_by_pk: null } });
    expect(await bob.graphql('query ($id: uuid!) { ratings_by_pk(order_id: $id) { order_id } }', { id: orderId })).toEqual({ data: { ratings_by_pk: null } });
    expect((await storedRatings(orderId))[0]).toMatchObject({ restaurant_stars: 5 });
  });

  it('a forged customer_id is no input of the customer’s; the database refuses it from any other writer', async () => {
    const orderId = await orderAt('delivered');
    const forged = await bob.graphql(RATE, { object: { order_id: orderId, customer_id: ALICE, restaurant_stars: 1 } });
    expect(refusal(forged).code).toBe('validation-failed');
    // An admin write (or psql) naming the wrong customer, and a customer's session in hasura.user.
    await expect(t.sql.query('INSERT INTO ratings (order_id, customer_id, restaurant_id, restaurant_stars) VALUES ($1, $2, 2, 1)', [orderId, BOB])).rejects.toMatchObject({
      code: '23514',
    });
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': 'customer', 'x-hasura-user-id': BOB })]);
      await expect(client.query('INSERT INTO ratings (order_id, customer_id, restaurant_id, restaurant_stars) VALUES ($1, $2, 2, 1)', [orderId, ALICE])).rejects.toMatchObject({
        code: '23514',
      });
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await storedRatings(orderId)).toEqual([]);
  });

  it('twice: the second rating is refused and the first stands', async () => {
    const orderId = await orderAt('delivered');
    expect((await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 4 } })).errors).toBeUndefined();
    const again = await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 1 } });
    expect(refusal(again)).toEqual({ code: 'constraint-violation', message: expect.stringMatching(/uniqueness violation/i) });
    expect((await storedRatings(orderId)).map((r) => r.restaurant_stars)).toEqual([4]);
  });

  it('concurrent double insert: of 10 racing ratings of one order exactly one is stored', async () => {
    const orderId = await orderAt('delivered');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 1 + (i % 5) } })));
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(refusal(r).code).toBe('constraint-violation');
    const stored = await storedRatings(orderId);
    expect(stored).toHaveLength(1);
    expect(stored[0].restaurant_stars).toBe(accepted[0]!.data.insert_ratings_one.restaurant_stars);
  });
});

describe('changing a rating', () => {
  it('stars and comment may change within a day; updated_at moves, created_at does not', async () => {
    const orderId = await orderAt('delivered');
    await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 2, comment: 'Cold' } });
    const [before] = await storedRatings(orderId);
    const changed = await alice.graphql(UPDATE, { id: orderId, set: { restaurant_stars: 4, courier_stars: 5, comment: 'Cold, but they called to apologise' } });
    expect(changed).toEqual({ data: { update_ratings_by_pk: { order_id: orderId, restaurant_stars: 4, courier_stars: 5, comment: 'Cold, but they called to apologise' } } });
    const [after] = await storedRatings(orderId);
    expect(after.created_at).toEqual(before.created_at);
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it('after a day the database refuses the change, for the customer and for an admin write alike', async () => {
    const orderId = await orderAt('delivered');
    await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 3 } });
    await t.sql.query(
      `BEGIN; SET LOCAL session_replication_role = replica;
       UPDATE ratings SET created_at = now() - interval '1 day 1 minute' WHERE order_id = '${orderId}'; COMMIT`,
    );
    const late = await alice.graphql(UPDATE, { id: orderId, set: { restaurant_stars: 1 } });
    expect(refusal(late)).toEqual({ code: CHECK, message: expect.stringContaining('can be changed for a day') });
    await expect(t.sql.query('UPDATE ratings SET comment = $2 WHERE order_id = $1', [orderId, 'late'])).rejects.toMatchObject({ code: '23514' });
    expect((await storedRatings(orderId))[0]).toMatchObject({ restaurant_stars: 3, comment: null });
  });

  it('a rating stays with its order: its order, customer, restaurant, courier and time never change', async () => {
    const orderId = await orderAt('delivered');
    const other = await orderAt('delivered');
    await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 3 } });
    expect(refusal(await alice.graphql(UPDATE, { id: orderId, set: { restaurant_id: 1 } })).code).toBe('validation-failed');
    for (const set of [`order_id = '${other}'`, `customer_id = '${BOB}'`, 'restaurant_id = 1', 'agent_id = 1', `created_at = now() + interval '1 hour'`]) {
      await expect(t.sql.query(`UPDATE ratings SET ${set} WHERE order_id = $1`, [orderId])).rejects.toMatchObject({ code: '23514' });
    }
  });
});

describe('what each role sees', () => {
  it('anonymous sees the aggregates only; staff their restaurant’s ratings without the customer; couriers their own stars', async () => {
    const atBella = await orderAt('delivered', { restaurantId: 1, agentId: DAVE_AGENT });
    const elsewhere = await orderAt('delivered', { restaurantId: 4, agentId: MAYA_AGENT });
    await alice.graphql(RATE, { object: { order_id: atBella, restaurant_stars: 2, courier_stars: 5, comment: 'Slow kitchen' } });
    await alice.graphql(RATE, { object: { order_id: elsewhere, restaurant_stars: 5, courier_stars: 1 } });

    expect(refusal(await anonymous('{ ratings { order_id } }')).code).toBe('validation-failed');
    expect(refusal(await anonymous(RATE, { object: { order_id: atBella, restaurant_stars: 5 } })).code).toBe('validation-failed');
    expect((await anonymous(RESTAURANT_RATING, { id: 1 })).data.restaurants_by_pk.rating).toEqual({ ratings_count: 1, average_stars: 2 });

    const staff = await bella.graphql('{ ratings { order_id restaurant_id restaurant_stars comment } }');
    expect(staff.data.ratings).toContainEqual({ order_id: atBella, restaurant_id: 1, restaurant_stars: 2, comment: 'Slow kitchen' });
    expect(staff.data.ratings.filter((r: { restaurant_id: number }) => r.restaurant_id !== 1)).toEqual([]);
    expect(refusal(await bella.graphql('{ ratings { customer_id } }')).code).toBe('validation-failed');
    expect(refusal(await bella.graphql(RATE, { object: { order_id: atBella, restaurant_stars: 5 } })).code).toBe('validation-failed');

    const courier = await dave.graphql('{ ratings { order_id courier_stars } }');
    expect(courier.data.ratings).toContainEqual({ order_id: atBella, courier_stars: 5 });
    const davesOrders = (await t.sql.query('SELECT order_id FROM ratings WHERE agent_id = $1', [DAVE_AGENT])).rows.map((r) => r.order_id);
    expect(courier.data.ratings.map((r: { order_id: string }) => r.order_id).sort()).toEqual(davesOrders.sort());
    expect(refusal(await dave.graphql('{ ratings { restaurant_stars } }')).code).toBe('validation-failed');

    const all = await analyst.graphql('{ ratings_aggregate { aggregate { count } } }');
    expect(all.data.ratings_aggregate.aggregate.count).toBe((await t.sql.query('SELECT 1 FROM ratings')).rowCount);
    const mine = await alice.graphql('{ ratings { order_id } }');
    expect(mine.data.ratings.map((r: { order_id: string }) => r.order_id)).toEqual(expect.arrayContaining([atBella, elsewhere]));
    expect((await bob.graphql('{ ratings { order_id } }')).data.ratings).toEqual([]);
  });
});

describe('the dashboard’s ranking, live', () => {
  it('a new rating reaches the analyst’s subscription to restaurant_ratings without a refresh', async () => {
    const client = wsClient(engine.url, analyst.token);
    const ranking = new Subscription(
      client,
      'subscription { restaurant_ratings(where: { restaurant_id: { _eq: 5 } }) { restaurant_id ratings_count average_stars restaurant { name } } }',
    );
    try {
      expect((await ranking.next()).data.restaurant_ratings).toEqual([{ restaurant_id: 5, ratings_count: 0, average_stars: null, restaurant: { name: 'Green Bowl' } }]);
      const orderId = await orderAt('delivered', { restaurantId: 5 });
      expect((await alice.graphql(RATE, { object: { order_id: orderId, restaurant_stars: 3 } })).errors).toBeUndefined();
      expect((await ranking.next()).data.restaurant_ratings).toEqual([{ restaurant_id: 5, ratings_count: 1, average_stars: 3, restaurant: { name: 'Green Bowl' } }]);
    } finally {
      ranking.stop();
      await client.dispose();
    }
  });
});
