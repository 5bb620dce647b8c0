DROP VIEW IF EXISTS analytics_arrival_estimates;
DROP TRIGGER IF EXISTS orders_stamp_arrival_estimate ON orders;
DROP FUNCTION IF EXISTS orders_stamp_arrival_estimate();
ALTER TABLE orders DROP COLUMN IF EXISTS estimated_delivery_at;
DROP FUNCTION IF EXISTS order_arrival_estimate(orders);
DROP FUNCTION IF EXISTS arrival_stage_seconds(integer, integer);
