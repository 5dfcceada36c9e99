-- Append-only log of reads of a person's records by someone else (CNIL logging recommendation, 2021):
-- who, whose records, what, when, through which page; nothing else. The application only inserts and reads.
CREATE TABLE access_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    viewer_id   BIGINT       NOT NULL,
    subject_id  BIGINT       NOT NULL,
    record_kind VARCHAR(40)  NOT NULL,
    page        VARCHAR(300) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_access_log_subject_time ON access_log (subject_id, occurred_at);
