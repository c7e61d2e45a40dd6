-- The character offsets of each event's trigger word(s) in its article's text (Event.trigger_span), so a
-- reader can highlight what was coded. NULL for events stored before this migration and for events whose
-- trigger has no known place.
ALTER TABLE events ADD COLUMN IF NOT EXISTS trigger_start INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS trigger_end INTEGER;
