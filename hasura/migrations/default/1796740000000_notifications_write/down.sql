DROP FUNCTION notifications_write(uuid, uuid, text, text, text, text);
