DROP VIEW IF EXISTS analytics_conversations;
