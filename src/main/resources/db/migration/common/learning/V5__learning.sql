-- Enrolments pinned to a module version, with counters maintained by the statements that record reading;
-- lessons read, one row per (enrolment, lesson) so that recording twice is impossible.
CREATE TABLE enrolment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    person_id         BIGINT       NOT NULL,
    module_slug       VARCHAR(100) NOT NULL,
    module_version_id BIGINT       NOT NULL,
    lessons_total     INT          NOT NULL,
    lessons_read      INT          NOT NULL,
    enrolled_at       DATETIME(6)  NOT NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_enrolment_person_module UNIQUE (person_id, module_slug),
    CONSTRAINT ck_enrolment_counters CHECK (lessons_read >= 0 AND lessons_read <= lessons_total)
);
CREATE INDEX ix_enrolment_person_activity ON enrolment (person_id, last_activity_at);

CREATE TABLE lesson_read (
    enrolment_id BIGINT      NOT NULL,
    lesson_id    BIGINT      NOT NULL,
    read_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_read_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
