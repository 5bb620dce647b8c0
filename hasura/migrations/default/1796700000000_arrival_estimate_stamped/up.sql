-- ---------------------------------------------------------------------------------
-- Arrival estimate, stamped at each stage change (the order page's live query then reads
-- columns, not a function), from the medians of the last 300 deliveries of the last 7 days.
-- ---------------------------------------------------------------------------------

-- How long each stage still ahead of an order usually takes, in seconds: the median over the
-- last 300 deliveries of the last 7 days (read backwards through orders_delivered_at_idx, so
-- the cost does not grow with the history) of the restaurant's own approvals and hand-overs
-- (paid -> approved, assigned -> picked up), every restaurant's wait for a courier (approved ->
-- assigned), and the courier's own trips (picked up -> delivered; every courier's while none is
-- assigned or the courier has none). A stage with no history yet counts a fixed guess (2, 3, 12
-- and 20 minutes).
CREATE OR REPLACE FUNCTION arrival_stage_seconds(p_restaurant_id integer, p_agent_id integer,
  OUT approval double precision, OUT assignment double precision, OUT pickup double precision, OUT trip double precision)
LANGUAGE sql STABLE AS $$
  WITH recent AS (
    SELECT o.restaurant_id, a.agent_id, o.paid_at, o.approved_at, o.agent_assigned_at, o.picked_up_at, o.delivered_at
      FROM (SELECT * FROM orders
             WHERE status = 'delivered' AND delivered_at > now() - interval '7 days'
             ORDER BY delivered_at DESC
             LIMIT 300) o
      LEFT JOIN assignments a ON a.order_id = o.id
  )
  SELECT
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM approved_at - paid_at)) FROM recent WHERE restaurant_id = p_restaurant_id), 120),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM agent_assigned_at - approved_at)) FROM recent), 180),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM picked_up_at - agent_assigned_at)) FROM recent WHERE restaurant_id = p_restaurant_id), 720),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - picked_up_at)) FROM recent WHERE agent_id = p_agent_id),
             (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - picked_up_at)) FROM recent), 1200)
$$;

-- The arrival estimate as of the order's last stage change, stamped by orders_stamp_arrival_estimate:
-- `arrival_estimate_base`, when the order arrives if the stage it is in takes its usual time, and
-- `arrival_estimate_rest_seconds`, how long the stages after that one usually take. The estimate
-- now is greatest(base, now() + rest): a stage running late pushes it back. The order page's live
-- query reads these two columns and applies the clock itself, so it reads no function: a live
-- query that reads a function is re-run on every write to any table and polled every second.
ALTER TABLE orders ADD COLUMN arrival_estimate_base timestamptz;
ALTER TABLE orders ADD COLUMN arrival_estimate_rest_seconds double precision;

-- When the order should arrive, from where it is now: the stage it is in ends no earlier than
-- now (a late stage pushes the estimate back) and the stages after it take their usual time.
-- Null for an order that will not be delivered; the delivery time once delivered. From the
-- stamped columns when the order has them; an order written behind the triggers (fixtures,
-- imports) gets it from the medians at each read. Read as the computed field orders.arrival_estimate.
CREATE OR REPLACE FUNCTION order_arrival_estimate(order_row orders) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN order_row.status = 'delivered' THEN order_row.delivered_at
    WHEN order_row.status IN ('rejected', 'restaurant_rejected', 'cancelled') THEN NULL
    WHEN order_row.arrival_estimate_rest_seconds IS NOT NULL
      THEN greatest(order_row.arrival_estimate_base, now() + make_interval(secs => order_row.arrival_estimate_rest_seconds))
    ELSE (
      SELECT CASE
        WHEN order_row.status = 'picked_up' THEN greatest(now(), order_row.picked_up_at + make_interval(secs => s.trip))
        WHEN order_row.status = 'agent_assigned' THEN greatest(now(), order_row.agent_assigned_at + make_interval(secs => s.pickup)) + make_interval(secs => s.trip)
        WHEN order_row.status = 'approved' THEN greatest(now(), order_row.approved_at + make_interval(secs => s.assignment)) + make_interval(secs => s.pickup + s.trip)
        WHEN order_row.status = 'paid' THEN greatest(now(), order_row.paid_at + make_interval(secs => s.approval)) + make_interval(secs => s.assignment + s.pickup + s.trip)
        ELSE now() + make_interval(secs => s.approval + s.assignment + s.pickup + s.trip)
      END
      FROM arrival_stage_seconds(order_row.restaurant_id, (SELECT a.agent_id FROM assignments a WHERE a.order_id = order_row.id)) AS s)
  END
$$;

-- Stamps the arrival estimate (arrival_estimate_base and _rest_seconds) when an order is placed
-- and each time it enters a stage whose length the medians know (paid, approved, agent_assigned,
-- picked_up), and the estimate given to the customer (estimated_delivery_at) once, when it is
-- paid. After orders_enforce_status (BEFORE triggers fire by name), which stamps the stage's time.
-- Nobody writes these columns otherwise.
CREATE OR REPLACE FUNCTION orders_stamp_arrival_estimate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s record;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
    IF NEW.estimated_delivery_at IS DISTINCT FROM OLD.estimated_delivery_at THEN
      RAISE EXCEPTION 'the arrival estimate of order % is stamped once, when it is paid', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.arrival_estimate_base IS DISTINCT FROM OLD.arrival_estimate_base
       OR NEW.arrival_estimate_rest_seconds IS DISTINCT FROM OLD.arrival_estimate_rest_seconds THEN
      RAISE EXCEPTION 'the arrival estimate of order % is stamped by the database when its status changes', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.estimated_delivery_at IS DISTINCT FROM OLD.estimated_delivery_at
     AND NOT (NEW.status = 'paid' AND OLD.estimated_delivery_at IS NULL) THEN
    RAISE EXCEPTION 'the arrival estimate of order % is stamped once, when it is paid', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'delivered' THEN
    NEW.arrival_estimate_base := NEW.delivered_at;
    NEW.arrival_estimate_rest_seconds := 0;
  ELSIF NEW.status IN ('rejected', 'restaurant_rejected', 'cancelled') THEN
    NEW.arrival_estimate_base := NULL;
    NEW.arrival_estimate_rest_seconds := NULL;
  ELSIF NEW.status IN ('paid', 'approved', 'agent_assigned', 'picked_up') OR TG_OP = 'INSERT' OR OLD.arrival_estimate_rest_seconds IS NULL THEN
    SELECT * INTO s FROM arrival_stage_seconds(NEW.restaurant_id, (SELECT a.agent_id FROM assignments a WHERE a.order_id = NEW.id));
    IF NEW.status = 'picked_up' THEN
      NEW.arrival_estimate_base := NEW.picked_up_at + make_interval(secs => s.trip);
      NEW.arrival_estimate_rest_seconds := 0;
    ELSIF NEW.status = 'agent_assigned' THEN
      NEW.arrival_estimate_base := NEW.agent_assigned_at + make_interval(secs => s.pickup + s.trip);
      NEW.arrival_estimate_rest_seconds := s.trip;
    ELSIF NEW.status = 'approved' THEN
      NEW.arrival_estimate_base := NEW.approved_at + make_interval(secs => s.assignment + s.pickup + s.trip);
      NEW.arrival_estimate_rest_seconds := s.pickup + s.trip;
    ELSIF NEW.status = 'paid' THEN
      NEW.arrival_estimate_base := NEW.paid_at + make_interval(secs => s.approval + s.assignment + s.pickup + s.trip);
      NEW.arrival_estimate_rest_seconds := s.assignment + s.pickup + s.trip;
    ELSE
      -- Not paid yet (placed, validated, payment_failed): every stage from now, and so it stays
      -- until the payment; the medians are read once, when the order is placed.
      NEW.arrival_estimate_base := now() + make_interval(secs => s.approval + s.assignment + s.pickup + s.trip);
      NEW.arrival_estimate_rest_seconds := s.approval + s.assignment + s.pickup + s.trip;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'paid' AND OLD.estimated_delivery_at IS NULL THEN
    NEW.estimated_delivery_at := greatest(NEW.arrival_estimate_base, now() + make_interval(secs => NEW.arrival_estimate_rest_seconds));
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER orders_stamp_arrival_estimate ON orders;
CREATE TRIGGER orders_stamp_arrival_estimate
  BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_stamp_arrival_estimate();
