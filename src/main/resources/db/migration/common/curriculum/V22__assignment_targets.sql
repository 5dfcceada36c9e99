-- Assignments reach a region, an establishment, a unit, a profession or a role within a region or an
-- establishment, or named people; they carry a curriculum (pinned to the version assigned) or a single
-- module; the due date is fixed or counted in days from the assignment or from each person's start.
ALTER TABLE assignment MODIFY curriculum_slug VARCHAR(100) NULL;
ALTER TABLE assignment ADD COLUMN curriculum_version_id BIGINT;
ALTER TABLE assignment ADD COLUMN module_slug VARCHAR(100);
ALTER TABLE assignment MODIFY target_id BIGINT NULL;
ALTER TABLE assignment ADD COLUMN target_code VARCHAR(40);
ALTER TABLE assignment ADD COLUMN scope_region_id BIGINT;
ALTER TABLE assignment ADD COLUMN scope_establishment_id BIGINT;
ALTER TABLE assignment MODIFY due_on DATE NULL;
ALTER TABLE assignment ADD COLUMN due_from VARCHAR(12) NOT NULL DEFAULT 'fixed';
ALTER TABLE assignment ADD COLUMN due_days INT;
ALTER TABLE assignment ADD COLUMN ended_by BIGINT;

UPDATE assignment a SET
    curriculum_version_id = (SELECT MAX(v.id) FROM curriculum_version v WHERE v.slug = a.curriculum_slug),
    scope_establishment_id = a.target_id,
    scope_region_id = (SELECT e.region_id FROM establishment e WHERE e.id = a.target_id)
WHERE a.target_kind = 'establishment';

CREATE INDEX ix_assignment_scope_region ON assignment (scope_region_id, ends_at);
CREATE INDEX ix_assignment_scope_establishment ON assignment (scope_establishment_id, ends_at);

-- The people named by an assignment of kind 'people'.
CREATE TABLE assignment_person (
    assignment_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, person_id),
    CONSTRAINT fk_assignment_person_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE INDEX ix_assignment_person_person ON assignment_person (person_id);

-- Each person reached: their own due date (after any extension), whether they are exempt or no longer
-- match the target (their history stays), and where they work, so reports group without joins (unit 0 and
-- profession '-' for a named person who works nowhere in Socle).
ALTER TABLE assignment_member ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'active';
ALTER TABLE assignment_member ADD COLUMN due_on DATE;
ALTER TABLE assignment_member ADD COLUMN region_id BIGINT;
ALTER TABLE assignment_member ADD COLUMN establishment_id BIGINT;
ALTER TABLE assignment_member ADD COLUMN unit_id BIGINT;
ALTER TABLE assignment_member ADD COLUMN profession_code VARCHAR(40);
ALTER TABLE assignment_member ADD COLUMN reached_at DATETIME(6);
ALTER TABLE assignment_member ADD COLUMN left_at DATETIME(6);

UPDATE assignment_member m SET
    due_on = (SELECT a.due_on FROM assignment a WHERE a.id = m.assignment_id),
    reached_at = (SELECT a.assigned_at FROM assignment a WHERE a.id = m.assignment_id),
    establishment_id = (SELECT a.target_id FROM assignment a WHERE a.id = m.assignment_id),
    region_id = (SELECT a.scope_region_id FROM assignment a WHERE a.id = m.assignment_id);
UPDATE assignment_member m SET
    unit_id = COALESCE((SELECT MIN(s.unit_id) FROM membership s JOIN org_unit u ON u.id = s.unit_id
                          WHERE s.person_id = m.person_id AND u.establishment_id = m.establishment_id), 0),
    profession_code = COALESCE((SELECT MIN(s.profession_code) FROM membership s JOIN org_unit u ON u.id = s.unit_id
                                  WHERE s.person_id = m.person_id AND u.establishment_id = m.establishment_id), '-');
CREATE INDEX ix_assignment_member_place ON assignment_member (establishment_id, assignment_id);

-- Exemptions and extensions, each with its reason and who granted it; never deleted.
CREATE TABLE assignment_exception (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    person_id     BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    due_on        DATE,
    reason        VARCHAR(1000) NOT NULL,
    granted_by    BIGINT        NOT NULL,
    granted_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_exception_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT ck_assignment_exception_kind CHECK (kind IN ('exemption', 'extension', 'reinstated'))
);
CREATE INDEX ix_assignment_exception_member ON assignment_exception (assignment_id, person_id);

-- Counters per assignment, unit, profession and due date, kept in step with assignment_member in the
-- same transactions: dashboards add up these rows (overdue = assigned - completed where due_on is past)
-- instead of reading one row per person.
CREATE TABLE assignment_tally (
    assignment_id    BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    profession_code  VARCHAR(40) NOT NULL,
    due_on           DATE        NOT NULL,
    region_id        BIGINT      NOT NULL,
    establishment_id BIGINT      NOT NULL,
    assigned         INT         NOT NULL,
    completed        INT         NOT NULL,
    exempt           INT         NOT NULL,
    PRIMARY KEY (assignment_id, unit_id, profession_code, due_on),
    CONSTRAINT fk_assignment_tally_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE INDEX ix_assignment_tally_establishment ON assignment_tally (establishment_id);
CREATE INDEX ix_assignment_tally_region ON assignment_tally (region_id);

INSERT INTO assignment_tally (assignment_id, unit_id, profession_code, due_on, region_id, establishment_id, assigned,
                              completed, exempt)
SELECT m.assignment_id, m.unit_id, m.profession_code, m.due_on, m.region_id, m.establishment_id, COUNT(*),
       SUM(CASE WHEN m.completed_at IS NOT NULL THEN 1 ELSE 0 END), 0
FROM assignment_member m
WHERE m.unit_id IS NOT NULL AND m.profession_code IS NOT NULL AND m.due_on IS NOT NULL AND m.region_id IS NOT NULL
GROUP BY m.assignment_id, m.unit_id, m.profession_code, m.due_on, m.region_id, m.establishment_id;
