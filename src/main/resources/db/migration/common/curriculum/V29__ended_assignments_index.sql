-- Dashboards leave out the counters of ended assignments: this index finds the few ended ones without
-- reading every assignment.
CREATE INDEX ix_assignment_ended ON assignment (ends_at);
