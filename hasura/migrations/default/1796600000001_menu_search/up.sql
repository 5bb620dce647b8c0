-- Search restaurants and dishes by words ("tikka", "vegan pizza"), typo-tolerant, behind the
-- tracked function search_menu: Postgres full-text search finds the dishes (one GIN index),
-- pg_trgm corrects the words no menu has to the closest ones that some menu has.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Kept by a trigger (a generated column cannot read the restaurant): a dish is found by its
-- own words and by its restaurant's, so "vegan pizza" finds a vegan dish of a pizzeria.
ALTER TABLE menu_items ADD COLUMN search_document tsvector NOT NULL DEFAULT ''::tsvector;

-- Every word the menus use (lower case, letters only, 3 or more), for correcting typos. It is
-- small (a vocabulary, not a row per dish), so finding the closest word is cheap, where
-- checking the similarity of every matching dish's text was 200-350 ms on 100,000 dishes.
-- Words only accumulate: one no longer used finds nothing, which is harmless.
CREATE TABLE menu_search_words (
  word  text PRIMARY KEY
);
CREATE INDEX menu_search_words_trgm_idx ON menu_search_words USING gist (word gist_trgm_ops);

-- The words a dish is found by, heaviest first: the dish's name, its restaurant's cuisine and
-- name, the dish's description, then the restaurant's ("wood-fired pizza").
CREATE FUNCTION menu_search_document(dish text, description text, restaurant text, cuisine text, restaurant_description text)
RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english', dish), 'A')
      || setweight(to_tsvector('english', cuisine), 'B')
      || setweight(to_tsvector('english', restaurant), 'B')
      || setweight(to_tsvector('english', description), 'C')
      || setweight(to_tsvector('english', restaurant_description), 'D')
$$;

CREATE FUNCTION menu_items_index_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r restaurants%ROWTYPE;
BEGIN
  SELECT * INTO r FROM restaurants WHERE id = NEW.restaurant_id;
  NEW.search_document := menu_search_document(NEW.name, NEW.description, coalesce(r.name, ''), coalesce(r.cuisine, ''), coalesce(r.description, ''));
  INSERT INTO menu_search_words (word)
  SELECT DISTINCT w
    FROM regexp_split_to_table(lower(concat_ws(' ', NEW.name, NEW.description, r.name, r.cuisine, r.description)), '[^[:alpha:]]+') AS w
   WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

CREATE TRIGGER menu_items_index_search
  BEFORE INSERT OR UPDATE OF name, description, restaurant_id ON menu_items
  FOR EACH ROW EXECUTE FUNCTION menu_items_index_search();

-- A restaurant renamed (or changing cuisine or description) re-indexes its dishes: `SET name =
-- name` is an update of `name`, which runs menu_items_index_search on each of them.
CREATE FUNCTION restaurants_reindex_menu_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE menu_items SET name = name WHERE restaurant_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER restaurants_reindex_menu_search
  AFTER UPDATE OF name, cuisine, description ON restaurants
  FOR EACH ROW WHEN ((OLD.name, OLD.cuisine, OLD.description) IS DISTINCT FROM (NEW.name, NEW.cuisine, NEW.description))
  EXECUTE FUNCTION restaurants_reindex_menu_search();

-- Dishes added before this migration.
UPDATE menu_items SET name = name;

CREATE INDEX menu_items_search_document_idx ON menu_items USING gin (search_document);

-- The query as a full-text query (English stems, every word required), each word no menu uses
-- replaced by the closest word that one does (pg_trgm similarity, at least 0.3): "piza" is
-- searched as "pizza", "tikka masalla" as "tikka masala". Known words stay as they are.
CREATE FUNCTION menu_search_query(query text) RETURNS tsquery LANGUAGE sql STABLE AS $$
  SELECT plainto_tsquery('english', coalesce(string_agg(coalesce(fix.word, w.word), ' ' ORDER BY w.n), ''))
    FROM regexp_split_to_table(lower(left(query, 100)), '[^[:alpha:]]+') WITH ORDINALITY AS w(word, n)
    LEFT JOIN LATERAL (
      SELECT k.word
        FROM menu_search_words k
       WHERE NOT EXISTS (SELECT 1 FROM menu_search_words known WHERE known.word = w.word)
         AND k.word % w.word
       ORDER BY k.word <-> w.word, k.word
       LIMIT 1
    ) fix ON true
   WHERE w.word <> ''
$$;

-- The shape of a search hit, as search_menu returns it (Hasura exposes a function that returns
-- the rows of a tracked table or view). Read as a view, it is every available dish, unranked.
CREATE VIEW menu_search_results AS
SELECT m.id AS menu_item_id, m.restaurant_id, m.name, m.description, m.price_cents,
       r.name AS restaurant_name, r.cuisine, r.is_open, 0::real AS rank
  FROM menu_items m
  JOIN restaurants r ON r.id = m.restaurant_id
 WHERE m.is_available;

-- Available dishes matching every word of the query (typos corrected), best first: a word in
-- the dish's name weighs more than one in its restaurant's name or cuisine, which weighs more
-- than one in a description (ts_rank over menu_search_document's weights).
CREATE FUNCTION search_menu(query text) RETURNS SETOF menu_search_results LANGUAGE sql STABLE AS $$
  SELECT m.id, m.restaurant_id, m.name, m.description, m.price_cents, r.name, r.cuisine, r.is_open,
         ts_rank(m.search_document, q.q) AS rank
    FROM menu_search_query(query) AS q(q)
    JOIN menu_items m ON m.search_document @@ q.q
    JOIN restaurants r ON r.id = m.restaurant_id
   WHERE m.is_available
   ORDER BY rank DESC, m.name, m.id
$$;
