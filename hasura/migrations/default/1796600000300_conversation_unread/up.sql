-- Unread counts per member for badges; a non-admin session without a user id writes no conversation rows.

-- The GraphQL session of the statement (the engine and Hasura set `hasura.user` per
-- transaction): the acting user of a non-admin role, or NULL for admin, the functions and psql.
-- A non-admin session without a user id acts for nobody, so it may write none of these rows.
CREATE OR REPLACE FUNCTION hasura_session_user_id() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
DECLARE
  session json := nullif(current_setting('hasura.user', true), '')::json;
BEGIN
  IF session IS NULL OR coalesce(session ->> 'x-hasura-role', 'admin') = 'admin' THEN
    RETURN NULL;
  END IF;
  IF session ->> 'x-hasura-user-id' IS NULL THEN
    RAISE EXCEPTION 'the role % acts for no user here', session ->> 'x-hasura-role' USING ERRCODE = 'check_violation';
  END IF;
  RETURN (session ->> 'x-hasura-user-id')::uuid;
END
$$;

-- For badges: per member of each conversation, the messages of the others they have not
-- read yet (newer than their receipt) and the time of the last message. Each user reads
-- only their own rows (a permission on user_id).
CREATE VIEW order_conversation_unread AS
SELECT ml.order_id, ml.user_id,
       (count(m.id) FILTER (WHERE m.sender_id <> ml.user_id AND m.deleted_at IS NULL
                              AND m.created_at > coalesce(r.last_read_at, '-infinity')))::integer AS unread,
       max(m.created_at) AS last_message_at
  FROM order_conversation_member_list ml
  LEFT JOIN order_message_reads r ON r.order_id = ml.order_id AND r.user_id = ml.user_id
  LEFT JOIN order_messages m ON m.order_id = ml.order_id
 GROUP BY ml.order_id, ml.user_id;
