DROP TRIGGER orders_stamp_arrival_estimate ON orders;

CREATE OR REPLACE FUNCTION arrival_stage_seconds(p_restaurant_id integer, p_agent_id integer,
  OUT approval double precision, OUT assignment double precision, OUT pickup double precision, OUT trip double precision)
LANGUAGE sql STABLE AS $$
  WITH recent AS (
    SELECT o.restaurant_id, a.agent_id, o.paid_at, o.approved_at, o.agent_assigned_at, o.picked_up_at, o.delivered_at
      FROM orders o
      LEFT JOIN assignments a ON a.order_id = o.id
     WHERE o.delivered_at > now() - interval '7 days'
  )
  SELECT
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM approved_at - paid_at)) FROM recent WHERE restaurant_id = p_restaurant_id), 120),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM agent_assigned_at - approved_at)) FROM recent), 180),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM picked_up_at - agent_assigned_at)) FROM recent WHERE restaurant_id = p_restaurant_id), 720),
    coalesce((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - picked_up_at)) FROM recent WHERE agent_id = p_agent_id),
             (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - picked_up_at)) FROM recent), 1200)
$$;

CREATE OR REPLACE FUNCTION order_arrival_estimate(order_row orders) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN order_row.status = 'delivered' THEN order_row.delivered_at
    WHEN order_row.status IN ('rejected', 'restaurant_rejected', 'cancelled') THEN NULL
    WHEN order_row.status = 'picked_up' THEN greatest(now(), order_row.picked_up_at + make_interval(secs => s.trip))
    WHEN order_row.status = 'agent_assigned' THEN greatest(now(), order_row.agent_assigned_at + make_interval(secs => s.pickup)) + make_interval(secs => s.trip)
    WHEN order_row.status = 'approved' THEN greatest(now(), order_row.approved_at + make_interval(secs => s.assignment)) + make_interval(secs => s.pickup + s.trip)
    WHEN order_row.status = 'paid' THEN greatest(now(), order_row.paid_at + make_interval(secs => s.approval)) + make_interval(secs => s.assignment + s.pickup + s.trip)
    ELSE now() + make_interval(secs => s.approval + s.assignment + s.pickup + s.trip)
  END
  FROM arrival_stage_seconds(order_row.restaurant_id, (SELECT a.agent_id FROM assignments a WHERE a.order_id = order_row.id)) AS s
$$;

CREATE OR REPLACE FUNCTION orders_stamp_arrival_estimate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'paid' AND OLD.status IS DISTINCT FROM 'paid' AND OLD.estimated_delivery_at IS NULL THEN
    NEW.estimated_delivery_at := order_arrival_estimate(NEW);
  ELSIF NEW.estimated_delivery_at IS DISTINCT FROM OLD.estimated_delivery_at THEN
    RAISE EXCEPTION 'the arrival estimate of order % is stamped once, when it is paid', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER orders_stamp_arrival_estimate
  BEFORE UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_stamp_arrival_estimate();

ALTER TABLE orders DROP COLUMN arrival_estimate_rest_seconds;
ALTER TABLE orders DROP COLUMN arrival_estimate_base;
