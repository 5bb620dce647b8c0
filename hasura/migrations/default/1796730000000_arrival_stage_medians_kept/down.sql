-- Back to computing the stage medians at each stamp (1796700000000_arrival_estimate_stamped).
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

DROP FUNCTION arrival_stage_seconds_from(boolean, integer, integer);
DROP FUNCTION arrival_stage_medians_refresh();
DROP FUNCTION arrival_stage_medians_current(interval);
DROP FUNCTION arrival_stage_medians_compute();
DROP TABLE arrival_stage_medians;
