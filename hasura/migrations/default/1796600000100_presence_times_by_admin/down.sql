-- Every write is a heartbeat (last_seen_at := now()); a write that sets typing_order_id
-- or typing_at is a keystroke (typing_at := now()), one that keeps them lets typing expire.
CREATE OR REPLACE FUNCTION user_presence_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor uuid := hasura_session_user_id();
BEGIN
  IF actor IS NOT NULL AND NEW.user_id <> actor THEN
    RAISE EXCEPTION 'presence is written by its user only' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.user_id <> OLD.user_id THEN
    RAISE EXCEPTION 'presence cannot move to another user' USING ERRCODE = 'check_violation';
  END IF;
  NEW.last_seen_at := now();
  IF NEW.typing_order_id IS NULL THEN
    NEW.typing_at := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW.typing_order_id IS DISTINCT FROM OLD.typing_order_id OR NEW.typing_at IS DISTINCT FROM OLD.typing_at THEN
    IF NOT order_conversation_is_member(NEW.typing_order_id, NEW.user_id) THEN
      RAISE EXCEPTION 'user % is not a member of the conversation of order %', NEW.user_id, NEW.typing_order_id USING ERRCODE = 'check_violation';
    END IF;
    NEW.typing_at := now();
  END IF;
  RETURN NEW;
END
$$;
