import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * search_menu through the engine, as the restaurant list's search box asks it: the seed's menus,
 * every role (anonymous included, through menu_search_results' select permission, as Hasura
 * infers a function's permission from its table's), words, stems, typos, ranking, and input
 * nobody should be able to break it with.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let clients: Record<string, (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult>>;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startAppEngine(t.db.url, t.server.url);
  clients = { anonymous: (q, v) => anonymousGraphql(engine.url, q, v) };
  for (const name of ['alice', 'bella', 'dave', 'admin']) {
    const client = await AppClient.login(t.server.url, engine.url, name);
    clients[name] = (q, v) => client.graphql(q, v);
  }
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const SEARCH = `query ($query: String!, $limit: Int) {
  search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }], limit: $limit) { name restaurant_name restaurant { id name } }
}`;

async function search(query: string, role = 'anonymous', limit = 20): Promise<Array<{ name: string; restaurant_name: string; restaurant: { id: number; name: string } }>> {
  const result = await clients[role]!(SEARCH, { query, limit });
  expect(result.errors).toBeUndefined();
  return result.data.search_menu;
}
const names = async (query: string) => (await search(query)).map((hit) => hit.name);

describe('search_menu', () => {
  it('finds a dish by a word of its name, with its restaurant, for every role', async () => {
    for (const role of ['anonymous', 'alice', 'bella', 'dave', 'admin']) {
      expect(await search('tikka', role)).toEqual([{ name: 'Chicken tikka masala', restaurant_name: 'Curry House', restaurant: { id: 4, name: 'Curry House' } }]);
    }
  });

  it('forgives typos: a word no menu has is searched as the closest one that some menu has', async () => {
    expect(await names('tika')).toEqual(['Chicken tikka masala']);
    expect(await names('chiken tikka masalla')).toEqual(['Chicken tikka masala']);
    expect(await names('TONKOTSU RAMNE')).toEqual(['Tonkotsu ramen']);
  });

  it('every word must match, in the dish or its restaurant: "vegan masala", "mexican burrito"', async () => {
    expect(await names('vegan')).toEqual(['Chana masala']);
    expect(await names('vegan masala')).toEqual(['Chana masala']);
    // Taqueria Sol's description says "burritos": all its dishes match, the one named so first.
    const mexican = await search('mexican burrito');
    expect(mexican[0]!.name).toBe('Carnitas burrito');
    expect(new Set(mexican.map((hit) => hit.restaurant_name))).toEqual(new Set(['Taqueria Sol']));
    expect(await names('vegan burrito')).toEqual([]);
  });

  it('finds a restaurant’s dishes by its name, cuisine or description, stems included ("pizzas")', async () => {
    const bella = ['Diavola', 'Lasagne', 'Margherita', 'Tagliatelle al ragù', 'Tiramisù'];
    expect((await names('italian')).sort()).toEqual(bella);
    expect((await names('pizzas')).sort()).toEqual(bella);
    expect((await search('bella cucina')).every((hit) => hit.restaurant.id === 1)).toBe(true);
  });

  it('ranks a word in the dish’s name above the same word in a description', async () => {
    expect(await names('salmon')).toEqual(['Salmon nigiri (2)', 'Poke bowl']);
    expect(await names('mango')).toEqual(['Mango lassi']);
  });

  it('leaves out dishes that are not available', async () => {
    expect(await names('truffle')).toEqual([]);
    await t.sql.query(`UPDATE menu_items SET is_available = false WHERE name = 'Elote'`);
    expect(await names('elote')).toEqual([]);
    await t.sql.query(`UPDATE menu_items SET is_available = true WHERE name = 'Elote'`);
    expect(await names('elote')).toEqual(['Elote']);
  });

  it('follows renames: of a dish, and of a restaurant (its dishes are re-indexed), typos included', async () => {
    await t.sql.query(`UPDATE menu_items SET name = 'Jackfruit tacos' WHERE name = 'Tacos al pastor (3)'`);
    expect(await names('jakfruit')).toEqual(['Jackfruit tacos']);
    await t.sql.query(`UPDATE restaurants SET name = 'Greenwich Bowl' WHERE id = 5`);
    const hits = await search('grenwich');
    expect(hits.length).toBe(6);
    expect(hits.every((hit) => hit.restaurant_name === 'Greenwich Bowl')).toBe(true);
  });

  it('answers odd input with results or nothing, never an error', async () => {
    for (const query of ['', ' ', 'a', "'; DROP TABLE menu_items; --", '%', '_', 'a & b | !c', '(tikka', '"unclosed', 'tikka:*', '\\', '🍕', 'x'.repeat(5000)]) {
      await search(query);
    }
    expect(await names('tikka!!!')).toEqual(['Chicken tikka masala']);
    expect((await t.sql.query('SELECT count(*)::int AS n FROM menu_items')).rows[0].n).toBeGreaterThan(0);
  });

  it('is a query, not a mutation, and the limit applies', async () => {
    expect((await search('masala', 'anonymous', 1)).length).toBe(1);
    const asMutation = await clients.alice!('mutation { search_menu(args: { query: "tikka" }) { name } }');
    expect(asMutation.errors?.[0]?.extensions?.code).toBe('validation-failed');
  });
});
