-- The database every golden case runs against (cases run in file-name order; mutations commit).
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE author (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  mood mood,
  profile jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE article (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES author (id),
  title text NOT NULL,
  rating numeric(3, 1),
  views bigint NOT NULL DEFAULT 0,
  is_published boolean NOT NULL DEFAULT false
);
CREATE SCHEMA library;
CREATE TABLE library.shelf (code text PRIMARY KEY, label text);
CREATE FUNCTION author_article_count(author_row author) RETURNS bigint LANGUAGE sql STABLE
  AS $$ SELECT count(*) FROM article WHERE author_id = author_row.id $$;
CREATE FUNCTION author_search_articles(author_row author, search text, hasura_session json) RETURNS SETOF article LANGUAGE sql STABLE
  AS $$ SELECT * FROM article WHERE author_id = author_row.id AND title ILIKE '%' || search || '%' $$;
INSERT INTO author (name, mood, profile) VALUES
  ('Ada', 'happy', '{"lang": "en", "tags": ["math", "engines"]}'),
  ('Brendan', 'sad', '{"lang": "en"}'),
  ('Chen', NULL, '{"lang": "zh", "tags": ["poetry"]}');
INSERT INTO article (author_id, title, rating, views, is_published) VALUES
  (1, 'Notes on the Analytical Engine', 9.5, 9007199254740993, true),
  (1, 'A draft', NULL, 3, false),
  (2, 'JavaScript in ten days', 7.0, 1200, true),
  (3, 'Quiet verses', 8.2, 40, true),
  (3, 'More verses', 6.1, 12, true);
INSERT INTO library.shelf VALUES ('A1', 'Engines'), ('B2', NULL);
CREATE TABLE article_state (value text PRIMARY KEY, comment text);
INSERT INTO article_state VALUES ('draft', 'Not visible yet'), ('live', 'Published');
ALTER TABLE article ADD COLUMN state text REFERENCES article_state (value) DEFAULT 'live';
UPDATE article SET state = 'draft' WHERE NOT is_published;
CREATE FUNCTION publish_all(who integer) RETURNS SETOF article LANGUAGE sql VOLATILE
  AS $$ UPDATE article SET is_published = true WHERE author_id = who RETURNING * $$;
