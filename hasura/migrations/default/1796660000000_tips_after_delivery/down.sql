DROP VIEW IF EXISTS analytics_tips_and_promos;
CREATE VIEW analytics_tips_and_promos AS
SELECT now() - interval '7 days' AS period_start,
       now() AS period_end,
       count(*) AS paid_orders,
       count(*) FILTER (WHERE o.tip_cents > 0) AS tipped_orders,
       round(avg(o.tip_cents))::integer AS average_tip_cents,
       round(avg(o.tip_cents) FILTER (WHERE o.tip_cents > 0))::integer AS average_tip_when_tipped_cents,
       count(*) FILTER (WHERE o.promo_code IS NOT NULL) AS promo_orders,
       coalesce(sum(o.discount_cents), 0) AS promo_discount_cents
  FROM orders o
 WHERE o.paid_at >= now() - interval '7 days';
DROP TABLE IF EXISTS order_tips;
DROP FUNCTION IF EXISTS order_tips_keep();
DROP FUNCTION IF EXISTS order_tips_enforce();
