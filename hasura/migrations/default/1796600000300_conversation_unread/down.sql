DROP VIEW IF EXISTS order_conversation_unread;

-- The GraphQL session of the statement (the engine and Hasura set `hasura.user` per
-- transaction): the acting user of a non-admin role, or NULL for admin, the functions and psql.
CREATE OR REPLACE FUNCTION hasura_session_user_id() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
DECLARE
  session json := nullif(current_setting('hasura.user', true), '')::json;
BEGIN
  IF session IS NULL OR coalesce(session ->> 'x-hasura-role', 'admin') = 'admin' THEN
    RETURN NULL;
  END IF;
  RETURN (session ->> 'x-hasura-user-id')::uuid;
END
$$;
