-- The single-column indexes on assignment_tally are prefixes of those of V27: kept, they would only cost
-- writes. (Per vendor: MySQL and H2 spell DROP INDEX differently.)
DROP INDEX ix_assignment_tally_establishment;
DROP INDEX ix_assignment_tally_region;
