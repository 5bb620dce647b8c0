import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOnEmptyDatabase, type EngineOnEmptyDatabase } from './engine-on-empty-database.js';

/**
 * A nested insert writes an array relationship's rows in one statement when they nest nothing
 * themselves, as Hasura does (Execute/Insert.hs, insertMultipleObjects): the table's statement
 * triggers fire once for them, and a row the role's check refuses fails the whole mutation.
 */
const SECRET = 'nested-insert-rows-admin-secret';
let t: EngineOnEmptyDatabase;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => t.post(path, body, headers);

async function sql(text: string): Promise<string[][]> {
  const r = await post('/v2/query', { type: 'run_sql', args: { sql: text } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body.result ?? []).slice(1);
}

const insertCart = (items: string) => `mutation {
  insert_cart(objects: [{ owner: 7, items: { data: [${items}] } }]) {
    affected_rows
    returning { id items(order_by: {qty: asc}) { qty note { text } } }
  }
}`;

beforeAll(async () => {
  t = await engineOnEmptyDatabase(SECRET);
  await sql(`
    create table cart (id serial primary key, owner int not null);
    create table cart_item (id serial primary key, cart_id int not null references cart(id), qty int not null);
    create table item_note (id serial primary key, item_id int not null references cart_item(id), text text not null);
    create table statement_firings (tbl text not null, rows int not null);
    create function count_firing() returns trigger language plpgsql as $$
      begin insert into statement_firings select TG_TABLE_NAME, count(*) from inserted; return null; end $$;
    create trigger cart_item_statements after insert on cart_item referencing new table as inserted for each statement execute function count_firing();
    create trigger item_note_statements after insert on item_note referencing new table as inserted for each statement execute function count_firing();`);
  const bulk = await post('/v1/metadata', {
    type: 'bulk',
    args: [
      { type: 'pg_track_table', args: { table: 'cart' } },
      { type: 'pg_track_table', args: { table: 'cart_item' } },
      { type: 'pg_track_table', args: { table: 'item_note' } },
      { type: 'pg_create_array_relationship', args: { table: 'cart', name: 'items', using: { foreign_key_constraint_on: { table: 'cart_item', column: 'cart_id' } } } },
      {
        type: 'pg_create_object_relationship',
        args: {
          table: 'cart_item',
          name: 'note',
          using: { manual_configuration: { remote_table: 'item_note', column_mapping: { id: 'item_id' }, insertion_order: 'after_parent' } },
        },
      },
      { type: 'pg_create_insert_permission', args: { table: 'cart', role: 'shopper', permission: { columns: ['owner'], check: {} } } },
      { type: 'pg_create_insert_permission', args: { table: 'cart_item', role: 'shopper', permission: { columns: ['qty'], check: { qty: { _gt: 0 } } } } },
      { type: 'pg_create_select_permission', args: { table: 'cart', role: 'shopper', permission: { columns: ['id', 'owner'], filter: {} } } },
      { type: 'pg_create_select_permission', args: { table: 'cart_item', role: 'shopper', permission: { columns: ['id', 'qty'], filter: {} } } },
    ],
  });
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
});

afterAll(async () => {
  await t?.stop();
});

describe('nested insert of an array relationship', () => {
  it('writes rows that nest nothing in one statement, counting every row', async () => {
    await sql('truncate statement_firings');
    const r = await post('/v1/graphql', { query: insertCart('{ qty: 3 }, { qty: 1 }, { qty: 2 }').replace(' note { text }', '') });
    expect(r.body.data.insert_cart.affected_rows).toBe(4);
    expect(r.body.data.insert_cart.returning[0].items).toEqual([{ qty: 1 }, { qty: 2 }, { qty: 3 }]);
    expect(await sql('select tbl, rows from statement_firings')).toEqual([['cart_item', '3']]);
  });

  it('writes rows one by one when they nest rows of their own, each child after its parent', async () => {
    await sql('truncate statement_firings');
    const r = await post('/v1/graphql', { query: insertCart('{ qty: 1, note: { data: { text: "a" } } }, { qty: 2, note: { data: { text: "b" } } }') });
    expect(r.body.data.insert_cart.affected_rows).toBe(5);
    expect(r.body.data.insert_cart.returning[0].items).toEqual([
      { qty: 1, note: { text: 'a' } },
      { qty: 2, note: { text: 'b' } },
    ]);
    expect(await sql('select tbl, rows from statement_firings order by tbl')).toEqual([
      ['cart_item', '1'],
      ['cart_item', '1'],
      ['item_note', '1'],
      ['item_note', '1'],
    ]);
  });

  it("fails the whole mutation when the role's check refuses one row of the batch, and writes nothing", async () => {
    const before = await sql('select count(*) from cart_item');
    const r = await post(
      '/v1/graphql',
      { query: 'mutation { insert_cart(objects: [{ owner: 8, items: { data: [{ qty: 2 }, { qty: 0 }, { qty: 5 }] } }]) { affected_rows } }' },
      { 'x-hasura-role': 'shopper' },
    );
    expect(r.body.errors[0]).toMatchObject({ message: 'check constraint of an insert/update permission has failed', extensions: { code: 'permission-error' } });
    expect(await sql('select count(*) from cart_item')).toEqual(before);
    expect(await sql('select count(*) from cart where owner = 8')).toEqual([['0']]);
  });
});
