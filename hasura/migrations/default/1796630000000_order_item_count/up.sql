-- An order's item count (units, not lines), for Hasura's computed field orders.item_count
-- (hasura/metadata/databases/default/tables/public_orders.yaml): a function over the table's
-- row type, so it is read like a column and its lines never leave the database.
CREATE FUNCTION order_item_count(order_row orders) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(quantity), 0)::integer FROM order_items WHERE order_id = order_row.id
$$;
