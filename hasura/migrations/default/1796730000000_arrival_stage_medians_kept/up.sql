-- ---------------------------------------------------------------------------------
-- The stage medians behind the arrival estimate, kept in a table: the stamp at each stage
-- change reads them instead of computing them five times an order.
-- ---------------------------------------------------------------------------------

-- The stage medians of recent deliveries, kept so that stamping an order's estimate at each stage
-- change reads a few rows instead of recomputing them (it did, five times an order): one row for
-- every restaurant and courier together (scope 'all', id 0), one per restaurant and one per
-- courier. newest_delivery is the newest delivery there was when they were computed, computed_at
-- when. Written only by arrival_stage_medians_refresh.
CREATE TABLE arrival_stage_medians (
  scope text NOT NULL CHECK (scope IN ('all', 'restaurant', 'agent')),
  id integer NOT NULL,
  approval double precision,
  assignment double precision,
  pickup double precision,
  trip double precision,
  newest_delivery timestamptz,
  computed_at timestamptz NOT NULL,
  PRIMARY KEY (scope, id)
);

-- How long each stage usually takes, in seconds: the median over the last 300 deliveries of the
-- last 7 days (read backwards through orders_delivered_at_idx, so the cost does not grow with
-- the history) of each restaurant's own approvals and hand-overs (paid -> approved, assigned ->
-- picked up), every restaurant's wait for a courier (approved -> assigned), and the trips
-- (picked up -> delivered) of each courier and of all of them.
CREATE FUNCTION arrival_stage_medians_compute() RETURNS SETOF arrival_stage_medians LANGUAGE sql STABLE AS $$
  WITH recent AS (
    SELECT o.restaurant_id, a.agent_id,
           extract(epoch FROM o.approved_at - o.paid_at) AS approval,
           extract(epoch FROM o.agent_assigned_at - o.approved_at) AS assignment,
           extract(epoch FROM o.picked_up_at - o.agent_assigned_at) AS pickup,
           extract(epoch FROM o.delivered_at - o.picked_up_at) AS trip
      FROM (SELECT * FROM orders
             WHERE status = 'delivered' AND delivered_at > now() - interval '7 days'
             ORDER BY delivered_at DESC
             LIMIT 300) o
      LEFT JOIN assignments a ON a.order_id = o.id
  ), newest AS (
    SELECT max(delivered_at) AS at FROM orders WHERE status = 'delivered'
  )
  SELECT 'all', 0, NULL::double precision, percentile_cont(0.5) WITHIN GROUP (ORDER BY assignment),
         NULL::double precision, percentile_cont(0.5) WITHIN GROUP (ORDER BY trip), (SELECT at FROM newest), now()
    FROM recent
  UNION ALL
  SELECT 'restaurant', restaurant_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY approval), NULL,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY pickup), NULL, (SELECT at FROM newest), now()
    FROM recent GROUP BY restaurant_id
  UNION ALL
  SELECT 'agent', agent_id, NULL, NULL, NULL, percentile_cont(0.5) WITHIN GROUP (ORDER BY trip), (SELECT at FROM newest), now()
    FROM recent WHERE agent_id IS NOT NULL GROUP BY agent_id
$$;

-- Whether the kept medians may be used: computed within the last minute (the 7-day window moves
-- on) and no delivery newer than those they counted since, or computed less than `p_tolerance`
-- ago whatever was delivered since. A delivery recorded later with an older time than the newest
-- (an import behind the triggers) is counted within the minute. PL/pgSQL, so that a session
-- plans its two lookups once.
CREATE FUNCTION arrival_stage_medians_current(p_tolerance interval) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  kept arrival_stage_medians;
BEGIN
  SELECT * INTO kept FROM arrival_stage_medians WHERE scope = 'all' AND id = 0;
  IF kept.computed_at IS NULL OR kept.computed_at <= now() - interval '1 minute' THEN
    RETURN false;
  END IF;
  RETURN kept.computed_at > now() - p_tolerance
      OR kept.newest_delivery IS NOT DISTINCT FROM (SELECT max(delivered_at) FROM orders WHERE status = 'delivered');
END
$$;

-- Computes the medians again unless they are current to within a second, in the caller's
-- transaction, by one transaction at a time (an advisory lock tried, never waited for: a
-- transaction that does not get it computes its own). True when the kept medians are current.
-- For the stamp at each stage change, which may use medians up to a second old: under load the
-- medians are computed about once a second instead of at every stage of every order.
CREATE FUNCTION arrival_stage_medians_refresh() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF arrival_stage_medians_current(interval '1 second') THEN
    RETURN true;
  END IF;
  IF NOT pg_try_advisory_xact_lock(hashtextextended('arrival_stage_medians', 0)) THEN
    RETURN false;
  END IF;
  DELETE FROM arrival_stage_medians;
  INSERT INTO arrival_stage_medians SELECT * FROM arrival_stage_medians_compute();
  RETURN true;
END
$$;

-- The stage lengths ahead of an order of one restaurant with one courier (NULL: not known yet),
-- from the kept medians (`p_kept`) or computed now; a stage with no history yet counts a fixed
-- guess (2, 3, 12 and 20 minutes), a courier with no trips yet every courier's median. PL/pgSQL,
-- so that each session plans its three lookups once (a SQL function's body is planned at every
-- call, the computation's branch included: 2.4 ms a call).
CREATE FUNCTION arrival_stage_seconds_from(p_kept boolean, p_restaurant_id integer, p_agent_id integer,
  OUT approval double precision, OUT assignment double precision, OUT pickup double precision, OUT trip double precision)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  every arrival_stage_medians;
  restaurant arrival_stage_medians;
  agent arrival_stage_medians;
  m arrival_stage_medians;
BEGIN
  IF p_kept THEN
    SELECT * INTO every FROM arrival_stage_medians WHERE scope = 'all' AND id = 0;
    SELECT * INTO restaurant FROM arrival_stage_medians WHERE scope = 'restaurant' AND id = p_restaurant_id;
    SELECT * INTO agent FROM arrival_stage_medians WHERE scope = 'agent' AND id = p_agent_id;
  ELSE
    FOR m IN SELECT * FROM arrival_stage_medians_compute() LOOP
      IF m.scope = 'all' THEN
        every := m;
      ELSIF m.scope = 'restaurant' AND m.id = p_restaurant_id THEN
        restaurant := m;
      ELSIF m.scope = 'agent' AND m.id = p_agent_id THEN
        agent := m;
      END IF;
    END LOOP;
  END IF;
  approval := coalesce(restaurant.approval, 120);
  assignment := coalesce(every.assignment, 180);
  pickup := coalesce(restaurant.pickup, 720);
  trip := coalesce(agent.trip, every.trip, 1200);
END
$$;

-- The stage lengths as a reader sees them (the computed fields below): the kept medians when no
-- delivery came since, else computed now.
CREATE OR REPLACE FUNCTION arrival_stage_seconds(p_restaurant_id integer, p_agent_id integer,
  OUT approval double precision, OUT assignment double precision, OUT pickup double precision, OUT trip double precision)
LANGUAGE sql STABLE AS $$
  SELECT * FROM arrival_stage_seconds_from(arrival_stage_medians_current(interval '0'), p_restaurant_id, p_agent_id)
$$;

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
    SELECT * INTO s FROM arrival_stage_seconds_from(arrival_stage_medians_refresh(), NEW.restaurant_id, (SELECT a.agent_id FROM assignments a WHERE a.order_id = NEW.id));
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
