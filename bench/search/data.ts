import type pg from 'pg';

const CUISINES = ['Italian', 'Indian', 'Japanese', 'Mexican', 'Thai', 'American', 'Greek', 'Lebanese', 'Chinese', 'Vegan', 'Pizza', 'Korean'];
const ADJECTIVES = ['Spicy', 'Vegan', 'Smoky', 'Crispy', 'Classic', 'Grilled', 'Creamy', 'Garlic', 'Sweet', 'Tandoori', 'Roasted', 'Fresh'];
const DISHES = [
  'pizza',
  'tikka masala',
  'burrito',
  'ramen',
  'pad thai',
  'burger',
  'gyro',
  'falafel wrap',
  'dumplings',
  'bibimbap',
  'salad',
  'curry',
  'tacos',
  'lasagne',
  'noodles',
  'risotto',
];
const EXTRAS = ['with chicken', 'with tofu', 'with paneer', 'with beef', 'with prawns', 'with mushrooms', 'with halloumi', 'with lamb', '', ''];
const WORDS = ['tomato', 'basil', 'chilli', 'coriander', 'lime', 'ginger', 'sesame', 'yoghurt', 'cheese', 'rice', 'beans', 'avocado', 'onion', 'mint', 'lemon', 'cumin'];

/**
 * A catalogue of `items` dishes over `items / 100` restaurants, written straight in SQL: names
 * combine an adjective, a dish and an extra ("Vegan pizza with tofu"), descriptions three
 * ingredients, so every query word matches a realistic share of the rows (a dish word about
 * 1 in 16, an adjective 1 in 12) rather than all or none. The search triggers fill the
 * search columns as the app's own inserts would.
 */
export async function insertCatalogue(client: pg.ClientBase, items: number): Promise<void> {
  const restaurants = Math.max(1, Math.round(items / 100));
  await client.query(
    `INSERT INTO restaurants (name, cuisine, description)
     SELECT 'Bench ' || ($2::text[])[1 + g % array_length($2::text[], 1)] || ' ' || g,
            ($2::text[])[1 + g % array_length($2::text[], 1)],
            'Kitchen number ' || g
       FROM generate_series(1, $1::int) g`,
    [restaurants, CUISINES],
  );
  const { rows } = await client.query<{ first: number }>(`SELECT min(id) AS first FROM restaurants WHERE name LIKE 'Bench %'`);
  await client.query(
    `INSERT INTO menu_items (restaurant_id, name, description, price_cents)
     SELECT $6::int + g % $7::int,
            initcap(($2::text[])[1 + (g * 7) % array_length($2::text[], 1)]) || ' ' || ($3::text[])[1 + (g * 11) % array_length($3::text[], 1)]
              || rtrim(' ' || ($4::text[])[1 + (g * 13) % array_length($4::text[], 1)]) || ' ' || g,
            ($5::text[])[1 + g % 16] || ', ' || ($5::text[])[1 + (g / 16) % 16] || ', ' || ($5::text[])[1 + (g / 256) % 16],
            500 + (g % 30) * 50
       FROM generate_series(1, $1::int) g`,
    [items, ADJECTIVES, DISHES, EXTRAS, WORDS, rows[0]!.first, restaurants],
  );
}
