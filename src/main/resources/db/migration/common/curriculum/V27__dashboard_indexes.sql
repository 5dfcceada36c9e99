-- Dashboards add up the counters of one region by establishment, and of one establishment by unit, by
-- profession or by assignment. These indexes hold every column those sums read, in the order they group
-- by, so that a request reads only its own region's or establishment's entries from the index: never the
-- counters of other regions (a full scan of the table, which the optimizer chose once most rows belonged
-- to one region), and no lookup of each row in the table. The counters being in the index, each change of
-- a counter also updates these two entries: counters change when someone is reached, leaves, is exempted
-- or completes an assignment, not at every learning event.
CREATE INDEX ix_assignment_tally_region_sums
    ON assignment_tally (region_id, establishment_id, assignment_id, due_on, assigned, completed, exempt);
CREATE INDEX ix_assignment_tally_establishment_sums
    ON assignment_tally (establishment_id, unit_id, assignment_id, due_on, profession_code, assigned, completed, exempt);
