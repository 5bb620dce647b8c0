-- The dashboard's conversations figure: messages in the last hour and the last day, and how
-- long kitchens take to answer: per order whose customer wrote in the last day, from the
-- customer's first message to the first later message of the restaurant's staff; the median
-- of those waits, and how many orders got such a reply. Counts only, no text or sender.
CREATE VIEW analytics_conversations AS
WITH first_question AS (
  SELECT m.order_id, o.restaurant_id, min(m.created_at) AS asked_at
    FROM order_messages m
    JOIN orders o ON o.id = m.order_id
   WHERE m.created_at > now() - interval '24 hours' AND m.sender_id = o.customer_id
   GROUP BY m.order_id, o.restaurant_id
), first_reply AS (
  SELECT q.order_id, min(r.created_at) - q.asked_at AS waited
    FROM first_question q
    JOIN order_messages r ON r.order_id = q.order_id AND r.created_at > q.asked_at
    JOIN users u ON u.id = r.sender_id AND u.restaurant_id = q.restaurant_id
   GROUP BY q.order_id, q.asked_at
)
SELECT (SELECT count(*) FROM order_messages WHERE created_at > now() - interval '1 hour')::integer AS messages_last_hour,
       (SELECT count(*) FROM order_messages WHERE created_at > now() - interval '24 hours')::integer AS messages_last_day,
       (SELECT round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY waited)), 1) FROM first_reply) AS median_first_reply_seconds,
       (SELECT count(*) FROM first_reply)::integer AS kitchen_replies_last_day;
