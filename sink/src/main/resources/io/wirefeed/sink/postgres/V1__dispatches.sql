-- Every version of every enriched dispatch; a redelivered record rewrites its own row with the same values.
CREATE TABLE IF NOT EXISTS dispatches (
    id              text        NOT NULL,
    version         integer     NOT NULL,
    story           text        NOT NULL,
    agency          text        NOT NULL,
    format          text        NOT NULL,
    pub_status      text        NOT NULL,
    urgency         integer,
    language        text        NOT NULL,
    headline        text        NOT NULL,
    body            text        NOT NULL,
    dateline_place  text,
    received_at     timestamptz NOT NULL,
    version_created timestamptz,
    enriched_at     timestamptz NOT NULL,
    verdict         text        NOT NULL,
    dedupe_of       text,
    similarity      double precision,
    entities        jsonb       NOT NULL,
    topics          jsonb       NOT NULL,
    killed          boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (id, version)
);
CREATE INDEX IF NOT EXISTS dispatches_received_at ON dispatches (received_at);
CREATE INDEX IF NOT EXISTS dispatches_story ON dispatches (story);
CREATE INDEX IF NOT EXISTS dispatches_entities ON dispatches USING gin (entities jsonb_path_ops);
CREATE INDEX IF NOT EXISTS dispatches_topics ON dispatches USING gin (topics jsonb_path_ops);

-- The current version of each story id that is not killed.
CREATE OR REPLACE VIEW current_dispatches AS
SELECT DISTINCT ON (id) *
FROM dispatches
WHERE NOT killed
ORDER BY id, version DESC;
