CREATE OR REPLACE FUNCTION payments_enforce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  order_total integer;
  order_state order_status;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A share lock on the order: a payment being inserted and a timeout cancelling the
    -- order (which holds it FOR UPDATE) take turns, so the timeout, reading the payments
    -- after its lock, sees every payment submitted before it (order-timeouts/decide.ts).
    SELECT total_cents INTO order_total FROM orders WHERE id = NEW.order_id FOR SHARE;
    IF order_total IS NULL THEN
      RAISE EXCEPTION 'order % has no total yet: it must be validated before it is paid', NEW.order_id
        USING ERRCODE = 'check_violation';
    END IF;
    NEW.amount_cents := order_total;
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
