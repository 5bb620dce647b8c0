-- ---------------------------------------------------------------------------------
-- Saved addresses and the courier's note
-- ---------------------------------------------------------------------------------

-- A customer's delivery addresses, each with a label ("Home"), a note for the courier ("ring
-- twice, 3rd floor") and at most one default, the one checkout starts with. Whose they are is
-- the database's rule (customer_addresses_enforce), not only the permissions'.
CREATE TABLE customer_addresses (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id   uuid NOT NULL REFERENCES users (id),
  label         text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 40),
  address       text NOT NULL CHECK (length(btrim(address)) BETWEEN 5 AND 300),
  courier_note  text NOT NULL DEFAULT '' CHECK (length(courier_note) <= 300),
  is_default    boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_addresses_customer_id_idx ON customer_addresses (customer_id);
CREATE UNIQUE INDEX customer_addresses_one_default_idx ON customer_addresses (customer_id) WHERE is_default;

-- A saved address is written by its customer only (through Hasura, the session in
-- `hasura.user` must be that customer unless it is the admin's), never moves to another one,
-- and a customer keeps at most 20. One customer's address writes take turns on the user row's
-- lock, so the count holds and making one address the default clears the previous default
-- before the unique index sees two. The first address saved is the default.
CREATE FUNCTION customer_addresses_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  session jsonb := nullif(current_setting('hasura.user', true), '')::jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.customer_id <> OLD.customer_id OR NEW.created_at <> OLD.created_at) THEN
    RAISE EXCEPTION 'a saved address belongs to its customer' USING ERRCODE = 'check_violation';
  END IF;
  IF session ? 'x-hasura-role' AND session ->> 'x-hasura-role' IS DISTINCT FROM 'admin'
     AND session ->> 'x-hasura-user-id' IS DISTINCT FROM NEW.customer_id::text THEN
    RAISE EXCEPTION 'only its customer may save or change an address' USING ERRCODE = 'check_violation';
  END IF;
  PERFORM 1 FROM users WHERE id = NEW.customer_id FOR NO KEY UPDATE;
  IF TG_OP = 'INSERT' THEN
    IF (SELECT count(*) FROM customer_addresses WHERE customer_id = NEW.customer_id) >= 20 THEN
      RAISE EXCEPTION 'a customer can save up to 20 addresses' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM customer_addresses WHERE customer_id = NEW.customer_id AND is_default) THEN
      NEW.is_default := true;
    END IF;
    NEW.created_at := now();
  END IF;
  IF NEW.is_default AND (TG_OP = 'INSERT' OR NOT OLD.is_default) THEN
    UPDATE customer_addresses SET is_default = false WHERE customer_id = NEW.customer_id AND is_default AND id <> NEW.id;
  END IF;
  NEW.label := btrim(NEW.label);
  NEW.address := btrim(NEW.address);
  NEW.courier_note := btrim(NEW.courier_note);
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE TRIGGER customer_addresses_enforce
  BEFORE INSERT OR UPDATE ON customer_addresses
  FOR EACH ROW EXECUTE FUNCTION customer_addresses_enforce();

-- Where the order goes, as it was when it was placed: the saved address it came from (null
-- when typed at checkout, or once that address is deleted) and the note the courier's card
-- shows (null without one).
ALTER TABLE orders ADD COLUMN address_id uuid REFERENCES customer_addresses (id) ON DELETE SET NULL;
ALTER TABLE orders ADD COLUMN courier_note text CHECK (length(courier_note) <= 300);
CREATE INDEX orders_address_id_idx ON orders (address_id);

-- An order placed with a saved address takes its address, and its note unless the customer
-- wrote one for this order, from that address, which must be the ordering customer's own
-- (another customer's id is refused with the same words as one that does not exist). The
-- address and note are a copy: editing or deleting the saved address later changes no order,
-- and no one changes an order's address or note after it is placed.
CREATE FUNCTION orders_apply_saved_address() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a customer_addresses%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.delivery_address IS DISTINCT FROM OLD.delivery_address OR NEW.courier_note IS DISTINCT FROM OLD.courier_note
       OR (NEW.address_id IS DISTINCT FROM OLD.address_id AND NEW.address_id IS NOT NULL) THEN
      RAISE EXCEPTION 'the delivery address of order % cannot change once it is placed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  NEW.courier_note := nullif(btrim(NEW.courier_note), '');
  IF NEW.address_id IS NOT NULL THEN
    SELECT * INTO a FROM customer_addresses WHERE id = NEW.address_id FOR SHARE;
    IF NOT FOUND OR a.customer_id <> NEW.customer_id THEN
      RAISE EXCEPTION 'address % is not one of your saved addresses', NEW.address_id USING ERRCODE = 'check_violation';
    END IF;
    NEW.delivery_address := a.address;
    NEW.courier_note := coalesce(NEW.courier_note, nullif(a.courier_note, ''));
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER orders_apply_saved_address
  BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_apply_saved_address();
