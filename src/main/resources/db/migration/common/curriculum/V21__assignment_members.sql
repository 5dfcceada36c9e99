-- Who each assignment reached and how far they are, maintained as enrolments and completions happen, so
-- that reports add up rows per assignment instead of scanning learning records.
CREATE TABLE assignment_member (
    assignment_id     BIGINT      NOT NULL,
    person_id         BIGINT      NOT NULL,
    modules_required  INT         NOT NULL,
    modules_completed INT         NOT NULL,
    completed_at      DATETIME(6),
    PRIMARY KEY (assignment_id, person_id),
    CONSTRAINT fk_assignment_member_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE INDEX ix_assignment_member_person ON assignment_member (person_id);
