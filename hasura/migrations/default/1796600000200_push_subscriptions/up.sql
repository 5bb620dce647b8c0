-- Web Push subscriptions for the notify function (the same DDL as schema.sql).

-- A browser's Web Push subscription (PushSubscription.toJSON(): endpoint and keys), one per
-- user and endpoint. notify sends to them when WEB_PUSH_VAPID_* is configured and drops
-- one the push service answers 404 or 410 for (the browser unsubscribed).
CREATE TABLE push_subscriptions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  endpoint    text NOT NULL CHECK (endpoint ~ '^https?://' AND char_length(endpoint) <= 2000),
  p256dh      text NOT NULL CHECK (p256dh ~ '^[A-Za-z0-9_-]{80,100}=*$'),
  auth        text NOT NULL CHECK (auth ~ '^[A-Za-z0-9_-]{16,32}=*$'),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, endpoint)
);

CREATE FUNCTION push_subscriptions_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor uuid := hasura_session_user_id();
BEGIN
  IF actor IS NOT NULL AND NEW.user_id <> actor THEN
    RAISE EXCEPTION 'a push subscription is added by its user only' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER push_subscriptions_enforce
  BEFORE INSERT OR UPDATE ON push_subscriptions
  FOR EACH ROW EXECUTE FUNCTION push_subscriptions_enforce();
