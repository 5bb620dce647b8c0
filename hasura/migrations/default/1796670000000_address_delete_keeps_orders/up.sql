-- Deleting a saved address nulls address_id on the orders placed with it (the foreign key's
-- ON DELETE SET NULL). That is no change of the order: its address and note are copies, and
-- its updated_at stays as it was (orders_enforce_status, which fires before this trigger by
-- name, stamps every update).
CREATE FUNCTION orders_unlinked_address_keeps_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'address_id' - 'updated_at') = (to_jsonb(OLD) - 'address_id' - 'updated_at') THEN
    NEW.updated_at := OLD.updated_at;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER orders_unlinked_address_keeps_updated_at
  BEFORE UPDATE OF address_id ON orders
  FOR EACH ROW WHEN (OLD.address_id IS NOT NULL AND NEW.address_id IS NULL)
  EXECUTE FUNCTION orders_unlinked_address_keeps_updated_at();
