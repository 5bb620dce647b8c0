-- ---------------------------------------------------------------------------------
-- Dish notes and diet and allergen tags
-- ---------------------------------------------------------------------------------

-- What the kitchen should know about one line ("no onions"), written with the line. A line,
-- and so its note, changes only while its order is placed (order_items_enforce_open_order):
-- the kitchen cooks what was priced and charged.
ALTER TABLE order_items ADD COLUMN note text CHECK (length(note) BETWEEN 1 AND 200);

-- The tags a dish can carry: diets it suits and allergens it contains. A vocabulary table, so
-- a tag is one of these (a foreign key) and the apps read its label instead of hard-coding it.
CREATE TABLE dish_tags (
  tag    text PRIMARY KEY CHECK (tag ~ '^[a-z_]{2,30}$'),
  kind   text NOT NULL CHECK (kind IN ('diet', 'allergen')),
  label  text NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
  -- The order the menu shows them in.
  position integer NOT NULL UNIQUE
);
INSERT INTO dish_tags (tag, kind, label, position) VALUES
  ('vegan', 'diet', 'Vegan', 1),
  ('vegetarian', 'diet', 'Vegetarian', 2),
  ('gluten_free', 'diet', 'Gluten-free', 3),
  ('spicy', 'diet', 'Spicy', 4),
  ('contains_gluten', 'allergen', 'Contains gluten', 10),
  ('contains_dairy', 'allergen', 'Contains dairy', 11),
  ('contains_egg', 'allergen', 'Contains egg', 12),
  ('contains_nuts', 'allergen', 'Contains nuts', 13),
  ('contains_fish', 'allergen', 'Contains fish or shellfish', 14);

-- Which dish carries which tag; a restaurant's staff tag their own dishes (the permissions).
CREATE TABLE menu_item_tags (
  menu_item_id  integer NOT NULL REFERENCES menu_items (id) ON DELETE CASCADE,
  tag           text NOT NULL REFERENCES dish_tags (tag),
  PRIMARY KEY (menu_item_id, tag)
);
CREATE INDEX menu_item_tags_tag_idx ON menu_item_tags (tag);
