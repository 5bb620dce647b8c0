DROP VIEW analytics_tips_and_promos;
CREATE FUNCTION orders_check_total(order_id uuid, total_cents integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  lines integer;
  unpriced integer;
  items_total bigint;
BEGIN
  SELECT count(*), count(*) FILTER (WHERE oi.unit_price_cents IS NULL), sum(oi.quantity::bigint * oi.unit_price_cents)
    INTO lines, unpriced, items_total
    FROM order_items oi WHERE oi.order_id = orders_check_total.order_id;
  IF lines = 0 OR unpriced > 0 OR orders_check_total.total_cents IS DISTINCT FROM items_total THEN
    RAISE EXCEPTION 'order % cannot be validated: its total (%) must be the sum of its % priced lines (%; % unpriced)',
      order_id, coalesce(orders_check_total.total_cents::text, 'none'), lines, coalesce(items_total::text, 'none'), unpriced
      USING ERRCODE = 'check_violation';
  END IF;
END
$$;

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
    -- A cancellation that comes too late is the one refusal a customer meets in the app: it
    -- says why, in words the order page can show (the customer's cancel and the kitchen's
    -- answer race for the same row; whichever commits second is refused or finds nothing).
    IF NEW.status = 'cancelled' AND NOT order_status_transition_allowed(OLD.status, NEW.status) THEN
      RAISE EXCEPTION 'order % can no longer be cancelled: it is already %', OLD.id, OLD.status
        USING ERRCODE = 'check_violation',
              DETAIL = 'An order can be cancelled until the restaurant accepts or declines it.';
    END IF;
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

DROP FUNCTION orders_check_amounts(orders);
DROP TRIGGER orders_release_promo ON orders;
DROP FUNCTION orders_release_promo();
DROP TABLE promo_redemptions;
DROP FUNCTION promo_redemptions_enforce();
DROP TABLE promo_codes;
ALTER TABLE orders DROP COLUMN promo_code, DROP COLUMN discount_cents, DROP COLUMN tip_cents, DROP COLUMN tax_cents, DROP COLUMN tax_rate_bps,
  DROP COLUMN service_fee_cents, DROP COLUMN delivery_fee_cents, DROP COLUMN items_subtotal_cents;
ALTER TABLE restaurants DROP COLUMN tax_rate_bps, DROP COLUMN service_fee_cents, DROP COLUMN delivery_fee_cents;
