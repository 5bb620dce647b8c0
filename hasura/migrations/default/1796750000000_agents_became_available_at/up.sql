-- agent-available fires when an agent comes free, not also when an assignment makes them busy
-- (a delivery that answered "skipped" for every order): its event trigger listens on a stamp
-- the database writes only when is_available turns true.

-- When the agent last came free (added available, or back from busy); stamped by the
-- trigger below, whatever a writer sends. The agent-available event trigger listens on this
-- column, so it fires when an agent comes free and not when an assignment makes them busy.
ALTER TABLE agents ADD COLUMN became_available_at timestamptz;

-- Agents free now came free at some point before: the stamp is written before the trigger exists.
UPDATE agents SET became_available_at = now() WHERE is_available;

CREATE FUNCTION agents_stamp_became_available() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.is_available AND (TG_OP = 'INSERT' OR NOT OLD.is_available) THEN
    NEW.became_available_at := clock_timestamp();
  ELSIF TG_OP = 'INSERT' THEN
    NEW.became_available_at := NULL;
  ELSE
    NEW.became_available_at := OLD.became_available_at;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER agents_stamp_became_available
  BEFORE INSERT OR UPDATE ON agents
  FOR EACH ROW EXECUTE FUNCTION agents_stamp_became_available();
