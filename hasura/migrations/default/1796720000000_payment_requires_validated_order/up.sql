-- A payment only for an order waiting to be paid, whoever inserts it. payments_enforce checked
-- only that the order had a total, so a function or psql could insert a payment for an order
-- still placed (with a total written before validation), already paid or cancelled; only the
-- customer's GraphQL permission asked for a validated order. Now the database asks too: the
-- order is validated or payment_failed, its total is still the sum of its priced lines and
-- parts, and an amount given with the payment is that total (it was silently replaced).
CREATE OR REPLACE FUNCTION payments_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o orders%ROWTYPE;
  lines_total bigint;
  expected bigint;
  order_state order_status;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A share lock on the order: a payment being inserted and a timeout cancelling the
    -- order (which holds it FOR UPDATE) take turns, so the timeout, reading the payments
    -- after its lock, sees every payment submitted before it (order-timeouts/decide.ts).
    SELECT * INTO o FROM orders WHERE id = NEW.order_id FOR SHARE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'order % does not exist: there is nothing to pay', NEW.order_id
        USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF o.status NOT IN ('validated', 'payment_failed') THEN
      RAISE EXCEPTION 'order % is %: a payment is made only for a validated order, or after a failed payment', o.id, o.status
        USING ERRCODE = 'check_violation',
              DETAIL = 'validate-order prices an order and sets its total before it can be paid; a paid order is not paid again.';
    END IF;
    IF o.total_cents IS NULL THEN
      RAISE EXCEPTION 'order % has no total yet: it must be validated before it is paid', o.id
        USING ERRCODE = 'check_violation';
    END IF;
    SELECT sum(oi.quantity::bigint * oi.unit_price_cents) INTO lines_total FROM order_items oi WHERE oi.order_id = o.id;
    expected := lines_total + o.delivery_fee_cents + o.service_fee_cents + o.tax_cents + o.tip_cents - o.discount_cents;
    IF o.total_cents IS DISTINCT FROM expected THEN
      RAISE EXCEPTION 'order % cannot be paid: its total (%) is not items % + delivery fee % + service fee % + tax % + tip % - discount % = %',
        o.id, o.total_cents, coalesce(lines_total::text, 'unpriced'), o.delivery_fee_cents, o.service_fee_cents, o.tax_cents, o.tip_cents, o.discount_cents,
        coalesce(expected::text, 'none')
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.amount_cents IS NOT NULL AND NEW.amount_cents <> o.total_cents THEN
      RAISE EXCEPTION 'the amount of a payment is its order''s total (%), not %', o.total_cents, NEW.amount_cents
        USING ERRCODE = 'check_violation';
    END IF;
    NEW.amount_cents := o.total_cents;
    IF NEW.status <> 'pending' THEN
      RAISE EXCEPTION 'a new payment must be pending' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  NEW.updated_at := now();
  IF NEW.amount_cents <> OLD.amount_cents THEN
    RAISE EXCEPTION 'the amount of a payment cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.order_id <> OLD.order_id THEN
    RAISE EXCEPTION 'a payment cannot move to another order' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
    ('pending'::payment_status, 'succeeded'::payment_status),
    ('pending', 'failed'),
    ('succeeded', 'refunded')
  ) THEN
    RAISE EXCEPTION 'illegal payment status transition: % -> %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  -- Money goes back only for an order that will never be served: rejected by the
  -- restaurant, or cancelled while its card was being charged. The order row is locked,
  -- so its status cannot move on while the refund commits.
  IF NEW.status = 'refunded' AND OLD.status <> 'refunded' THEN
    SELECT status INTO order_state FROM orders WHERE id = NEW.order_id FOR SHARE;
    IF order_state NOT IN ('restaurant_rejected', 'cancelled') THEN
      RAISE EXCEPTION 'payment % cannot be refunded: its order is %, not restaurant_rejected or cancelled', NEW.id, order_state
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
