DROP FUNCTION IF EXISTS restaurant_arrival_estimate_seconds(restaurants);
