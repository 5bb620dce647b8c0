-- Demo data for local development (applied once by `npm start`, and to every test database).
-- Demo accounts, all with the password `password123`:
--   alice (customer), bella (staff of Bella Cucina, which does not auto-approve),
--   dave (delivery agent Dave), admin (analyst: the read-only dashboard role).

-- Fees in cents, tax in basis points (875 is 8.75 %); Green Bowl delivers for free.
INSERT INTO restaurants (id, name, cuisine, description, is_open, auto_approve, delivery_fee_cents, service_fee_cents, tax_rate_bps) OVERRIDING SYSTEM VALUE VALUES
  (1, 'Bella Cucina',    'Italian',  'Hand-made pasta and wood-fired pizza.',        true,  false, 299, 149, 875),
  (2, 'Sakura Sushi',    'Japanese', 'Nigiri, maki and warm ramen bowls.',            true,  true,  199,  99, 875),
  (3, 'Taqueria Sol',    'Mexican',  'Street tacos, burritos and fresh salsas.',      true,  true,  249,  99, 825),
  (4, 'Curry House',     'Indian',   'Slow-cooked curries and tandoori from clay.',   true,  true,  299, 149, 875),
  (5, 'Green Bowl',      'Salads',   'Seasonal salads and grain bowls.',              true,  true,    0,  99, 875),
  (6, 'Night Owl Diner', 'American', 'Burgers and shakes. Opens at 10 pm.',           false, true,  349, 149, 875);
SELECT setval(pg_get_serial_sequence('restaurants', 'id'), 6);

INSERT INTO menu_items (restaurant_id, name, description, price_cents, is_available) VALUES
  (1, 'Margherita',            'Tomato, mozzarella, basil',        1150, true),
  (1, 'Diavola',               'Spicy salami, chilli',             1350, true),
  (1, 'Tagliatelle al ragù',   'Slow-cooked beef ragù',            1490, true),
  (1, 'Lasagne',               'Baked in the wood oven',           1550, true),
  (1, 'Tiramisù',              'Mascarpone, espresso',              650, true),
  (1, 'Truffle risotto',       'Seasonal, when we have truffles',  2400, false),
  (2, 'Salmon nigiri (2)',     'Scottish salmon',                   590, true),
  (2, 'Tuna maki',             'Six pieces',                        690, true),
  (2, 'California roll',       'Crab, avocado, cucumber',           890, true),
  (2, 'Tonkotsu ramen',        'Pork broth, chashu, egg',          1450, true),
  (2, 'Miso soup',             'Tofu, wakame',                      350, true),
  (2, 'Edamame',               'Sea salt',                          450, true),
  (3, 'Tacos al pastor (3)',   'Pork, pineapple, onion',            990, true),
  (3, 'Carnitas burrito',      'Rice, beans, salsa verde',         1190, true),
  (3, 'Veggie quesadilla',     'Peppers, cheese, guacamole',        890, true),
  (3, 'Chips and guacamole',   'Made to order',                     590, true),
  (3, 'Elote',                 'Grilled corn, cotija',              450, true),
  (3, 'Horchata',              'Rice and cinnamon',                 350, true),
  (4, 'Chicken tikka masala',  'Creamy tomato sauce',              1390, true),
  (4, 'Lamb rogan josh',       'Kashmiri chillies',                1590, true),
  (4, 'Chana masala',          'Chickpeas, vegan',                 1090, true),
  (4, 'Garlic naan',           'From the tandoor',                  350, true),
  (4, 'Basmati rice',          'Steamed',                           300, true),
  (4, 'Mango lassi',           'Yoghurt, mango',                    450, true),
  (5, 'Caesar salad',          'Romaine, parmesan, croutons',       990, true),
  (5, 'Quinoa bowl',           'Roasted vegetables, tahini',       1150, true),
  (5, 'Greek salad',           'Feta, olives, tomato',              950, true),
  (5, 'Poke bowl',             'Salmon, rice, avocado',            1390, true),
  (5, 'Lentil soup',           'With sourdough',                    650, true),
  (5, 'Fresh lemonade',        'Mint',                              390, true),
  (6, 'Classic cheeseburger',  'Cheddar, pickles, fries',          1290, true),
  (6, 'Bacon double',          'Two patties, bacon',               1590, true),
  (6, 'Veggie burger',         'Black bean patty',                 1190, true),
  (6, 'Onion rings',           'Beer batter',                       550, true),
  (6, 'Chocolate shake',       'Real ice cream',                    650, true),
  (6, 'Apple pie',             'With vanilla ice cream',            590, true);

-- password123, hashed with scrypt (N=16384, r=8, p=1) in the auth function's format.
INSERT INTO users (id, username, password_hash, role, restaurant_id) VALUES
  ('00000000-0000-4000-8000-00000000a11c', 'alice', 'scrypt:16384:8:1:1ce3424674e88a452940026c65385fca:3e54812b57c308a28114e81a5811fe6060737ae9c29507436dcab43859973bf50487efd0b41062b036725df4985e9816e1858c6f84ad93bb66760e4bc640b370', 'customer', NULL),
  ('00000000-0000-4000-8000-0000000be11a', 'bella', 'scrypt:16384:8:1:1ce3424674e88a452940026c65385fca:3e54812b57c308a28114e81a5811fe6060737ae9c29507436dcab43859973bf50487efd0b41062b036725df4985e9816e1858c6f84ad93bb66760e4bc640b370', 'restaurant', 1),
  ('00000000-0000-4000-8000-000000000da7', 'dave', 'scrypt:16384:8:1:1ce3424674e88a452940026c65385fca:3e54812b57c308a28114e81a5811fe6060737ae9c29507436dcab43859973bf50487efd0b41062b036725df4985e9816e1858c6f84ad93bb66760e4bc640b370', 'agent', NULL),
  ('00000000-0000-4000-8000-0000000ad111', 'admin', 'scrypt:16384:8:1:1ce3424674e88a452940026c65385fca:3e54812b57c308a28114e81a5811fe6060737ae9c29507436dcab43859973bf50487efd0b41062b036725df4985e9816e1858c6f84ad93bb66760e4bc640b370', 'analyst', NULL);

INSERT INTO agents (id, name, is_available, user_id) OVERRIDING SYSTEM VALUE VALUES
  (1,  'Dave',   true, '00000000-0000-4000-8000-000000000da7'),
  (2,  'Maya',   true, NULL),
  (3,  'Tom',    true, NULL),
  (4,  'Priya',  true, NULL),
  (5,  'Lucas',  true, NULL),
  (6,  'Sofia',  true, NULL),
  (7,  'Kenji',  true, NULL),
  (8,  'Amara',  true, NULL),
  (9,  'Noah',   true, NULL),
  (10, 'Elena',  true, NULL),
  (11, 'Omar',   true, NULL),
  (12, 'Grace',  true, NULL);
SELECT setval(pg_get_serial_sequence('agents', 'id'), 12);

-- Promo codes: 10 % off one order of $15 or more (once per customer), and $5 off $25
-- (three times per customer, 1,000 in all).
INSERT INTO promo_codes (code, description, percent_off, amount_off_cents, min_subtotal_cents, valid_from, valid_until, per_user_limit, total_limit) VALUES
  ('WELCOME10', '10 % off one order of $15 or more', 10, NULL, 1500, '2020-01-01', NULL, 1, NULL),
  ('SAVE5',     '$5 off an order of $25 or more',          NULL, 500, 2500, '2020-01-01', NULL, 3, 1000);

-- What each dish suits and contains (the menu's diet and allergen filters).
INSERT INTO menu_item_tags (menu_item_id, tag)
SELECT m.id, t.tag
  FROM (VALUES
    ('Margherita', '{vegetarian,contains_gluten,contains_dairy}'),
    ('Diavola', '{spicy,contains_gluten,contains_dairy}'),
    ('Tagliatelle al ragù', '{contains_gluten,contains_egg}'),
    ('Lasagne', '{contains_gluten,contains_dairy,contains_egg}'),
    ('Tiramisù', '{vegetarian,contains_dairy,contains_egg,contains_gluten}'),
    ('Salmon nigiri (2)', '{gluten_free,contains_fish}'),
    ('Tuna maki', '{gluten_free,contains_fish}'),
    ('California roll', '{contains_fish,contains_egg}'),
    ('Tonkotsu ramen', '{contains_gluten,contains_egg}'),
    ('Miso soup', '{vegan,gluten_free}'),
    ('Edamame', '{vegan,gluten_free}'),
    ('Veggie quesadilla', '{vegetarian,contains_gluten,contains_dairy}'),
    ('Chips and guacamole', '{vegan,gluten_free}'),
    ('Elote', '{vegetarian,gluten_free,contains_dairy}'),
    ('Horchata', '{vegan,gluten_free,contains_nuts}'),
    ('Chicken tikka masala', '{gluten_free,contains_dairy,spicy}'),
    ('Lamb rogan josh', '{gluten_free,spicy}'),
    ('Chana masala', '{vegan,gluten_free,spicy}'),
    ('Garlic naan', '{vegetarian,contains_gluten,contains_dairy}'),
    ('Basmati rice', '{vegan,gluten_free}'),
    ('Mango lassi', '{vegetarian,gluten_free,contains_dairy}'),
    ('Caesar salad', '{contains_gluten,contains_dairy,contains_egg,contains_fish}'),
    ('Quinoa bowl', '{vegan,gluten_free,contains_nuts}'),
    ('Greek salad', '{vegetarian,gluten_free,contains_dairy}'),
    ('Poke bowl', '{gluten_free,contains_fish}'),
    ('Lentil soup', '{vegan,contains_gluten}'),
    ('Fresh lemonade', '{vegan,gluten_free}'),
    ('Veggie burger', '{vegetarian,contains_gluten}'),
    ('Onion rings', '{vegetarian,contains_gluten}'),
    ('Chocolate shake', '{vegetarian,gluten_free,contains_dairy}'),
    ('Apple pie', '{vegetarian,contains_gluten,contains_dairy,contains_egg}')
  ) AS d(name, tags)
  JOIN menu_items m ON m.name = d.name
  CROSS JOIN LATERAL unnest(d.tags::text[]) AS t(tag);

-- Opening hours, in UTC (ISO weekdays, 1 Monday … 7 Sunday): what the checkout's "Schedule for
-- later" offers. A night past midnight is two periods.
INSERT INTO restaurant_opening_hours (restaurant_id, weekday, opens_at, closes_at)
SELECT h.restaurant_id, d.weekday, h.opens_at::time, h.closes_at::time
  FROM (VALUES
    (1, '11:00', '15:00'), (1, '17:00', '23:00'),
    (2, '11:00', '22:00'),
    (3, '10:00', '24:00'),
    (4, '11:30', '14:30'), (4, '17:30', '22:30'),
    (5, '08:00', '20:00'),
    (6, '22:00', '24:00'), (6, '00:00', '04:00')
  ) AS h(restaurant_id, opens_at, closes_at)
  CROSS JOIN generate_series(1, 7) AS d(weekday)
 -- Green Bowl rests on Sundays.
 WHERE NOT (h.restaurant_id = 5 AND d.weekday = 7);
