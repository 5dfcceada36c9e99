-- Assessments: the rule pinned with the enrolment (whether passing is required), the first pass, and
-- attempts. One open attempt per enrolment at a time (open_enrolment_id holds the enrolment while the
-- attempt is open, NULL once submitted); attempt numbers are unique per enrolment, so two tabs or a
-- double click cannot make two attempts of the same number nor exceed the limit.
ALTER TABLE enrolment ADD COLUMN assessment_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE enrolment ADD COLUMN assessment_passed_at DATETIME(6);
ALTER TABLE enrolment ADD COLUMN best_score INT;

CREATE TABLE attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id      BIGINT       NOT NULL,
    open_enrolment_id BIGINT,
    number            INT          NOT NULL,
    seed              BIGINT       NOT NULL,
    question_ids      VARCHAR(4000) NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    deadline_at       DATETIME(6),
    last_saved_at     DATETIME(6),
    submitted_at      DATETIME(6),
    points            INT,
    max_points        INT,
    score             INT,
    passed            BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_number UNIQUE (enrolment_id, number),
    CONSTRAINT uk_attempt_open UNIQUE (open_enrolment_id),
    CONSTRAINT fk_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

-- One row per question of an attempt: saving again replaces it while the attempt is open, never after.
CREATE TABLE attempt_answer (
    attempt_id  BIGINT        NOT NULL,
    question_id VARCHAR(100)  NOT NULL,
    answer_json VARCHAR(8000) NOT NULL,
    saved_at    DATETIME(6)   NOT NULL,
    correct     BOOLEAN,
    points      INT,
    PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
