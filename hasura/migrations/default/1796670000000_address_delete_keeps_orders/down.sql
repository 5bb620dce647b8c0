DROP TRIGGER IF EXISTS orders_unlinked_address_keeps_updated_at ON orders;
DROP FUNCTION IF EXISTS orders_unlinked_address_keeps_updated_at();
