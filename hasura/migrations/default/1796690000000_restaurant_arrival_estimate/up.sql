-- How long an order placed now at a restaurant should take to arrive, in seconds, for the menu and
-- the checkout ("about 35 min"): every stage ahead of an order not yet paid at the same recent
-- medians (or guesses) order_arrival_estimate adds, the trip at every courier's median since no
-- courier is known yet. Read as the computed field restaurants.arrival_estimate_seconds.
CREATE FUNCTION restaurant_arrival_estimate_seconds(restaurant_row restaurants) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT round(s.approval + s.assignment + s.pickup + s.trip)::integer
    FROM arrival_stage_seconds(restaurant_row.id, NULL) AS s
$$;
