DROP VIEW IF EXISTS restaurant_ratings;
DROP TABLE IF EXISTS ratings;
DROP FUNCTION IF EXISTS ratings_enforce();
