-- A courier's recently delivered orders (the Deliveries page's live query: delivered orders,
-- newest delivery first, through the courier's permission) walk this index backwards and stop
-- after a handful; without it, every refresh sorted all of the courier's delivered orders.
CREATE INDEX orders_delivered_at_idx ON orders (delivered_at) WHERE status = 'delivered';
