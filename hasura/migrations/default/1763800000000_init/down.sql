DROP SCHEMA IF EXISTS card_gateway CASCADE;
DROP FUNCTION IF EXISTS analytics_dead_event_rows, analytics_event_delivery_health_rows, analytics_is_in_flight CASCADE;
DROP TABLE IF EXISTS processed_events, order_status_history, assignments, payments, order_items, orders, agents, menu_items, users, restaurants CASCADE;
DROP FUNCTION IF EXISTS order_status_transition_allowed, orders_check_total, orders_enforce_status, order_items_enforce_open_order, orders_record_status_history, payments_enforce, assignments_enforce_one_order_per_agent CASCADE;
DROP TYPE IF EXISTS order_status, payment_status, user_role;
