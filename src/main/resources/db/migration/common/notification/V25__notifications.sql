-- In-app notices and the mail outbox. Each notice and each mail has a key saying what it is about
-- (e.g. the reminder of one assignment, for one person, at one stage): a second attempt to create it,
-- by a restart or by another node, finds the key taken and creates nothing.
CREATE TABLE notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    notice_key  VARCHAR(200)  NOT NULL,
    person_id   BIGINT        NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    arguments   VARCHAR(2000) NOT NULL,
    link        VARCHAR(300),
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_notice_key UNIQUE (notice_key)
);
CREATE INDEX ix_notice_person ON notice (person_id, read_at);

-- Mail waiting to be sent, being sent (claimed by one node until claimed_at + lease) or sent.
CREATE TABLE mail_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    mail_key    VARCHAR(200)  NOT NULL,
    person_id   BIGINT        NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        TEXT          NOT NULL,
    state       VARCHAR(10)   NOT NULL,
    attempts    INT           NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    claimed_by  VARCHAR(100),
    claimed_at  DATETIME(6),
    sent_at     DATETIME(6),
    last_error  VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_key UNIQUE (mail_key)
);
CREATE INDEX ix_mail_outbox_state ON mail_outbox (state, id);

-- Runs of periodic tasks, one row per task and period (a day, a week): the node that inserts the row
-- runs it; a run whose node died is taken over after its lease; a finished run is never run again.
CREATE TABLE scheduled_run (
    task        VARCHAR(60)  NOT NULL,
    run_key     VARCHAR(40)  NOT NULL,
    node        VARCHAR(100) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6),
    PRIMARY KEY (task, run_key)
);
