-- Undoes the customer's cancellation of a paid order: paid -> cancelled is refused again and the
-- analytics count such orders as before. The funnel views are dropped and created again, because a
-- view cannot lose a column in place.

DROP VIEW analytics_funnel_branches;

DROP VIEW analytics_funnel;

DROP VIEW analytics_funnel_counts;

-- Today's orders (by the time they were placed), counted by how far they got.
-- Not tracked: analytics_funnel and analytics_funnel_branches present it.
CREATE VIEW analytics_funnel_counts AS
SELECT
  count(*) AS placed,
  count(validated_at) AS validated,
  count(paid_at) AS paid,
  count(approved_at) AS approved,
  count(agent_assigned_at) AS agent_assigned,
  count(delivered_at) AS delivered,
  count(*) FILTER (WHERE status = 'placed') AS waiting_placed,
  count(*) FILTER (WHERE status IN ('validated', 'payment_failed')) AS waiting_validated,
  count(*) FILTER (WHERE status = 'paid') AS waiting_paid,
  count(*) FILTER (WHERE status = 'approved') AS waiting_approved,
  count(*) FILTER (WHERE status IN ('agent_assigned', 'picked_up')) AS waiting_agent_assigned,
  count(*) FILTER (WHERE status = 'rejected') AS rejected,
  count(*) FILTER (WHERE status = 'cancelled' AND validated_at IS NULL) AS cancelled_before_validation,
  count(*) FILTER (WHERE status = 'payment_failed') AS payment_failed,
  count(*) FILTER (WHERE status = 'cancelled' AND validated_at IS NOT NULL) AS cancelled_after_validation,
  count(*) FILTER (WHERE status = 'restaurant_rejected') AS restaurant_rejected
FROM orders
WHERE created_at >= date_trunc('day', now());

-- One row per stage: how many of today's orders reached it, how many are in it now,
-- how many left the funnel there, and the conversion from the stage before and from
-- placed (NULL where the denominator is zero).
CREATE VIEW analytics_funnel AS
SELECT s.position, s.stage, s.reached::integer AS reached, s.waiting::integer AS waiting,
       s.dropped::integer AS dropped,
       round(s.reached::numeric / nullif(lag(s.reached) OVER (ORDER BY s.position), 0), 4) AS conversion_from_previous,
       round(s.reached::numeric / nullif(c.placed, 0), 4) AS conversion_from_placed
  FROM analytics_funnel_counts c
 CROSS JOIN LATERAL (VALUES
   (1, 'placed',         c.placed,         c.waiting_placed,         c.rejected + c.cancelled_before_validation),
   (2, 'validated',      c.validated,      c.waiting_validated,      c.cancelled_after_validation),
   (3, 'paid',           c.paid,           c.waiting_paid,           c.restaurant_rejected),
   (4, 'approved',       c.approved,       c.waiting_approved,       0::bigint),
   (5, 'agent_assigned', c.agent_assigned, c.waiting_agent_assigned, 0::bigint),
   (6, 'delivered',      c.delivered,      0::bigint,                0::bigint)
 ) AS s(position, stage, reached, waiting, dropped);

-- The failure branches of the funnel: where today's orders left it, and how.
-- payment_failed is a branch that can come back (the customer pays again).
CREATE VIEW analytics_funnel_branches AS
SELECT b.position, b.from_stage, b.outcome, b.orders::integer AS orders
  FROM analytics_funnel_counts c
 CROSS JOIN LATERAL (VALUES
   (1, 'placed',    'rejected',            c.rejected),
   (2, 'placed',    'cancelled',           c.cancelled_before_validation),
   (3, 'validated', 'payment_failed',      c.payment_failed),
   (4, 'validated', 'cancelled',           c.cancelled_after_validation),
   (5, 'paid',      'restaurant_rejected', c.restaurant_rejected)
 ) AS b(position, from_stage, outcome, orders);

-- Orders paid today that were not refunded (a restaurant rejection refunds the payment).
-- Revenue counts on the day the money came in, whatever day the order was placed.
CREATE OR REPLACE VIEW analytics_paid_today AS
SELECT id AS order_id, restaurant_id, total_cents
  FROM orders
 WHERE paid_at >= date_trunc('day', now())
   AND status <> 'restaurant_rejected';

CREATE OR REPLACE FUNCTION orders_enforce_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'placed' THEN
      RAISE EXCEPTION 'a new order must have status placed, not %', NEW.status
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  NEW.updated_at := now();
  -- The total is the validator's, fixed once validated: what is charged, shown and counted.
  IF NEW.total_cents IS DISTINCT FROM OLD.total_cents AND OLD.status <> 'placed' THEN
    RAISE EXCEPTION 'the total of order % cannot change once it is %', OLD.id, OLD.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT order_status_transition_allowed(OLD.status, NEW.status) THEN
      RAISE EXCEPTION 'illegal order status transition: % -> %', OLD.status, NEW.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'validated' THEN
      PERFORM orders_check_total(NEW.id, NEW.total_cents);
    END IF;
    CASE NEW.status
      WHEN 'validated' THEN NEW.validated_at := now();
      WHEN 'rejected' THEN NEW.rejected_at := now();
      WHEN 'paid' THEN NEW.paid_at := now();
      WHEN 'payment_failed' THEN NEW.payment_failed_at := now();
      WHEN 'approved' THEN NEW.approved_at := now();
      WHEN 'restaurant_rejected' THEN NEW.restaurant_rejected_at := now();
      WHEN 'agent_assigned' THEN NEW.agent_assigned_at := now();
      WHEN 'picked_up' THEN NEW.picked_up_at := now();
      WHEN 'delivered' THEN NEW.delivered_at := now();
      WHEN 'cancelled' THEN NEW.cancelled_at := now();
      ELSE NULL;
    END CASE;
  END IF;
  RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------
-- The order status machine
-- ---------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION order_status_transition_allowed(from_status order_status, to_status order_status)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (from_status, to_status) IN (
    ('placed', 'validated'), ('placed', 'rejected'), ('placed', 'cancelled'),
    ('validated', 'paid'), ('validated', 'payment_failed'), ('validated', 'cancelled'),
    ('payment_failed', 'paid'), ('payment_failed', 'cancelled'),
    ('paid', 'approved'), ('paid', 'restaurant_rejected'),
    ('approved', 'agent_assigned'),
    ('agent_assigned', 'picked_up'),
    ('picked_up', 'delivered')
  )
$$;
