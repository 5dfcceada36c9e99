-- Enrolments created by an assignment (curricula, named people…): who assigned the module first and the
-- earliest due date among the assignments that include it. Assigned modules cannot be left by the learner.
ALTER TABLE enrolment ADD COLUMN assigned_by BIGINT;
ALTER TABLE enrolment ADD COLUMN assigned_at DATETIME(6);
ALTER TABLE enrolment ADD COLUMN due_on DATE;
CREATE INDEX ix_enrolment_due ON enrolment (due_on, completed_at);
