-- Ratings: after delivery the customer rates the restaurant and the courier, once per order,
-- and may change the rating for a day. Who, when and how often are the database's rules
-- (ratings_enforce), not only the permissions'.
CREATE TABLE ratings (
  order_id          uuid PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
  -- The order's customer: must match the order (the customer's permission presets it).
  customer_id       uuid NOT NULL REFERENCES users (id),
  -- Copied from the order and its assignment by ratings_enforce; never the client's.
  restaurant_id     integer NOT NULL REFERENCES restaurants (id),
  agent_id          integer REFERENCES agents (id),
  restaurant_stars  integer NOT NULL CHECK (restaurant_stars BETWEEN 1 AND 5),
  -- Null when the order had no courier, or the customer did not rate them.
  courier_stars     integer CHECK (courier_stars BETWEEN 1 AND 5),
  comment           text CHECK (length(comment) <= 1000),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (courier_stars IS NULL OR agent_id IS NOT NULL)
);
CREATE INDEX ratings_restaurant_id_idx ON ratings (restaurant_id);
CREATE INDEX ratings_customer_id_idx ON ratings (customer_id);
CREATE INDEX ratings_agent_id_idx ON ratings (agent_id);

-- A rating is given by the order's customer (and, through Hasura, by nobody else: a request's
-- session in `hasura.user` must be that customer unless it is the admin's), only once the
-- order is delivered (a final status, so the read needs no lock); the primary key makes it
-- once per order, so of two concurrent inserts one fails. It may be changed for a day, its
-- stars and comment only. SQLSTATE 23514: Hasura answers "Check constraint violation. <reason>".
CREATE FUNCTION ratings_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o orders%ROWTYPE;
  session jsonb := nullif(current_setting('hasura.user', true), '')::jsonb;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.order_id <> OLD.order_id OR NEW.customer_id <> OLD.customer_id OR NEW.restaurant_id <> OLD.restaurant_id
       OR NEW.agent_id IS DISTINCT FROM OLD.agent_id OR NEW.created_at <> OLD.created_at THEN
      RAISE EXCEPTION 'a rating belongs to its order: only its stars and comment change'
        USING ERRCODE = 'check_violation';
    END IF;
    IF now() > OLD.created_at + interval '1 day' THEN
      RAISE EXCEPTION 'a rating can be changed for a day after it is given'
        USING ERRCODE = 'check_violation';
    END IF;
  ELSE
    SELECT * INTO o FROM orders WHERE id = NEW.order_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'order % does not exist', NEW.order_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NEW.customer_id IS DISTINCT FROM o.customer_id
       OR (session ->> 'x-hasura-role' IS DISTINCT FROM 'admin' AND session ? 'x-hasura-role'
           AND session ->> 'x-hasura-user-id' IS DISTINCT FROM o.customer_id::text) THEN
      RAISE EXCEPTION 'only the customer who placed order % may rate it', NEW.order_id
        USING ERRCODE = 'check_violation';
    END IF;
    IF o.status <> 'delivered' THEN
      RAISE EXCEPTION 'order % can be rated once it is delivered; it is %', NEW.order_id, o.status
        USING ERRCODE = 'check_violation';
    END IF;
    NEW.restaurant_id := o.restaurant_id;
    NEW.agent_id := (SELECT a.agent_id FROM assignments a WHERE a.order_id = NEW.order_id);
    NEW.created_at := now();
  END IF;
  IF NEW.courier_stars IS NOT NULL AND NEW.agent_id IS NULL THEN
    RAISE EXCEPTION 'order % had no courier to rate', NEW.order_id USING ERRCODE = 'check_violation';
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE TRIGGER ratings_enforce
  BEFORE INSERT OR UPDATE ON ratings
  FOR EACH ROW EXECUTE FUNCTION ratings_enforce();

-- Every restaurant's rating, public: the average of its stars and how many ratings (null
-- average without any).
CREATE VIEW restaurant_ratings AS
SELECT r.id AS restaurant_id,
       count(g.order_id)::integer AS ratings_count,
       round(avg(g.restaurant_stars), 2) AS average_stars
  FROM restaurants r
  LEFT JOIN ratings g ON g.restaurant_id = r.id
 GROUP BY r.id;
