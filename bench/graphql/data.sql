-- A month of orders on top of seed.sql, for bench/graphql. Parameters (psql-style, replaced
-- by database.ts): :customers, :orders. Deterministic (setseed) so every run reads the same rows.
--
-- Written with triggers off (session_replication_role = replica): the status machine only
-- lets an order be inserted as `placed`, so the history of each order is generated here
-- the way the triggers would have written it, with realistic gaps between the stages.

SET session_replication_role = replica;
SELECT setseed(0.42);

INSERT INTO users (id, username, password_hash, role)
SELECT ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, 'customer_' || g, 'x', 'customer'
  FROM generate_series(1, :customers) g;

-- The path each final status took through the status machine.
CREATE TEMP TABLE status_paths (final order_status PRIMARY KEY, path order_status[] NOT NULL);
INSERT INTO status_paths VALUES
  ('placed',              '{placed}'),
  ('validated',           '{placed,validated}'),
  ('rejected',            '{placed,rejected}'),
  ('paid',                '{placed,validated,paid}'),
  ('payment_failed',      '{placed,validated,payment_failed}'),
  ('approved',            '{placed,validated,paid,approved}'),
  ('restaurant_rejected', '{placed,validated,paid,restaurant_rejected}'),
  ('agent_assigned',      '{placed,validated,paid,approved,agent_assigned}'),
  ('picked_up',           '{placed,validated,paid,approved,agent_assigned,picked_up}'),
  ('delivered',           '{placed,validated,paid,approved,agent_assigned,picked_up,delivered}'),
  ('cancelled',           '{placed,validated,cancelled}');

-- When each stage is reached, after the order was placed.
CREATE TEMP TABLE stage_offsets (status order_status PRIMARY KEY, after interval NOT NULL);
INSERT INTO stage_offsets VALUES
  ('placed', '0'), ('validated', '2 seconds'), ('rejected', '2 seconds'), ('paid', '40 seconds'),
  ('payment_failed', '40 seconds'), ('approved', '3 minutes'), ('restaurant_rejected', '4 minutes'),
  ('agent_assigned', '4 minutes'), ('picked_up', '18 minutes'), ('delivered', '38 minutes'),
  ('cancelled', '5 minutes');

-- When an order reached stage s, or NULL if its path never went through s.
CREATE FUNCTION pg_temp.reached(path order_status[], created timestamptz, s order_status) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN s = ANY (path) THEN created + (SELECT after FROM stage_offsets WHERE status = s) END
$$;

-- One order every ~130 s over 30 days, newest last; created_at strictly increasing, so
-- "newest first" is a total order on both servers. The newest 100 are still in flight.
CREATE TEMP TABLE generated_orders AS
SELECT g, id, customer_id, restaurant_id, created_at,
       CASE
         WHEN g > :orders - 100 THEN (ARRAY['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up']::order_status[])[1 + floor(r * 6)::int]
         WHEN r < 0.88 THEN 'delivered'
         WHEN r < 0.91 THEN 'rejected'
         WHEN r < 0.94 THEN 'restaurant_rejected'
         WHEN r < 0.96 THEN 'payment_failed'
         ELSE 'cancelled'
       END::order_status AS status
  FROM (
    SELECT g,
           gen_random_uuid() AS id,
           ('00000000-0000-4000-9000-' || lpad((1 + floor(random() * :customers))::int::text, 12, '0'))::uuid AS customer_id,
           -- Popular and less popular restaurants.
           (ARRAY[1, 2, 2, 3, 3, 3, 4, 4, 5, 6])[1 + floor(random() * 10)::int] AS restaurant_id,
           now() - (:orders - g) * (interval '30 days' / :orders) - random() * (interval '30 days' / :orders / 2) AS created_at,
           random() AS r
      FROM generate_series(1, :orders) g
  ) drawn;

-- 1-4 different dishes of the order's restaurant, 1-3 of each. (`o.id IS NOT NULL` ties
-- the subquery to each order, so the draw is not shared between orders of a restaurant.)
CREATE TEMP TABLE generated_items AS
SELECT o.id AS order_id, m.id AS menu_item_id, 1 + floor(random() * 3)::int AS quantity, m.price_cents
  FROM generated_orders o
 CROSS JOIN LATERAL (
   SELECT mi.id, mi.price_cents FROM menu_items mi
    WHERE mi.restaurant_id = o.restaurant_id AND o.id IS NOT NULL
    ORDER BY random()
    LIMIT 1 + floor(random() * 4)::int
 ) m;

INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, rejection_reason,
                    created_at, updated_at, validated_at, rejected_at, paid_at, payment_failed_at, approved_at,
                    restaurant_rejected_at, agent_assigned_at, picked_up_at, delivered_at, cancelled_at)
SELECT o.id, o.customer_id, o.restaurant_id, o.g % 400 + 1 || ' Bench Street', o.status,
       CASE WHEN o.status IN ('placed', 'rejected') THEN NULL
            ELSE t.total_cents END,
       CASE o.status WHEN 'rejected' THEN 'a dish is no longer available' WHEN 'restaurant_rejected' THEN 'kitchen closed' END,
       o.created_at,
       pg_temp.reached(p.path, o.created_at, o.status),
       pg_temp.reached(p.path, o.created_at, 'validated'), pg_temp.reached(p.path, o.created_at, 'rejected'),
       pg_temp.reached(p.path, o.created_at, 'paid'), pg_temp.reached(p.path, o.created_at, 'payment_failed'),
       pg_temp.reached(p.path, o.created_at, 'approved'), pg_temp.reached(p.path, o.created_at, 'restaurant_rejected'),
       pg_temp.reached(p.path, o.created_at, 'agent_assigned'), pg_temp.reached(p.path, o.created_at, 'picked_up'),
       pg_temp.reached(p.path, o.created_at, 'delivered'), pg_temp.reached(p.path, o.created_at, 'cancelled')
  FROM generated_orders o
  JOIN status_paths p ON p.final = o.status
  JOIN (SELECT order_id, sum(quantity * price_cents)::int AS total_cents FROM generated_items GROUP BY order_id) t ON t.order_id = o.id
 ORDER BY o.g;

INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents)
SELECT i.order_id, i.menu_item_id, i.quantity, CASE WHEN o.status NOT IN ('placed', 'rejected') THEN i.price_cents END
  FROM generated_items i JOIN generated_orders o ON o.id = i.order_id
 ORDER BY o.g, i.menu_item_id;

-- The history the status trigger would have written: one row per step of the path.
INSERT INTO order_status_history (order_id, from_status, to_status, changed_at)
SELECT o.id, p.path[s.n - 1], s.status, pg_temp.reached(p.path, o.created_at, s.status)
  FROM generated_orders o
  JOIN status_paths p ON p.final = o.status
 CROSS JOIN LATERAL unnest(p.path) WITH ORDINALITY AS s(status, n)
 ORDER BY o.g, s.n;

SET session_replication_role = origin;
