-- Every learning event as an xAPI 1.0.3 statement: immutable, identified by a UUID derived from the event
-- (so that an event delivered twice is stored once), with the fields the LRS API will filter on.
CREATE TABLE xapi_statement (
    id              CHAR(36)      NOT NULL,
    actor_person_id BIGINT        NOT NULL,
    verb            VARCHAR(200)  NOT NULL,
    object_id       VARCHAR(500)  NOT NULL,
    registration    CHAR(36),
    occurred_at     DATETIME(6)   NOT NULL,
    stored_at       DATETIME(6)   NOT NULL,
    statement_json  VARCHAR(8000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_xapi_statement_actor ON xapi_statement (actor_person_id, occurred_at);
CREATE INDEX ix_xapi_statement_registration ON xapi_statement (registration, occurred_at);
CREATE INDEX ix_xapi_statement_verb ON xapi_statement (verb, occurred_at);
