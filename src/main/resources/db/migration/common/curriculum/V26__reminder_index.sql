-- The daily reminder run reads the people still expected to finish, by due date.
CREATE INDEX ix_assignment_member_due ON assignment_member (state, due_on);
