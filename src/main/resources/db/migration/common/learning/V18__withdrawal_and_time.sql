-- A learner may leave a module they have not completed: the enrolment is kept, with its history, and
-- taking the module up again resumes it. Time on task: seconds spent on lessons, added at each "read".
ALTER TABLE enrolment ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE enrolment ADD COLUMN seconds_spent INT NOT NULL DEFAULT 0;
ALTER TABLE lesson_read ADD COLUMN seconds_spent INT;
