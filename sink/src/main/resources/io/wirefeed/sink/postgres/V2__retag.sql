-- Whether a row was last written by a re-tag (wirefeed reprocess): the same version with today's entities and topics.
ALTER TABLE dispatches ADD COLUMN IF NOT EXISTS retag boolean NOT NULL DEFAULT false;

-- The view's columns were fixed when it was made: made again, it has the new one.
CREATE OR REPLACE VIEW current_dispatches AS
SELECT DISTINCT ON (id) *
FROM dispatches
WHERE NOT killed
ORDER BY id, version DESC;
