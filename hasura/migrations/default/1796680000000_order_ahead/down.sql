DROP TRIGGER IF EXISTS scheduled_orders_enforce ON scheduled_orders;
DROP FUNCTION IF EXISTS scheduled_orders_enforce();
DROP TABLE IF EXISTS scheduled_orders;
DROP FUNCTION IF EXISTS restaurant_hours_cover(integer, timestamptz);
DROP TABLE IF EXISTS restaurant_opening_hours;
