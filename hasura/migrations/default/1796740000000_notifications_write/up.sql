-- notify writes an event's notifications through one PL/pgSQL call, planned once per session.

-- One notification for every member of an order's conversation but p_except_user_id, in one
-- call (notify's write for each event), and for a status change only if the order reached
-- p_reached_status (the history says so; NULL: no such check). Returns who was told.
-- PL/pgSQL so that each session plans the insert once: the functions reach Postgres through
-- pgBouncer with unnamed statements, which Postgres plans at every call.
CREATE FUNCTION notifications_write(p_order_id uuid, p_except_user_id uuid, p_kind text, p_title text, p_body text, p_reached_status text)
RETURNS SETOF uuid LANGUAGE plpgsql AS $$
BEGIN
  IF p_reached_status IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = p_order_id AND h.to_status::text = p_reached_status) THEN
    RETURN;
  END IF;
  RETURN QUERY
    INSERT INTO notifications (user_id, order_id, kind, title, body)
    SELECT m.user_id, p_order_id, p_kind, p_title, p_body
      FROM order_conversation_members(p_order_id) m
     WHERE m.user_id IS DISTINCT FROM p_except_user_id
     ORDER BY m.user_id
    RETURNING notifications.user_id;
END
$$;
