DROP TRIGGER agents_stamp_became_available ON agents;
DROP FUNCTION agents_stamp_became_available();
ALTER TABLE agents DROP COLUMN became_available_at;
