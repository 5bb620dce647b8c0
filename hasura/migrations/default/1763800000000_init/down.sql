DROP FUNCTION IF EXISTS analytics_event_delivery_health_rows, analytics_is_in_flight CASCADE;
DROP TABLE IF EXISTS processed_events, order_status_history, assignments, payments, order_items, orders, agents, menu_items, users, restaurants CASCADE;
DROP FUNCTION IF EXISTS order_status_transition_allowed, orders_enforce_status, orders_record_status_history, payments_enforce CASCADE;
DROP TYPE IF EXISTS order_status, payment_status, user_role;
