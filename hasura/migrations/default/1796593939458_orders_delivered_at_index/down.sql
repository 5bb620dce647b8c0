DROP INDEX IF EXISTS orders_delivered_at_idx;
