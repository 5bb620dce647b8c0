DROP FUNCTION IF EXISTS order_item_count(orders);
