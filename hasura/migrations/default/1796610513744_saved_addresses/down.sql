DROP TRIGGER IF EXISTS orders_apply_saved_address ON orders;
DROP FUNCTION IF EXISTS orders_apply_saved_address();
ALTER TABLE orders DROP COLUMN IF EXISTS courier_note;
ALTER TABLE orders DROP COLUMN IF EXISTS address_id;
DROP TABLE IF EXISTS customer_addresses;
DROP FUNCTION IF EXISTS customer_addresses_enforce();
