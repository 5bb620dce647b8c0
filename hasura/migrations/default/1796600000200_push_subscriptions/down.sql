DROP TABLE IF EXISTS push_subscriptions;
DROP FUNCTION IF EXISTS push_subscriptions_enforce();
