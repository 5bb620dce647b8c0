CREATE OR REPLACE FUNCTION customer_addresses_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
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
